package org.cmsim.cli;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cmsim in a JVM of its own (hardening issue, items 5 and 18): SIGTERM and SIGINT during a run
 * leave no partial output; {@code cmsim run} from another directory finds the shipped configs.
 */
class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void sigtermAndSigintDuringARunLeaveNoPartialOutput() throws Exception {
        Path config = dir.resolve("long.json");
        Files.writeString(config, Files.readString(Path.of("configs/illustrative.json"))
                .replace("\"../corpora/", "\"" + Path.of("corpora").toAbsolutePath() + "/")
                .replace("\"seed\": 1", "\"seed\": 1, \"attention\": {\"epochs\": 1000000, \"patience\": 1000000}"));
        // A process started in the background of a shell ignores SIGINT, and so do its children: then
        // the JVM never sees it, so only SIGTERM can be tried.
        for (String signal : sigintIgnored() ? List.of("TERM") : List.of("TERM", "INT")) {
            Process run = cmsim(dir, "run", config.toString(), "--out", dir.resolve("out").toString(), "--quiet");
            long waited = 0;
            while (partials().isEmpty() && run.isAlive() && waited < 300_000) {
                Thread.sleep(100);
                waited += 100;
            }
            assertEquals(1, partials().size(), () -> "the run writes into a partial output: " + stderr(dir));
            new ProcessBuilder("kill", "-" + signal, Long.toString(run.pid())).start().waitFor();
            assertTrue(run.waitFor(60, TimeUnit.SECONDS));
            assertEquals(List.of(), partials(), "SIG" + signal + " leaves nothing behind");
            assertFalse(Files.exists(dir.resolve("out")));
        }
    }

    @Test
    void runFromAnotherDirectoryFindsTheShippedConfigs() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Process run = cmsim(elsewhere, "run", "configs/illustrative.json", "--out", "r", "--quiet");
        assertTrue(run.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, run.exitValue(), () -> stderr(elsewhere));
        assertTrue(Files.exists(elsewhere.resolve("r/illustrative/validity.csv")));
    }

    /** Whether this process ignores SIGINT (signal 2: bit 1 of SigIgn in /proc/self/status). */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
                .map(line -> (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 2) != 0)
                .findFirst().orElse(false);
    }

    private static String stderr(Path workDir) {
        try {
            return Files.readString(workDir.resolve("stderr.txt"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private List<Path> partials() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(".partial-")).toList();
        }
    }

    /** cmsim's main class in a new JVM, on this test's class path, working in {@code workDir}. */
    private static Process cmsim(Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(workDir.resolve("stderr.txt").toFile()).start();
    }
}
