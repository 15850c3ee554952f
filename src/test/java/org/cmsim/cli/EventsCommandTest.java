package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCommandTest {

    @TempDir
    Path dir;

    /** export-events then learn --events gives the same weights as learn on the corpus itself. */
    @Test
    void exportThenLearnReproducesLearnOnTheCorpus() throws Exception {
        Path events = dir.resolve("events.tab.gz");
        Cli.Result export = Cli.run("export-events", "--config", "configs/illustrative.json", "--seed", "3", "--out",
                events.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("wrote 124 events"), export.out());
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(events)), StandardCharsets.UTF_8))) {
            assertEquals("cues\toutcomes", reader.readLine());
            String first = reader.readLine();
            assertTrue(first.startsWith("order=") && first.matches(".*\tagent=n[12]"), first);
        }
        Path fromFile = dir.resolve("from-file");
        Path fromCorpus = dir.resolve("from-corpus");
        assertEquals(0, Cli.run("learn", "--events", events.toString(), "--out", fromFile.toString()).code());
        assertEquals(0, Cli.run("learn", "--config", "configs/illustrative.json", "--seed", "3", "--out",
                fromCorpus.toString()).code());
        String weights = Files.readString(fromFile.resolve("weights.csv"));
        assertTrue(weights.startsWith("cue,agent=n1,agent=n2\n"), weights);
        assertTrue(weights.contains("\nagreement=n1,"), weights);
        assertEquals(Files.readString(fromCorpus.resolve("weights.csv")), weights);
    }

    @Test
    void exportIsTheSameBytesForTheSameSeed() throws Exception {
        Path a = dir.resolve("a.tab.gz");
        Path b = dir.resolve("b.tab.gz");
        for (Path out : List.of(a, b)) {
            assertEquals(0, Cli.run("export-events", "--config", "configs/illustrative.json", "--out",
                    out.toString()).code());
        }
        assertEquals(-1L, Files.mismatch(a, b));
    }

    @Test
    void learnNeedsEitherAConfigOrEvents() {
        Cli.Result neither = Cli.run("learn", "--out", dir.resolve("o").toString());
        assertEquals(Main.EXIT_USAGE, neither.code());
        assertTrue(neither.err().contains("--config FILE or --events FILE"), neither.err());
    }

    /** Streaming: a million events are learned by a JVM with a 64 MB heap. */
    @Test
    void millionEventsFitInASmallHeap() throws Exception {
        Path events = dir.resolve("large.tab.gz");
        try (Writer writer = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(events), 1 << 16),
                StandardCharsets.UTF_8)) {
            writer.write("cues\toutcomes\n");
            String[] orders = {"order=NVN", "order=NNV", "order=VNN"};
            for (int e = 0; e < 1_000_000; e++) {
                writer.write(orders[e % 3] + "_n1anim=" + (e % 7 < 4 ? "A" : "I") + "_agr=" + (e % 5 < 3 ? "n1" : "n2")
                        + "\tagentN" + (e % 11 < 7 ? 1 : 2) + "\n");
            }
        }
        Path out = dir.resolve("weights");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "learn", "--events",
                events.toString(), "--out", out.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("learned 1000000 events: 7 cues x 2 outcomes"), output);
    }
}
