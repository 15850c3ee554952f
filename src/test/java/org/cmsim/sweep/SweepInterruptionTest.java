package org.cmsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cmsim.cli.Main;
import org.cmsim.io.OutputNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interrupted sweep leaves nothing half-written beside its output (hardening issue, item 5, for the
 * sweep's task folders and files): SIGTERM deletes the partial task folder on the way out, and a rerun
 * removes what a killed run left, keeps what a running process writes, and resumes.
 */
class SweepInterruptionTest {

    /** A partial of a process that no longer runs: pid 2^22 + 1 is above Linux's pid_max. */
    private static final String DEAD = "4194305-1-";

    @TempDir
    Path dir;

    @Test
    void sigtermDuringATaskLeavesNoPartialTaskFolder() throws Exception {
        Path sweep = dir.resolve("long.json");
        Files.writeString(sweep, "{\"command\": \"attention\", \"config\": \""
                + Path.of("configs/illustrative.json").toAbsolutePath() + "\",\n"
                + " \"grid\": {\"attention.epochs\": [1000000], \"attention.patience\": [1000000]},"
                + " \"replicates\": 1}\n");
        Path out = dir.resolve("out");
        Process sweeping = cmsim("sweep", sweep.toString(), "--out", out.toString(), "--quiet");
        long waited = 0;
        while (partials(out).isEmpty() && sweeping.isAlive() && waited < 300_000) {
            Thread.sleep(50);
            waited += 50;
        }
        assertFalse(partials(out).isEmpty(), () -> "the task writes into a partial folder: " + stderr());
        new ProcessBuilder("kill", "-TERM", Long.toString(sweeping.pid())).start().waitFor();
        assertTrue(sweeping.waitFor(60, TimeUnit.SECONDS));
        assertEquals(List.of(), partials(out), "SIGTERM leaves nothing half-written");
        try (Stream<Path> tasks = Files.list(out.resolve("tasks"))) {
            assertEquals(List.of(), tasks.toList(), "no task folder, finished or not");
        }
    }

    @Test
    void aRerunRemovesWhatAKilledRunLeftKeepsWhatARunningOneWritesAndResumes() throws Exception {
        Path sweep = SweepRuns.seedsByL2(dir);
        Path out = dir.resolve("s");
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString()).code());
        byte[] results = Files.readAllBytes(out.resolve("results.csv"));
        // What SIGKILL leaves in the middle of a task, and in the middle of writing the files at the top.
        String killed = "3_seed=2_attention.l2=0.001_attention.epochs=40";
        TaskRunner.deleteTree(out.resolve("tasks").resolve(killed));
        Path partialTask = Files.createDirectories(out.resolve("tasks/." + killed + ".partial-" + DEAD + "a1"));
        Files.writeString(partialTask.resolve(OutputNames.TASK_CONFIG), "{\"half");
        Files.createDirectories(partialTask.resolve(".out.partial-" + DEAD + "a2"));
        Path partialResults = out.resolve(".results.csv.partial-" + DEAD + "a3");
        Files.writeString(partialResults, "seed,attention.l2");
        Path partialFigure = out.resolve("figures/.animacy.png.partial-" + DEAD + "a4");
        Files.write(partialFigure, new byte[] {(byte) 0x89, 'P'});
        // A task another shard is writing into the same directory right now (this very process: alive).
        ProcessHandle self = ProcessHandle.current();
        Path running = Files.createDirectories(out.resolve("tasks/.5_seed=3_attention.l2=0.001_attention.epochs=40"
                + ".partial-" + self.pid() + "-" + self.info().startInstant().orElseThrow().toEpochMilli() + "-a5"));

        SweepRuns.Result rerun = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString());
        assertEquals(0, rerun.code(), rerun.err());
        assertTrue(rerun.out().startsWith("6 tasks: 5 already finished, 1 run, 0 unfinished"), rerun.out());
        assertArrayEquals(results, Files.readAllBytes(out.resolve("results.csv")));
        for (Path stale : List.of(partialTask, partialResults, partialFigure)) {
            assertFalse(Files.exists(stale), stale.toString());
            assertTrue(rerun.err().contains("cmsim: removed " + stale + ", left by an earlier run that was killed"),
                    rerun.err());
        }
        assertTrue(Files.isDirectory(running), "a running process's partial is not touched");
        assertEquals(List.of(running), partials(out));
    }

    @Test
    void aSweepKilledWhileWritingItsRecordIsStillTakenForANewSweep() throws Exception {
        Path sweep = dir.resolve("one.json");
        Files.writeString(sweep, "{\"command\": \"attention\", \"config\": \""
                + Path.of("configs/illustrative.json").toAbsolutePath() + "\",\n"
                + " \"grid\": {\"attention.epochs\": [5]}, \"replicates\": 1}\n");
        Path out = Files.createDirectories(dir.resolve("s"));
        Path halfRecord = out.resolve("." + OutputNames.SWEEP_RECORD + ".partial-" + DEAD + "b1");
        Files.writeString(halfRecord, "{\"fingerprint");
        SweepRuns.Result run = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("cmsim: removed " + halfRecord), run.err());
        assertTrue(Files.isRegularFile(out.resolve(OutputNames.SWEEP_RECORD)));
        assertEquals(List.of(), partials(out));
    }

    private static List<Path> partials(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.getFileName().toString().contains(".partial-")).toList();
        }
    }

    private String stderr() {
        try {
            return Files.readString(dir.resolve("stderr.txt"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** cmsim's main class in a JVM of its own, on this test's class path. */
    private Process cmsim(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }
}
