package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
        Files.createDirectories(folder);
        for (String f : new String[] {"corpus.csv", "choices.csv"}) {
            Files.copy(Path.of("corpora/illustrative", f), folder.resolve(f));
        }
        Path config = folder.resolve("config.json");
        Files.writeString(config, "{\"name\": \"t\", \"corpus\": \"corpus.csv\", \"choices\": \"choices.csv\","
                + " \"features\": {\"animacy\": [\"animate\", \"inanimate\"], \"number\": [\"sg\", \"pl\"]},"
                + " \"cues\": [{\"name\": \"order\", \"kind\": \"order\"}, {\"name\": \"animacy\", \"kind\": \"contrast\","
                + " \"feature\": \"animacy\", \"value\": \"animate\"}], \"seed\": 1, \"attention\": " + attention + "}");
        return config;
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
}
