package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.output.RunWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs go where --out says and nowhere else (hardening issue, items 1, 2, 4, 5, 12, 13, 15, 17):
 * names become folders only through one safe mapping, a replacement never deletes before the new
 * output is in place nor deletes inputs, leftovers of killed runs are cleaned, permissions follow
 * the umask, concurrent replacements take turns.
 */
class OutputSafetyTest {

    static final String HEADER = "order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,agent,count";
    static final String ROWS = HEADER + "\nNVN,animate,sg,sg,inanimate,sg,n1,3\nNNV,inanimate,sg,sg,animate,sg,n2,2\n"
            + "VNN,animate,sg,pl,inanimate,pl,n1,1\n";

    @TempDir
    Path dir;
    Path config;

    static String language(String name, String corpus) {
        return """
                {"name": "%s", "corpus": "%s",
                 "features": {"animacy": ["animate", "inanimate"], "number": ["sg", "pl"]},
                 "cues": [{"name": "order", "kind": "order"},
                          {"name": "animacy", "kind": "contrast", "feature": "animacy", "value": "animate"},
                          {"name": "agreement", "kind": "agreement", "features": ["number"]}],
                 "attention": {"epochs": 3}}""".formatted(name, corpus);
    }

    @BeforeEach
    void inputs() throws IOException {
        Files.writeString(dir.resolve("corpus.csv"), ROWS);
        config = dir.resolve("config.json");
        Files.writeString(config, language("t", "corpus.csv"));
    }

    @Test
    void languageNamedDotDotCannotWriteOutsideOut() throws IOException {
        Path parent = Files.createDirectories(dir.resolve("parent"));
        Files.writeString(parent.resolve("validity.csv"), "precious");
        for (String name : List.of("..", ".", ".hidden", "///")) {
            Files.writeString(config, language(name, "corpus.csv"));
            Cli.Result result = Cli.run("run", config.toString(), "--out", parent.resolve("out").toString(), "--quiet");
            assertEquals(Main.EXIT_DATA, result.code(), name + ": " + result.err());
            assertTrue(result.err().contains("config.json:1: name: '" + name + "' cannot name an output folder"),
                    result.err());
        }
        assertEquals("precious", Files.readString(parent.resolve("validity.csv")));
        try (Stream<Path> files = Files.list(parent)) {
            assertEquals(List.of(parent.resolve("validity.csv")), files.toList());
        }
    }

    @Test
    void twoLanguagesSharingAFolderAreRefusedNamingBoth() throws IOException {
        for (String[] pair : List.of(new String[] {"English", "english"}, new String[] {"a b", "a-b"})) {
            Path run = dir.resolve("run.json");
            Files.writeString(run, "{\"name\": \"r\", \"languages\": [\n" + language(pair[0], "corpus.csv") + ",\n"
                    + language(pair[1], "corpus.csv") + "]}");
            Path out = dir.resolve("out");
            Cli.Result result = Cli.run("run", run.toString(), "--out", out.toString(), "--quiet");
            assertEquals(Main.EXIT_DATA, result.code(), result.err());
            assertTrue(result.err().contains("languages '" + pair[0] + "' and '" + pair[1] + "' would share the folder"),
                    result.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void forceRefusesAnOutputThatHoldsAnInput() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("corpus.csv"), ROWS);
        Files.writeString(config, language("t", "data/corpus.csv"));
        for (Path out : List.of(data, dir, data.resolve("corpus.csv"))) {
            Cli.Result result = Cli.run("validity", "--config", config.toString(), "--out", out.toString(), "--force");
            assertEquals(Main.EXIT_USAGE, result.code(), result.err());
            assertTrue(result.err().contains("the input"), result.err());
        }
        Cli.Result events = Cli.run("export-events", "--config", config.toString(), "--out",
                data.resolve("corpus.csv").toString(), "--force");
        assertEquals(Main.EXIT_USAGE, events.code(), events.err());
        assertEquals(ROWS, Files.readString(data.resolve("corpus.csv")));
    }

    @Test
    void theCurrentDirectoryAndTheRootCannotBeOutputs() throws IOException {
        // Only create(): commit() is what would replace, and it is never reached.
        for (Path out : List.of(Path.of(""), Path.of("."), Path.of("src/.."), Path.of("").toAbsolutePath().getParent())) {
            OutputException e = assertThrows(OutputException.class, () -> OutputDirectory.create(out, true));
            assertTrue(e.getMessage().contains("current directory"), e.getMessage());
        }
        Cli.Result root = Cli.run("validity", "--config", config.toString(), "--out", "/", "--force");
        assertEquals(Main.EXIT_USAGE, root.code(), root.err());
        assertTrue(root.err().contains("/: the root directory cannot be an output"), root.err());
    }

    @Test
    void forceKeepsTheOldOutputUntilTheNewOneIsInAndLeavesNothingAside() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("validity", "--config", config.toString(), "--out", out.toString()).code());
        Files.writeString(out.resolve("earlier.txt"), "earlier");
        Cli.Result forced = Cli.run("validity", "--config", config.toString(), "--out", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertFalse(Files.exists(out.resolve("earlier.txt")));
        assertTrue(Files.exists(out.resolve("validity.csv")));
        assertEquals(List.of("config.json", "corpus.csv", "out"), hiddenAndOther());
    }

    @Test
    void leftoversOfKilledRunsAreRemovedOrRestoredAndReported() throws IOException {
        // A partial output of a process that no longer runs (pid 2^22 + 1 is above Linux's pid_max).
        Path stale = Files.createDirectories(dir.resolve(".out.partial-4194305-1-abc"));
        Files.writeString(stale.resolve("validity.csv"), "half");
        Path staleFile = dir.resolve(".ev.gz.partial-4194305-1-abd");
        Files.writeString(staleFile, "half");
        // One of this very process, which is alive: kept.
        ProcessHandle self = ProcessHandle.current();
        Path live = Files.createDirectories(dir.resolve(".out.partial-" + self.pid() + "-"
                + self.info().startInstant().orElseThrow().toEpochMilli() + "-abe"));
        Cli.Result result = Cli.run("validity", "--config", config.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.err().contains("removed " + stale + ", left by an earlier run that was killed"),
                result.err());
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(live));
        Cli.Result events = Cli.run("export-events", "--config", config.toString(), "--out",
                dir.resolve("ev.gz").toString());
        assertEquals(0, events.code(), events.err());
        assertFalse(Files.exists(staleFile));

        // A replacement killed between "old aside" and "new in": the old output comes back.
        Path aside = Files.createDirectories(dir.resolve(".old.replaced-4194305-1-abf"));
        Files.writeString(aside.resolve("validity.csv"), "old");
        Cli.Result refused = Cli.run("validity", "--config", config.toString(), "--out", dir.resolve("old").toString());
        assertEquals(Main.EXIT_USAGE, refused.code(), refused.err());
        assertTrue(refused.err().contains("restored " + dir.resolve("old")), refused.err());
        assertEquals("old", Files.readString(dir.resolve("old/validity.csv")));
    }

    @Test
    void singleFileOutputThatCannotBeCreatedIsAUsageErrorWithTheReason() throws IOException {
        // Root may write anywhere, so the operating system is made to refuse with a name too long.
        Path tooLong = dir.resolve("e".repeat(250) + ".gz");
        Cli.Result result = Cli.run("export-events", "--config", config.toString(), "--out", tooLong.toString());
        assertEquals(Main.EXIT_USAGE, result.code(), result.err());
        assertTrue(result.err().contains("cannot create: File name too long"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
        if (!"root".equals(System.getProperty("user.name"))) {
            Path readOnly = Files.createDirectories(dir.resolve("ro"));
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
            Cli.Result denied = Cli.run("export-events", "--config", config.toString(), "--out",
                    readOnly.resolve("ev.gz").toString());
            assertEquals(Main.EXIT_USAGE, denied.code(), denied.err());
            assertTrue(denied.err().contains("Permission denied"), denied.err());
        }
    }

    @Test
    void outputsHaveThePermissionsTheUmaskGives() throws IOException {
        Path plainDirectory = Files.createDirectory(dir.resolve("plain"));
        Path plainFile = Files.createFile(dir.resolve("plain.txt"));
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("validity", "--config", config.toString(), "--out", out.toString()).code());
        assertEquals(0, Cli.run("export-events", "--config", config.toString(), "--out",
                dir.resolve("ev.gz").toString()).code());
        assertEquals(permissions(plainDirectory), permissions(out));
        assertEquals(permissions(plainFile), permissions(out.resolve("validity.csv")));
        assertEquals(permissions(plainFile), permissions(dir.resolve("ev.gz")));
    }

    @Test
    void concurrentReplacementsTakeTurns() throws Exception {
        Path out = dir.resolve("out");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<Cli.Result>> runs = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    runs.add(pool.submit(() -> Cli.run("validity", "--config", config.toString(), "--out",
                            out.toString(), "--force")));
                }
                for (Future<Cli.Result> run : runs) {
                    Cli.Result result = run.get();
                    assertEquals(0, result.code(), result.err());
                }
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(Files.exists(out.resolve("validity.csv")));
        assertEquals(List.of("config.json", "corpus.csv", "out"), hiddenAndOther());
    }

    @Test
    void defaultRunFoldersAreUniqueUpFront() throws IOException {
        Path runs = dir.resolve("runs");
        Instant now = Instant.parse("2026-01-02T03:04:05Z");
        Path first = RunWriter.defaultTarget(runs, "default", now);
        assertTrue(first.getFileName().toString().startsWith("default-20260102-030405-"), first.toString());
        try (OutputDirectory running = OutputDirectory.create(first, false)) {
            Path second = RunWriter.defaultTarget(runs, "default", now);
            assertNotEquals(first, second, "a run in progress holds its name");
            running.commit();
            assertNotEquals(first, RunWriter.defaultTarget(runs, "default", now), "a finished run holds its name");
        } catch (OutputException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> hiddenAndOther() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
