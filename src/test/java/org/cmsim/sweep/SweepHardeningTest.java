package org.cmsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cmsim.cli.Main;
import org.cmsim.io.OutputNames;
import org.cmsim.report.Figure;
import org.cmsim.report.SweepPlots;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the sweep commands found by trying them the way a user might get them wrong: each test failed
 * before its fix.
 */
class SweepHardeningTest {

    @TempDir
    Path dir;

    /** The illustrative corpus and choices and a small config in {@code folder}; returns the config. */
    private static Path inputs(Path folder) throws IOException {
        return Fixtures.smallInputs(folder, "{\"epochs\": 5}");
    }

    /** A fit over two seeds: quick, and its table is strengths.csv. */
    private Path fitSweep() throws IOException {
        inputs(dir.resolve("in"));
        Path sweep = dir.resolve("in/fit.json");
        Files.writeString(sweep, "{\"command\": \"fit\", \"config\": \"config.json\", \"grid\": {\"seed\": [1, 2]}}");
        return sweep;
    }

    private static void assertOneLine(SweepRuns.Result result) {
        assertEquals(1, result.err().lines().filter(l -> !l.startsWith("Try 'cmsim")).count(), result.err());
        assertTrue(result.err().startsWith("cmsim: "), result.err());
        assertFalse(result.err().contains("\tat ") || result.err().contains("Exception"), result.err());
    }

    // Names that differ only in case

    @Test
    void aSeriesWithAGapIsDrawnNotAnInternalError() {
        Map<String, double[]> means = new LinkedHashMap<>();
        means.put("competition", new double[] {1.0, 2.0, 3.0});
        means.put("attention", new double[] {1.5, Double.NaN, 2.5});
        Map<String, double[]> widths = new LinkedHashMap<>();
        widths.put("competition", new double[] {0.2, 0.1, 0.3});
        widths.put("attention", new double[] {0.1, Double.NaN, 0.2});
        Figure figure = assertDoesNotThrow(() -> SweepPlots.parameter("p", "p", "log-odds", List.of("a", "b", "c"),
                means, widths, "caption"));
        assertTrue(new String(figure.svg(), java.nio.charset.StandardCharsets.UTF_8).contains("<svg"));
        assertFalse(new String(figure.svg(), java.nio.charset.StandardCharsets.UTF_8).contains("NaN"));
    }

    @Test
    void figuresOfParametersThatDifferOnlyInCaseHaveNamesThatDifferWithoutCase() {
        List<SweepSummary.Cell> cells = new ArrayList<>();
        for (String language : List.of("a", "A")) {
            cells.add(SweepSummary.cell(List.of(language), List.of(language, "corpus", "animacy"), "competition",
                    List.of(1.0, 2.0)));
        }
        List<Figure> figures = SweepSummary.figures(SweptCommand.RUN, List.of("name"), cells);
        assertEquals(2, figures.size());
        assertEquals(2, figures.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).distinct().count(),
                figures.stream().map(Figure::name).toList().toString());
    }

    @Test
    void aRunSweepOverNamesThatDifferOnlyInCaseFinishesAndResumes() throws Exception {
        Path config = inputs(dir);
        Path sweep = dir.resolve("names.json");
        Files.writeString(sweep, "{\"command\": \"run\", \"config\": \"" + config.getFileName() + "\","
                + " \"grid\": {\"name\": [\"a\", \"A\"]}}");
        Path out = dir.resolve("o");
        SweepRuns.Result first = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, first.code(), first.err());
        byte[] results = Files.readAllBytes(out.resolve(OutputNames.SWEEP_RESULTS));
        List<String> figures;
        try (Stream<Path> files = Files.list(out.resolve(OutputNames.SWEEP_FIGURES))) {
            figures = files.map(f -> f.getFileName().toString()).toList();
        }
        assertFalse(figures.isEmpty());
        assertEquals(figures.size(), figures.stream().map(f -> f.toLowerCase(Locale.ROOT)).distinct().count(),
                "no two figures share a name on a file system blind to case: " + figures);

        SweepRuns.Result rerun = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, rerun.code(), rerun.err());
        assertTrue(rerun.out().startsWith("2 tasks: 2 already finished, 0 run, 0 unfinished"), rerun.out());
        assertArrayEquals(results, Files.readAllBytes(out.resolve(OutputNames.SWEEP_RESULTS)));
    }

    // A finished task folder that is not complete

    @Test
    void aResumedSweepRunsAgainATaskWhoseTableIsMissingOrHasOtherColumns() throws Exception {
        Path sweep = fitSweep();
        Path out = dir.resolve("o");
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString(), "--quiet").code());
        byte[] results = Files.readAllBytes(out.resolve(OutputNames.SWEEP_RESULTS));
        Path task = out.resolve("tasks/1_seed=1");
        Path strengths = task.resolve(OutputNames.STRENGTHS);
        byte[] original = Files.readAllBytes(strengths);

        Files.delete(strengths);
        SweepRuns.Result missing = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, missing.code(), missing.err());
        assertTrue(missing.out().startsWith("2 tasks: 1 already finished, 1 run, 0 unfinished"), missing.out());
        assertTrue(missing.err().contains("cmsim: removed " + task + " (has no strengths.csv); the task runs again"),
                missing.err());
        assertArrayEquals(original, Files.readAllBytes(strengths));

        Files.writeString(strengths, "a,b\n1,2\n");
        SweepRuns.Result columns = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, columns.code(), columns.err());
        assertTrue(columns.err().contains("strengths.csv has the columns a,b, without rule, parameter, estimate"),
                columns.err());
        assertArrayEquals(original, Files.readAllBytes(strengths));
        assertArrayEquals(results, Files.readAllBytes(out.resolve(OutputNames.SWEEP_RESULTS)));
    }

    @Test
    void aMergeRefusesATaskFolderThatIsNotFinishedNamingItAndWhatIsWrong() throws Exception {
        Path sweep = fitSweep();
        Path out = dir.resolve("o");
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString(), "--quiet").code());
        Path task = out.resolve("tasks/2_seed=2");
        Files.delete(task.resolve(OutputNames.STRENGTHS));
        SweepRuns.Result missing = SweepRuns.cmsim("sweep-merge", out.toString(), "--out", dir.resolve("m").toString());
        assertEquals(Main.EXIT_DATA, missing.code(), missing.err());
        assertOneLine(missing);
        assertTrue(missing.err().startsWith("cmsim: " + task + ": has no strengths.csv"), missing.err());

        Files.writeString(task.resolve(OutputNames.STRENGTHS), "rule,parameter,estimate\nm,animacy,abc\n");
        SweepRuns.Result notANumber = SweepRuns.cmsim("sweep-merge", out.toString(), "--out",
                dir.resolve("m").toString());
        assertEquals(Main.EXIT_DATA, notANumber.code(), notANumber.err());
        assertOneLine(notANumber);
        assertTrue(notANumber.err().contains(task + ": strengths.csv line 2: estimate 'abc' is not a number"),
                notANumber.err());

        // Every column a sweep reads is there, but not the columns of the other task.
        Files.writeString(task.resolve(OutputNames.STRENGTHS), "rule,parameter,estimate,extra\nm,animacy,1.5,x\n");
        SweepRuns.Result other = SweepRuns.cmsim("sweep-merge", out.toString(), "--out", dir.resolve("m").toString());
        assertEquals(Main.EXIT_DATA, other.code(), other.err());
        assertOneLine(other);
        assertTrue(other.err().contains(task.resolve(OutputNames.STRENGTHS) + ": has the columns"
                + " rule,parameter,estimate,extra, but "), other.err());
        assertFalse(Files.exists(dir.resolve("m")));
    }

    // The Spark master

    @Test
    void aMalformedSparkMasterIsAUsageError() throws Exception {
        Path sweep = fitSweep();
        for (String master : new String[] {"garbage", "spark://host-without-port", "local[0]", "local[x]"}) {
            SweepRuns.Result result = SweepRuns.cmsim("sweep", sweep.toString(), "--out", dir.resolve("o").toString(),
                    "--engine", "spark", "--master", master);
            assertEquals(Main.EXIT_USAGE, result.code(), result.err());
            assertOneLine(result);
            assertTrue(result.err().startsWith("cmsim: --master: '" + master + "' is not a Spark master"),
                    result.err());
        }
        assertFalse(Files.exists(dir.resolve("o")), "nothing written");
    }

    @Test
    void aSparkMasterThatDoesNotAnswerMakesTheEngineUnavailable() throws Exception {
        Path sweep = fitSweep();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String master = "spark://127.0.0.1:" + port;
        SweepRuns.Result result = SweepRuns.cmsim("sweep", sweep.toString(), "--out", dir.resolve("o").toString(),
                "--engine", "spark", "--master", master);
        assertEquals(Main.EXIT_UNAVAILABLE, result.code(), result.err());
        assertOneLine(result);
        assertTrue(result.err().startsWith("cmsim: the Spark master " + master + " does not answer"), result.err());
    }

    // Two sweeps into one directory

    @Test
    void aSecondSweepOfTasksThatAreRunningIsRefusedButAnotherShardRuns() throws Exception {
        Path sweep = dir.resolve("long.json");
        Files.writeString(sweep, "{\"command\": \"attention\", \"config\": \""
                + Path.of("configs/illustrative.json").toAbsolutePath() + "\",\n"
                + " \"grid\": {\"attention.epochs\": [1000000, 5], \"attention.patience\": [1000000]}}\n");
        Path out = dir.resolve("out");
        // Shard 2/2 is the long task (the first), in a process of its own.
        Process first = cmsimProcess("sweep", sweep.toString(), "--out", out.toString(), "--quiet", "--shard", "2/2");
        try {
            long waited = 0;
            while (!taskIsRunning(out) && first.isAlive() && waited < 300_000) {
                Thread.sleep(50);
                waited += 50;
            }
            assertTrue(taskIsRunning(out), "the first sweep runs its task");

            SweepRuns.Result same = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString(), "--quiet");
            assertEquals(Main.EXIT_TASKS_FAILED, same.code(), same.err());
            assertOneLine(same);
            assertEquals("cmsim: another sweep is writing to " + out + "; run this one again when it has finished",
                    same.err().strip());

            SweepRuns.Result shard = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString(), "--quiet",
                    "--shard", "1/2");
            assertEquals(0, shard.code(), shard.err());
            assertTrue(Files.isDirectory(out.resolve("tasks/2_attention.epochs=5_attention.patience=1000000")));

            // Nor may another sweep replace the directory while one writes into it.
            Path other = dir.resolve("other.json");
            Files.writeString(other, Files.readString(sweep).replace("[1000000, 5]", "[6]"));
            SweepRuns.Result replace = SweepRuns.cmsim("sweep", other.toString(), "--out", out.toString(), "--force");
            assertEquals(Main.EXIT_TASKS_FAILED, replace.code(), replace.err());
            assertTrue(first.isAlive(), "the first sweep still runs");
            assertTrue(Files.isRegularFile(out.resolve(OutputNames.SWEEP_RECORD)));
        } finally {
            first.destroy();
            first.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static boolean taskIsRunning(Path out) throws IOException {
        Path tasks = out.resolve(OutputNames.SWEEP_TASKS);
        if (!Files.isDirectory(tasks)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(tasks)) {
            return entries.anyMatch(p -> p.getFileName().toString().contains(".partial-"));
        }
    }

    /** cmsim's main class in a JVM of its own, on this test's class path. */
    private Process cmsimProcess(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    // sweep-merge into one of its inputs

    @Test
    void aMergeIntoOrInsideAnInputDirectoryIsRefused() throws Exception {
        Path sweep = fitSweep();
        Path shard = dir.resolve("s1");
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", shard.toString(), "--quiet",
                "--shard", "1/2").code());
        byte[] results = Files.readAllBytes(shard.resolve(OutputNames.SWEEP_RESULTS));
        for (Path target : List.of(shard.resolve("merged"), shard.resolve("tasks/merged"))) {
            SweepRuns.Result inside = SweepRuns.cmsim("sweep-merge", shard.toString(), "--out", target.toString());
            assertEquals(Main.EXIT_USAGE, inside.code(), inside.err());
            assertOneLine(inside);
            assertTrue(inside.err().contains(target + ": is inside the input " + shard), inside.err());
            assertFalse(Files.exists(target));
        }
        SweepRuns.Result itself = SweepRuns.cmsim("sweep-merge", shard.toString(), "--out", shard.toString(),
                "--force");
        assertEquals(Main.EXIT_USAGE, itself.code(), itself.err());
        assertArrayEquals(results, Files.readAllBytes(shard.resolve(OutputNames.SWEEP_RESULTS)), "the input is intact");
    }

    // A sweep.json that was edited

    @Test
    void anEditedSweepRecordIsOneLineNamingTheFileAndTheField() throws Exception {
        Path sweep = fitSweep();
        Path out = dir.resolve("o");
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString(), "--quiet").code());
        Path record = out.resolve(OutputNames.SWEEP_RECORD);
        String original = Files.readString(record);
        Map<String, String> edits = new LinkedHashMap<>();
        edits.put(original.replaceFirst("\"tasks\" :", "\"jobs\" :"), "tasks: missing");
        edits.put(original.replaceFirst("\"seed\" : 1,", "\"seed\" : \"one\","), "seed: must be a whole number from 0,"
                + " was \"one\"");
        edits.put(original.replaceFirst("\"command\" : \"fit\"", "\"command\" : 3"), "command: must be a string");
        edits.put(original.replaceFirst("\"replicate\" : 1", "\"replicate\" : []"), "tasks[0].replicate: must be a"
                + " whole number");
        edits.put(original.replaceFirst("\"task\" : \"1_seed=1\"", "\"task\" : \"..\""), "tasks[0]: task id '..' is"
                + " not a safe folder name");
        edits.put("[1, 2]", "the record: must be a JSON object");
        edits.put("", "is empty");
        for (Map.Entry<String, String> edit : edits.entrySet()) {
            Files.writeString(record, edit.getKey());
            SweepRuns.Result merge = SweepRuns.cmsim("sweep-merge", out.toString(), "--out", dir.resolve("m").toString());
            assertEquals(Main.EXIT_DATA, merge.code(), merge.err());
            assertOneLine(merge);
            assertTrue(merge.err().startsWith("cmsim: " + record + ": " + edit.getValue()), merge.err());
            SweepRuns.Result rerun = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString(), "--quiet");
            assertEquals(Main.EXIT_DATA, rerun.code(), rerun.err());
            assertTrue(rerun.err().startsWith("cmsim: " + record + ": " + edit.getValue()), rerun.err());
        }
        // --force starts the sweep afresh in place of the record that cannot be read.
        SweepRuns.Result force = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString(), "--quiet",
                "--force");
        assertEquals(0, force.code(), force.err());
        assertEquals(original, Files.readString(record));
    }
}
