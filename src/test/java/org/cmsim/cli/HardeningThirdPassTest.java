package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The high faults of the third hardening pass (reproductions 01, 03 and 04): each failed before its fix.
 */
class HardeningThirdPassTest {

    @TempDir
    Path dir;

    /** The illustrative inputs and a small config in {@code folder}. */
    private Path inputs(Path folder, String attention) throws Exception {
        return Fixtures.smallInputs(folder, attention);
    }

    @Test
    void aSweepNeverDeletesItsInputs() throws Exception {
        Path d = dir.resolve("d");
        inputs(d, "{\"epochs\": 5}");
        Path sweep = d.resolve("sweep.json");
        Files.writeString(sweep, "{\"command\": \"fit\", \"config\": \"config.json\", \"grid\": {\"seed\": [1, 2]}}");
        for (String force : new String[] {"--quiet", "--force"}) {
            Cli.Result r = Cli.run("sweep", sweep.toString(), "--out", d.toString(), force);
            assertEquals(Main.EXIT_USAGE, r.code(), r.err());
            assertTrue(r.err().contains("the input") && r.err().contains("write the output elsewhere"), r.err());
            assertTrue(Files.exists(sweep) && Files.exists(d.resolve("config.json")) && Files.exists(d.resolve("corpus.csv"))
                    && Files.exists(d.resolve("choices.csv")), "the inputs are still there");
        }
    }

    @Test
    void replicatesBeyondWhatCanRunAreAnErrorNotCutToFit() throws Exception {
        inputs(dir, "{\"epochs\": 5}");
        for (String replicates : new String[] {"4294967297", "2147483648", "100001"}) {
            Path sweep = dir.resolve("s" + replicates + ".json");
            Files.writeString(sweep, "{\"command\": \"fit\", \"config\": \"config.json\", \"grid\": {\"seed\": [1]},"
                    + " \"replicates\": " + replicates + "}");
            Cli.Result r = Cli.run("sweep", sweep.toString(), "--out", dir.resolve("o" + replicates).toString());
            assertEquals(Main.EXIT_DATA, r.code(), r.err());
            assertTrue(r.err().contains("replicates: must be an integer from 1 to 100000, was " + replicates), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
        }
    }

    @Test
    void anInfiniteSettingIsRefused() throws Exception {
        Path config = inputs(dir, "{\"epochs\": 5, \"l2\": 1e400}");
        Cli.Result r = Cli.run("attention", "--config", config.toString(), "--out", dir.resolve("a").toString());
        assertEquals(Main.EXIT_DATA, r.code(), r.err());
        assertTrue(r.err().contains("attention.l2: must be a finite number"), r.err());
        assertFalse(Files.exists(dir.resolve("a")));
    }

    @Test
    void aDivergingLearnerStopsWithOneLineAndWritesNothing() throws Exception {
        Path config = inputs(dir, "{\"epochs\": 5, \"learningRate\": 1e308}");
        Cli.Result head = Cli.run("attention", "--config", config.toString(), "--out", dir.resolve("a").toString());
        assertEquals(Main.EXIT_DATA, head.code(), head.err());
        assertTrue(head.err().contains("the attention head diverged") && head.err().contains("lower attention.learningRate"),
                head.err());
        assertFalse(head.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(dir.resolve("a")));
        Cli.Result learn = Cli.run("learn", "--config", config.toString(), "--rate", "1e300", "--presentations", "2000",
                "--out", dir.resolve("l").toString());
        assertEquals(Main.EXIT_DATA, learn.code(), learn.err());
        assertTrue(learn.err().contains("diverged") && learn.err().contains("lower the learning rate"), learn.err());
        assertFalse(Files.exists(dir.resolve("l")), "no trajectory with Infinity in it");
    }

    /** Reproduction 07: a full disk is one line and exit 74, not an internal error with a stack trace. */
    @Test
    void aFullDiskIsOneLineAndExit74() throws Exception {
        Path config = inputs(dir.resolve("in"), "{\"epochs\": 5}");
        Path small = Files.createDirectories(dir.resolve("small"));
        org.junit.jupiter.api.Assumptions.assumeTrue(mount(small), "mounting a small tmpfs needs root");
        try {
            Cli.Result r = Cli.run("run", config.toString(), "--out", small.resolve("out").toString(), "--quiet");
            assertEquals(Main.EXIT_IO, r.code(), r.err());
            assertTrue(r.err().contains("cmsim: input/output failed: No space left on device"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
            try (var left = Files.list(small)) {
                assertEquals(java.util.List.of(), left.toList(), "nothing half-written");
            }
        } finally {
            new ProcessBuilder("umount", small.toString()).start().waitFor();
        }
    }

    private static boolean mount(Path folder) throws Exception {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", folder.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;   // no mount program
        }
    }

    /** Reproduction 09: a 300-character language name is a config error (65), not "File name too long" (70). */
    @Test
    void aNameTooLongForAFolderIsAConfigError() throws Exception {
        Path config = inputs(dir, "{\"epochs\": 5}");
        Files.writeString(config, Files.readString(config).replace("\"name\": \"t\"", "\"name\": \"" + "x".repeat(300) + "\""));
        Cli.Result r = Cli.run("run", config.toString(), "--out", dir.resolve("o").toString(), "--quiet");
        assertEquals(Main.EXIT_DATA, r.code(), r.err());
        assertTrue(r.err().contains("at most 100 bytes"), r.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    /** A thread count below 1 is a usage error, never silently 1. */
    @Test
    void threadsBelowOneAreAUsageError() throws Exception {
        Path config = inputs(dir, "{\"epochs\": 5}");
        for (String threads : new String[] {"0", "-1"}) {
            Cli.Result r = Cli.run("run", config.toString(), "--out", dir.resolve("o").toString(), "--threads", threads);
            assertEquals(Main.EXIT_USAGE, r.code(), r.err());
            assertTrue(r.err().contains("--threads: must be at least 1, was " + threads), r.err());
            Cli.Result fit = Cli.run("fit", "--config", config.toString(), "--out", dir.resolve("f").toString(),
                    "--threads", threads);
            assertEquals(Main.EXIT_USAGE, fit.code(), fit.err());
        }
    }

    /** explain names every language it reads, and takes a language's name, never a path to some JSON file. */
    @Test
    void explainListsEveryLanguageItReadsAndTakesNoPath() {
        Cli.Result klingon = Cli.run("explain", "the dog sees the cat", "--language", "klingon");
        assertEquals(Main.EXIT_DATA, klingon.code(), klingon.err());
        for (String language : new String[] {"english", "russian", "spanish", "dutch", "japanese", "serbian", "croatian"}) {
            assertTrue(klingon.err().contains(language), language + ": " + klingon.err());
        }
        Cli.Result path = Cli.run("explain", "the dog sees the cat", "--language", "../corpora/human/findings");
        assertEquals(Main.EXIT_DATA, path.code(), path.err());
        assertTrue(path.err().contains("not a path"), path.err());
    }

    /**
     * Reproduction 05: explain finds the shipped configs from any working directory, and a run started in one
     * directory with a relative config is read by playground --run and explain --run from another.
     */
    @Test
    void explainAndPlaygroundDoNotDependOnTheWorkingDirectory() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Child klingon = child(elsewhere, "explain", "the dog sees the cat", "--language", "klingon");
        assertEquals(Main.EXIT_DATA, klingon.code(), klingon.err());
        assertTrue(klingon.err().contains("no language 'klingon'") && klingon.err().contains("english"), klingon.err());

        Path start = dir.resolve("start");
        inputs(start, "{\"epochs\": 5}");
        Child run = child(start, "run", "config.json", "--out", "../r", "--quiet", "--seeds", "2", "--bootstrap", "20",
                "--head-resamples", "2");
        assertEquals(Main.EXIT_OK, run.code(), run.err());
        assertTrue(Files.readString(dir.resolve("r/manifest.json")).contains("\"configFromOutput\" : \"../start/config.json\""));
        Cli.Result page = Cli.run("playground", "--run", dir.resolve("r").toString(), "--out",
                dir.resolve("p.html").toString());
        assertEquals(Main.EXIT_OK, page.code(), page.err());
        assertTrue(Files.size(dir.resolve("p.html")) > 0);
        // languages are read side by side; a language's bad file is still an error that names it
        Path strengths;
        try (java.util.stream.Stream<Path> files = Files.walk(dir.resolve("r"))) {
            strengths = files.filter(f -> f.getFileName().toString().equals("strengths.csv")).findFirst().orElseThrow();
        }
        Files.writeString(strengths, "rule,parameter,estimate,ci_low,ci_high\n");
        Cli.Result bad = Cli.run("playground", "--run", dir.resolve("r").toString(), "--out",
                dir.resolve("q.html").toString());
        assertEquals(Main.EXIT_DATA, bad.code(), bad.err());
        assertTrue(bad.err().contains(strengths.toString()) && bad.err().contains("no multiplicative strengths"),
                bad.err());
        assertFalse(Files.exists(dir.resolve("q.html")));
    }

    private record Child(int code, String err) {
    }

    /** cmsim's main class in a new JVM on this test's class path, working in {@code workDir}. */
    private static Child child(Path workDir, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(java.util.List.of(args));
        Path err = Files.createTempFile(workDir.getParent(), "stderr", ".txt");
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Child(code, Files.readString(err));
    }

    /** Reproduction 10: a cue named like a placeholder of the page's template stays a name; the page has one script. */
    @Test
    void aCueNamedLikeAPlaceholderStaysAName() throws Exception {
        Path config = inputs(dir, "{\"epochs\": 5}");
        Files.writeString(config, Files.readString(config).replace("\"name\": \"animacy\"", "\"name\": \"/*SCRIPT*/\""));
        Cli.Result r = Cli.run("run", config.toString(), "--out", dir.resolve("o").toString(), "--quiet", "--seeds", "2",
                "--bootstrap", "20", "--head-resamples", "2");
        assertEquals(Main.EXIT_OK, r.code(), r.err());
        String page = Files.readString(dir.resolve("o/playground.html"));
        String marker = "// cmsim playground: the page (language, sentence, builder";
        assertEquals(1, page.split(java.util.regex.Pattern.quote(marker), -1).length - 1, "the page's script once");
        assertTrue(page.contains("\"/*SCRIPT*/\""), "the cue's name in the data");
    }

    /** Every command's help prints as written: no picocli warning about a '%' in the text (playground's URL). */
    @Test
    void everyHelpPrintsWithoutAWarning() {
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : Main.COMMANDS) {
                Cli.Result r = Cli.run(command, "--help");
                assertEquals(Main.EXIT_OK, r.code(), command + ": " + r.err());
                assertFalse((r.out() + r.err()).contains("%n") || (r.out() + r.err()).contains("WARN"), command);
            }
        } finally {
            System.setErr(before);
        }
        assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(Cli.run("playground", "--help").out().contains("sentence=the%20pencil%20kicks%20the%20cow"));
    }

    /** A sentence whose bytes did not decode (Java puts U+FFFD there) is refused, never explained as something else. */
    @Test
    void aSentenceThatDidNotDecodeIsRefused() {
        Cli.Result r = Cli.run("explain", "the pen\uFFFDil kicks the cow", "--language", "english");
        assertEquals(Main.EXIT_DATA, r.code(), r.err());
        assertTrue(r.err().startsWith("cmsim: SENTENCE: character 8 cannot be read as"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        Cli.Result feature = Cli.run("explain", "the pencil kicks the cow", "--language", "english",
                "--feature", "n1.animacy=\uFFFD");
        assertEquals(Main.EXIT_DATA, feature.code(), feature.err());
        assertTrue(feature.err().contains("--feature: character 12"), feature.err());
    }
}

