package org.cmsim.ndl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.cmsim.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdlTest {

    private static final double AGREE = 1e-12;

    @TempDir
    Path dir;

    /**
     * Three events, worked by hand with alpha 0.1, beta1 0.1, beta2 0.2, lambda 1:
     * <pre>
     *   a_b -> X: outcomes {X}. X present, activation 0: update 0.1 (1 - 0) = 0.1; V[a,X] = V[b,X] = 0.01
     *   a_c -> Y: outcomes {X, Y}. X absent, activation V[a,X] + V[c,X] = 0.01: update 0.2 (0 - 0.01)
     *             = -0.002; V[a,X] = 0.0098, V[c,X] = -0.0002. Y present, activation 0: V[a,Y] = V[c,Y] = 0.01
     *   b   -> X: X present, activation 0.01: update 0.1 x 0.99 = 0.099; V[b,X] = 0.0199.
     *             Y absent, activation V[b,Y] = 0: no change
     * </pre>
     */
    @Test
    void learnerFollowsAHandComputedTrace() throws Exception {
        Path file = dir.resolve("events.tab");
        Files.writeString(file, "cues\toutcomes\na_b\tX\na_c\tY\nb\tX\n");
        NdlParameters p = new NdlParameters(0.1, 0.1, 0.2, 1.0);
        for (Weights w : List.of(FastNdl.learn(file, p), ReferenceNdl.learn(file, p))) {
            assertEquals(0.0098, w.get("a", "X"), AGREE);
            assertEquals(0.01, w.get("a", "Y"), AGREE);
            assertEquals(0.0199, w.get("b", "X"), AGREE);
            assertEquals(0.0, w.get("b", "Y"), AGREE);
            assertEquals(-0.0002, w.get("c", "X"), AGREE);
            assertEquals(0.01, w.get("c", "Y"), AGREE);
            assertEquals(3, w.events());
        }
    }

    @Test
    void fastPathEqualsTheReferenceOnAGzipFile() throws Exception {
        Path file = dir.resolve("events.tab.gz");
        SplittableRandom random = new SplittableRandom(4);
        String[] dimensions = {"order=NVN", "order=NNV", "n1.animacy=animate", "n1.animacy=inanimate", "agreement=n1",
            "agreement=n2", "case=n1", "case=n2", "stress=n2"};
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            StringBuilder text = new StringBuilder("cues\toutcomes\n");
            for (int e = 0; e < 20_000; e++) {
                int n = 1 + random.nextInt(5);
                for (int c = 0; c < n; c++) {
                    text.append(c == 0 ? "" : "_").append(dimensions[random.nextInt(dimensions.length)]);
                }
                text.append('\t').append(random.nextInt(3) == 0 ? "agent=n2" : random.nextInt(50) == 0
                        ? "agent=n1_other" : "agent=n1").append('\n');
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        Weights fast = FastNdl.learn(file, NdlParameters.PYNDL_DEFAULTS).sorted();
        Weights reference = ReferenceNdl.learn(file, NdlParameters.PYNDL_DEFAULTS).sorted();
        assertEquals(reference.cues(), fast.cues());
        assertEquals(reference.outcomes(), fast.outcomes());
        for (int c = 0; c < fast.cues().size(); c++) {
            for (int o = 0; o < fast.outcomes().size(); o++) {
                assertEquals(reference.values()[c][o], fast.values()[c][o], AGREE);
            }
        }
        Weights loop = FastNdl.learn(FastNdl.read(file), NdlParameters.PYNDL_DEFAULTS).sorted();
        for (int c = 0; c < fast.cues().size(); c++) {
            for (int o = 0; o < fast.outcomes().size(); o++) {
                assertEquals(fast.values()[c][o], loop.values()[c][o], 0.0);
            }
        }
    }

    /**
     * What makes the fast path grow its tables: a thousand long names, events with more than 64
     * distinct cues and outcomes; and CRLF line ends, blank lines and a last line without a line end.
     * The reference reads the same file line by line.
     */
    @Test
    void fastPathEqualsTheReferenceWhereItsTablesAndBuffersGrow() throws Exception {
        Path file = dir.resolve("events.tab");
        SplittableRandom random = new SplittableRandom(9);
        StringBuilder text = new StringBuilder("cues\toutcomes\r\n");
        for (int e = 0; e < 120; e++) {
            List<String> cues = new java.util.ArrayList<>();
            for (int c = 0; c < 100; c++) {
                cues.add("a-rather-long-cue-name-" + random.nextInt(1000));
            }
            List<String> outcomes = new java.util.ArrayList<>();
            for (int o = 0, n = e % 10 == 0 ? 70 : 1 + random.nextInt(2); o < n; o++) {
                outcomes.add("outcome-" + (e % 10 == 0 ? o : random.nextInt(80)));
            }
            text.append(String.join("_", cues)).append('\t').append(String.join("_", outcomes))
                    .append(e % 7 == 0 ? "\r\n\n" : "\n");
        }
        text.append("last_line\toutcome-1");
        Files.writeString(file, text);
        NdlParameters p = new NdlParameters(0.1, 0.1, 0.2, 1.0);
        Weights fast = FastNdl.learn(file, p).sorted();
        Weights reference = ReferenceNdl.learn(file, p).sorted();
        assertEquals(121, fast.events());
        assertEquals(reference.events(), fast.events());
        assertEquals(reference.cues(), fast.cues());
        assertEquals(reference.outcomes(), fast.outcomes());
        assertTrue(fast.outcomes().size() > 64, "more outcomes than the first table holds");
        for (int c = 0; c < fast.cues().size(); c++) {
            for (int o = 0; o < fast.outcomes().size(); o++) {
                assertEquals(reference.values()[c][o], fast.values()[c][o], AGREE);
            }
        }
        FastNdl.Events events = FastNdl.read(file);
        assertEquals(121, events.size());
        Weights loop = FastNdl.learn(events, p).sorted();
        for (int c = 0; c < fast.cues().size(); c++) {
            assertArrayEquals(fast.values()[c], loop.values()[c], 0.0);
        }
    }

    /**
     * A line longer than the 1 MiB read buffer (600,001 cues, two distinct) is one event. By hand, alpha
     * 0.1, betas 0.1, lambda 1: a -> X gives V[a,X] = 0.01; x_..._y -> X, activation 0, gives V[x,X] =
     * V[y,X] = 0.01; a_x -> X, activation 0.02, adds 0.1 x 0.1 x 0.98 = 0.0098 to V[a,X] and V[x,X].
     */
    @Test
    void aLineLongerThanTheReadBufferIsOneEvent() throws Exception {
        Path file = dir.resolve("long.tab");
        Files.writeString(file, "cues\toutcomes\na\tX\n" + "x_".repeat(600_000) + "y\tX\na_x\tX\n");
        Weights w = FastNdl.learn(file, NdlParameters.PYNDL_DEFAULTS);
        assertEquals(3, w.events());
        assertEquals(List.of("a", "x", "y"), w.cues());
        assertEquals(0.0198, w.get("a", "X"), AGREE);
        assertEquals(0.0198, w.get("x", "X"), AGREE);
        assertEquals(0.01, w.get("y", "X"), AGREE);
    }

    /** What is not an event file, said the same way by both learners. */
    @Test
    void filesThatAreNotEventFilesAreNamed() throws Exception {
        Path empty = dir.resolve("empty.tab");
        Files.writeString(empty, "");
        Path longHeader = dir.resolve("long.tab");
        Files.writeString(longHeader, "x".repeat(70) + "\na\tX\n");
        Path missing = dir.resolve("missing.tab");
        Map<Path, String> expected = Map.of(
                empty, empty + ": the event file is empty: a header 'cues<TAB>outcomes' is needed",
                longHeader, longHeader + ":1: the header must be 'cues<TAB>outcomes' (pyndl's event format), was '"
                        + "x".repeat(60) + "...'",
                dir, dir + ": is a directory, not an event file",
                missing, missing + ": no such file");
        for (Map.Entry<Path, String> file : expected.entrySet()) {
            for (Learner learner : List.<Learner>of(FastNdl::learn, ReferenceNdl::learn)) {
                InputException e = assertThrows(InputException.class,
                        () -> learner.learn(file.getKey(), NdlParameters.PYNDL_DEFAULTS));
                assertEquals(file.getValue(), e.getMessage());
            }
        }
        // A header with a line end of CRLF or trailing blanks is still the header.
        Path blanks = dir.resolve("blanks.tab");
        Files.writeString(blanks, "cues\toutcomes \r\na\tX\n");
        assertEquals(1, FastNdl.learn(blanks, NdlParameters.PYNDL_DEFAULTS).events());
        assertEquals(1, ReferenceNdl.learn(blanks, NdlParameters.PYNDL_DEFAULTS).events());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> new NdlParameters(0.1, Double.NaN, 0.1, 1));
        assertEquals("alpha, betas and lambda must be finite numbers", nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TokenOrder(new long[] {2, -1}, 1));
    }

    private interface Learner {
        Weights learn(Path file, NdlParameters p) throws InputException;
    }

    @Test
    void badEventFilesNameTheirLine() throws Exception {
        Path header = dir.resolve("header.tab");
        Files.writeString(header, "cue\toutcome\na\tX\n");
        InputException bad = assertThrows(InputException.class, () -> FastNdl.learn(header, NdlParameters.PYNDL_DEFAULTS));
        assertTrue(bad.getMessage().startsWith(header + ":1:"), bad.getMessage());
        Path columns = dir.resolve("columns.tab");
        Files.writeString(columns, "cues\toutcomes\na\tX\nb_c\n");
        bad = assertThrows(InputException.class, () -> FastNdl.learn(columns, NdlParameters.PYNDL_DEFAULTS));
        assertTrue(bad.getMessage().startsWith(columns + ":3: an event line has 2"), bad.getMessage());
        Files.writeString(columns, "cues\toutcomes\na\tX\tY\n");
        for (Learner learner : List.<Learner>of(FastNdl::learn, ReferenceNdl::learn)) {
            InputException three = assertThrows(InputException.class,
                    () -> learner.learn(columns, NdlParameters.PYNDL_DEFAULTS));
            assertEquals(columns + ":2: an event line has 2 tab-separated columns (cues, outcomes), this one has 3",
                    three.getMessage());
        }
    }

    /**
     * Lines longer than the read buffer (1 MiB), and lines that end right after one, read as the reference
     * reads them: the reader searches each stretch of a long line for its end once.
     */
    @Test
    void linesLongerThanTheBufferReadAsTheReferenceReadsThem() throws Exception {
        Path file = dir.resolve("long.tab");
        StringBuilder text = new StringBuilder("cues\toutcomes\n");
        for (int e = 0; e < 3; e++) {
            StringBuilder cues = new StringBuilder();
            for (int c = 0; cues.length() < (e + 1) * 700_000; c++) {
                cues.append(c == 0 ? "" : "_").append("cue").append(c % 5000).append('x').append(e);
            }
            text.append(cues).append('\t').append(e % 2 == 0 ? "n1" : "n2").append('\n');
            text.append("a_b\tn1\n");
        }
        Files.writeString(file, text);
        NdlParameters p = new NdlParameters(0.1, 0.1, 0.2, 1.0);
        Weights fast = FastNdl.learn(file, p);
        Weights reference = ReferenceNdl.learn(file, p);
        assertEquals(6, fast.events());
        assertEquals(reference.events(), fast.events());
        for (String cue : List.of("a", "b", "cue0x0", "cue4999x1", "cue17x2")) {
            for (String outcome : List.of("n1", "n2")) {
                assertEquals(reference.get(cue, outcome), fast.get(cue, outcome), AGREE, cue + " " + outcome);
            }
        }
    }
}
