package org.cmsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cmsim.bench.ProcessBenchmarks;
import org.cmsim.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./cmsim} on a fresh checkout, with
 * stand-ins for Maven and Java on a PATH of its own: two launches at once build once, one after
 * the other; without Maven it says so in one line, exit 69; the options it starts Java with.
 */
class LauncherTest {

    @TempDir
    Path dir;
    Path checkout;
    Path bin;

    @BeforeEach
    void freshCheckout() throws IOException {
        checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(Path.of("cmsim"), checkout.resolve("cmsim"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(checkout.resolve("src/main"));
        bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("bash", "dirname", "find", "mkdir", "flock", "sed", "sleep", "touch", "cat")) {
            Path real = Path.of("/usr/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
        }
        script("java", "echo \"java $*\"");
    }

    @Test
    void withoutMavenTheLauncherSaysSoInOneLine() throws Exception {
        Process launch = launch();
        assertTrue(launch.waitFor(60, TimeUnit.SECONDS));
        String err = new String(launch.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(69, launch.exitValue(), err);
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains("needs Maven 3.8 (mvn), which is not on the PATH"), err);
    }

    @Test
    void twoLaunchesAtOnceBuildOnceOneAfterTheOther() throws Exception {
        Path log = dir.resolve("maven.log");
        // A Maven that takes a while and writes the jar, logging when it starts and ends.
        script("mvn", "echo start >> '" + log + "'; sleep 2; mkdir -p '" + checkout.resolve("target") + "'; touch '"
                + checkout.resolve("target/cmsim.jar") + "'; echo end >> '" + log + "'");
        Process first = launch();
        Process second = launch();
        assertTrue(first.waitFor(60, TimeUnit.SECONDS) && second.waitFor(60, TimeUnit.SECONDS));
        String out = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                + new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(List.of("start", "end"), Files.readAllLines(log), "one build, not two at once");
        assertEquals(0, first.exitValue());
        assertEquals(0, second.exitValue());
        // (a line that only prints the version is started with options for short processes before -jar)
        assertEquals(2, out.lines().filter(line -> line.startsWith("java ") && line.contains(" -jar ")).count(), out);
    }

    @Test
    void researchersCommandsRunOnTheQuickCompilerAsTheBenchmarksStartThem() throws Exception {
        Files.createDirectories(checkout.resolve("target"));
        Files.writeString(checkout.resolve("target/cmsim.jar"), "");
        for (String command : Main.COMMANDS) {
            Process launch = launch(command, "--help");
            assertTrue(launch.waitFor(60, TimeUnit.SECONDS));
            String out = new String(launch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, launch.exitValue(), out);
            assertEquals(ProcessBenchmarks.QUICK_COMMANDS.contains(command),
                    out.contains(" " + ProcessBenchmarks.QUICK_COMPILER + " "), command + ": " + out);
        }
        assertTrue(Main.COMMANDS.containsAll(ProcessBenchmarks.QUICK_COMMANDS));
    }

    /**
     * {@code learn --events FILE} on a file under 8 MiB starts Java without the optimising compiler, which
     * costs more than it saves in a process of half a second; a larger file, or another learn line, with it.
     */
    @Test
    void learnOnASmallEventFileRunsWithoutTheOptimisingCompiler() throws Exception {
        Path realStat = Path.of("/usr/bin/stat");
        Files.createSymbolicLink(bin.resolve("stat"), Files.exists(realStat) ? realStat : Path.of("/bin/stat"));
        // A current jar and its class-data archive, so that the launcher starts Java the ordinary way.
        Path jar = Files.createDirectories(checkout.resolve("target")).resolve("cmsim.jar");
        Files.writeString(jar, "jar");
        FileTime later = FileTime.from(Instant.now().plusSeconds(60));
        Files.setLastModifiedTime(jar, later);
        Files.writeString(checkout.resolve("target/cmsim-" + later.to(TimeUnit.SECONDS) + "-" + Files.size(jar)
                + ".jsa"), "archive");
        Path small = Files.writeString(dir.resolve("small.tab"), "cues\toutcomes\na\tX\n");
        Path large = dir.resolve("large.tab");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(ProcessBenchmarks.QUICK_EVENT_BYTES);   // the size the benchmarks assume too
        }
        String c1 = "-XX:TieredStopAtLevel=1";
        assertTrue(javaLine("learn", "--events", small.toString(), "--out", "o").contains(c1));
        assertTrue(javaLine("learn", "--out", "o", "--events=" + small).contains(c1));
        assertFalse(javaLine("learn", "--events", large.toString(), "--out", "o").contains(c1));
        assertFalse(javaLine("learn", "--events", dir.resolve("missing.tab").toString(), "--out", "o").contains(c1));
        assertFalse(javaLine("learn", "--config", small.toString()).contains(c1));
    }

    /** The line the stand-in for Java printed: how the launcher started it. */
    private String javaLine(String... args) throws Exception {
        Process launch = launch(args);
        assertTrue(launch.waitFor(60, TimeUnit.SECONDS));
        String out = new String(launch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, launch.exitValue(), out);
        return out.lines().filter(line -> line.startsWith("java ")).findFirst().orElseThrow();
    }

    private Process launch(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(bin.resolve("bash").toString(),
                checkout.resolve("cmsim").toString()));
        command.addAll(args.length == 0 ? List.of("--version") : List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PATH", bin.toString());
        return builder.start();
    }

    private void script(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!" + bin.resolve("bash") + "\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
