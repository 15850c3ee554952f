package org.cmsim.ndl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.cmsim.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-pass reader of event lines against {@link ReferenceNdl}, which splits each line as pyndl does
 * ({@code str.split('\t')}, then {@code str.split('_')}): the same names in the same order of first
 * appearance, the same weights, the same errors.
 */
class EventReaderTest {

    private static final NdlParameters P = new NdlParameters(0.1, 0.1, 0.2, 1.0);

    @TempDir
    Path dir;

    /**
     * Random names of 0 to 40 bytes (ASCII, two- and three-byte UTF-8, a {@code \r} inside), many sharing their
     * first 16 or more bytes, some repeated within an event; LF and CRLF line ends, blank lines, no line end
     * at the end of the file; plain text and gzip.
     */
    @Test
    void readsRandomNamesAsTheReferenceDoes() throws Exception {
        SplittableRandom random = new SplittableRandom(31);
        List<String> cues = names(random, 400);
        List<String> outcomes = names(random, 40);
        StringBuilder text = new StringBuilder("cues\toutcomes\n");
        for (int e = 0; e < 6000; e++) {
            text.append(pick(random, cues, 1 + random.nextInt(8))).append('\t')
                    .append(pick(random, outcomes, 1 + random.nextInt(3)))
                    .append(random.nextInt(4) == 0 ? "\r\n" : "\n");
            if (random.nextInt(200) == 0) {
                text.append(random.nextBoolean() ? "\n" : "\r\n");
            }
        }
        text.append("last\toutcome-without-line-end\r");
        Path plain = Files.writeString(dir.resolve("random.tab"), text);
        Path gzip = dir.resolve("random.tab.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        Weights reference = ReferenceNdl.learn(plain, P);
        assertEquals(6001, reference.events());
        assertEquals("outcome-without-line-end", reference.outcomes().get(reference.outcomes().size() - 1));
        for (Path file : List.of(plain, gzip)) {
            Weights fast = FastNdl.learn(file, P);
            assertEquals(reference.events(), fast.events());
            assertEquals(reference.cues(), fast.cues(), "the same names, in order of first appearance");
            assertEquals(reference.outcomes(), fast.outcomes());
            for (int c = 0; c < fast.cues().size(); c++) {
                for (int o = 0; o < fast.outcomes().size(); o++) {
                    assertEquals(reference.values()[c][o], fast.values()[c][o], 0.0, fast.cues().get(c));
                }
            }
            assertEquals(reference.events(), FastNdl.read(file).size());
        }
    }

    /** Names over a small alphabet with shared prefixes: 16 bytes alike, so only the later bytes tell them apart. */
    private static List<String> names(SplittableRandom random, int n) {
        String[] alphabet = {"a", "b", "=", "é", "中", "\r", "x"};
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder name = new StringBuilder(random.nextInt(3) == 0 ? "a-name-sixteen-b" : "");
            for (int k = random.nextInt(random.nextInt(4) == 0 ? 25 : 12); k > 0; k--) {
                name.append(alphabet[random.nextInt(alphabet.length)]);
            }
            names.add(name.toString());
        }
        return names;
    }

    private static String pick(SplittableRandom random, List<String> names, int n) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(names.get(random.nextInt(names.size())));
        }
        return String.join("_", picked);
    }

    /** Lines without exactly one tab: both learners name the line and count its columns, CRLF or not. */
    @Test
    void linesWithoutExactlyTwoColumnsNameTheirLineAndColumns() throws Exception {
        String[][] cases = {
            {"cues\toutcomes\na\tX\nb_c\n", "3", "1"},
            {"cues\toutcomes\r\na\tX\r\nb\tX\tY\r\n", "3", "3"},
            {"cues\toutcomes\n\na\tX\tY\tZ", "3", "4"},
            {"cues\toutcomes\na\tX\t\n", "2", "3"},
            {"cues\toutcomes\n\t\t\n", "2", "3"},
        };
        for (String[] c : cases) {
            Path file = Files.writeString(dir.resolve("bad.tab"), c[0]);
            String expected = file + ":" + c[1] + ": an event line has 2 tab-separated columns (cues, outcomes), this"
                    + " one has " + c[2];
            assertEquals(expected, assertThrows(InputException.class, () -> FastNdl.learn(file, P)).getMessage());
            assertEquals(expected, assertThrows(InputException.class, () -> ReferenceNdl.learn(file, P)).getMessage());
        }
    }

    /**
     * A line of exactly the limit is read, one byte more is too long, even when it also has too many columns;
     * a line longer than the read buffer (1 MiB) and the limit is too long once the buffer has grown to it.
     */
    @Test
    void aLineOverTheLimitIsTooLongBeforeItIsMalformed() throws Exception {
        Path file = Files.writeString(dir.resolve("long.tab"), "cues\toutcomes\na\tX\n" + "b".repeat(38) + "\tX\n"
                + "b".repeat(39) + "\tX\tY\n");
        InputException e = assertThrows(InputException.class, () -> FastNdl.learn(file, P, 40));
        assertEquals(file + ":4: the line is longer than 40 bytes, the longest line cmsim reads (is this the right"
                + " file?)", e.getMessage());
        InputException columns = assertThrows(InputException.class, () -> FastNdl.learn(file, P, 43));
        assertEquals(file + ":4: an event line has 2 tab-separated columns (cues, outcomes), this one has 3",
                columns.getMessage());
        Path huge = Files.writeString(dir.resolve("huge.tab"), "cues\toutcomes\na\tX\n" + "c_".repeat(650_000)
                + "d\tX\n");
        InputException tooLong = assertThrows(InputException.class, () -> FastNdl.learn(huge, P, 1_200_000));
        assertEquals(huge + ":3: the line is longer than 1200000 bytes, the longest line cmsim reads (is this the"
                + " right file?)", tooLong.getMessage());
        assertEquals(2, FastNdl.learn(huge, P, 1_400_000).events());
    }

    /** Invalid UTF-8 after the first read (64 KiB) is reported at its offset in the file, not in the buffer. */
    @Test
    void invalidUtf8FarIntoTheFileNamesItsFileOffset() throws Exception {
        StringBuilder text = new StringBuilder("cues\toutcomes\n");
        for (int e = 0; e < 20_000; e++) {
            text.append("cue").append(e % 7).append("_x\tX\n");
        }
        byte[] valid = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "ab\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(valid, valid.length + bad.length + 3);
        System.arraycopy(bad, 0, all, valid.length, bad.length);
        System.arraycopy("\tX\n".getBytes(StandardCharsets.UTF_8), 0, all, valid.length + bad.length, 3);
        Path file = Files.write(dir.resolve("late.tab"), all);
        InputException e = assertThrows(InputException.class, () -> FastNdl.learn(file, P));
        assertEquals(file + ":20002: not valid UTF-8 at byte offset " + (valid.length + 2) + " of the file (byte 0xFF,"
                + " column 3 of the line); save the file as UTF-8", e.getMessage());
    }

    /**
     * A {@code \r} belongs to a name except right before a line end; an empty column is one empty name; a
     * name repeated in an event counts once. By hand (alpha 0.1, betas 0.1, lambda 1): each event is the
     * first for its names, so every present cue-outcome weight is 0.01.
     */
    @Test
    void carriageReturnsEmptyNamesAndRepeatsAreReadAsPyndlReadsThem() throws Exception {
        Path file = Files.writeString(dir.resolve("names.tab"), "cues\toutcomes\r\na\rb_a\rb\tX\r\n\tY\r\n");
        Weights w = FastNdl.learn(file, NdlParameters.PYNDL_DEFAULTS);
        assertEquals(List.of("a\rb", ""), w.cues());
        assertEquals(List.of("X", "Y"), w.outcomes());
        assertEquals(0.01, w.get("a\rb", "X"), 1e-15);
        assertEquals(0.01, w.get("", "Y"), 1e-15);
        assertEquals(0.0, w.get("", "X"), 0.0);
    }
}
