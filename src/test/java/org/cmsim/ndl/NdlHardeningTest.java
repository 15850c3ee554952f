package org.cmsim.ndl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.cmsim.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event files as pyndl reads them, and as it does not (hardening issue, items 7, 8, 16): empty
 * names, invalid UTF-8, lines over the limit, bytes after the gzip data.
 */
class NdlHardeningTest {

    private static final double AGREE = 1e-12;
    private static final NdlParameters PYNDL_DEFAULTS = new NdlParameters(0.1, 0.1, 0.1, 1.0);

    @TempDir
    Path dir;

    /**
     * alpha 0.1, betas 0.1, lambda 1, by hand:
     * <pre>
     *   a__b -> x: cues a, "", b; x present, activation 0, update 0.1: V[a,x] = V["",x] = V[b,x] = 0.01
     *   _c   -> y: cues "", c; x absent, activation V["",x] + V[c,x] = 0.01, update 0.1 (0 - 0.01) = -0.001:
     *             V["",x] = 0.0099, V[c,x] = -0.0001; y present, activation 0: V["",y] = V[c,y] = 0.01
     * </pre>
     */
    @Test
    void emptyCueNamesAreNamesAsInPyndl() throws Exception {
        Path file = resource("empty-cue-names.tab");
        for (Weights w : List.of(FastNdl.learn(file, PYNDL_DEFAULTS), ReferenceNdl.learn(file, PYNDL_DEFAULTS))) {
            assertEquals(List.of("", "a", "b", "c"), w.sorted().cues());
            assertEquals(0.0099, w.get("", "x"), AGREE);
            assertEquals(0.01, w.get("", "y"), AGREE);
            assertEquals(0.01, w.get("a", "x"), AGREE);
            assertEquals(0.01, w.get("b", "x"), AGREE);
            assertEquals(0.0, w.get("b", "y"), AGREE);
            assertEquals(-0.0001, w.get("c", "x"), AGREE);
            assertEquals(0.01, w.get("c", "y"), AGREE);
        }
    }

    /**
     * <pre>
     *   a_ -> x_: cues a, ""; outcomes x, "" both present, activation 0, update 0.1:
     *             V[a,x] = V["",x] = V[a,""] = V["",""] = 0.01
     *   "" -> y:  cue ""; x absent: activation 0.01, update -0.001, V["",x] = 0.0099; "" absent: likewise
     *             V["",""] = 0.0099; y present: V["",y] = 0.01
     * </pre>
     */
    @Test
    void emptyNamesAtTheEndsAndAnEmptyColumnAreNamesToo() throws Exception {
        Path file = resource("empty-names-at-the-ends.tab");
        for (Weights w : List.of(FastNdl.learn(file, PYNDL_DEFAULTS), ReferenceNdl.learn(file, PYNDL_DEFAULTS))) {
            assertEquals(List.of("", "x", "y"), w.sorted().outcomes());
            assertEquals(0.01, w.get("a", "x"), AGREE);
            assertEquals(0.01, w.get("a", ""), AGREE);
            assertEquals(0.0099, w.get("", "x"), AGREE);
            assertEquals(0.0099, w.get("", ""), AGREE);
            assertEquals(0.01, w.get("", "y"), AGREE);
            assertEquals(0.0, w.get("a", "y"), AGREE);
        }
    }

    @Test
    void invalidUtf8InANameIsAnErrorWithLineAndOffset() throws Exception {
        Path file = dir.resolve("events.tab");
        // Two names that a replacing decoder would both read as "a\uFFFD_b".
        Files.write(file, bytes("cues\toutcomes\na\u00ff", "_b\tx\na", "\u00fe_b\tx\n"));
        for (Learner learner : List.<Learner>of(FastNdl::learn, ReferenceNdl::learn)) {
            InputException e = assertThrows(InputException.class, () -> learner.learn(file, PYNDL_DEFAULTS));
            assertTrue(e.getMessage().contains("events.tab:2: not valid UTF-8 at byte offset 15 of the file"
                    + " (byte 0xFF, column 2 of the line)"), e.getMessage());
        }
    }

    /** The first byte of a line is checked too (column 1). */
    @Test
    void invalidUtf8AtTheStartOfALineIsAnError() throws Exception {
        Path file = dir.resolve("events.tab");
        Files.write(file, bytes("cues\toutcomes\na_b\tx\n\u00ff_b\tx\n"));
        for (Learner learner : List.<Learner>of(FastNdl::learn, ReferenceNdl::learn)) {
            InputException e = assertThrows(InputException.class, () -> learner.learn(file, PYNDL_DEFAULTS));
            assertTrue(e.getMessage().contains("events.tab:3: not valid UTF-8 at byte offset 20 of the file"
                    + " (byte 0xFF, column 1 of the line)"), e.getMessage());
        }
    }

    @Test
    void aLineOverTheLimitIsAnErrorNamingLineAndLimit() throws Exception {
        Path file = dir.resolve("events.tab");
        Files.writeString(file, "cues\toutcomes\na_b\tx\n" + "c_".repeat(600) + "d\tx\n");
        InputException e = assertThrows(InputException.class, () -> FastNdl.learn(file, PYNDL_DEFAULTS, 1000));
        assertTrue(e.getMessage().contains("events.tab:3: the line is longer than 1000 bytes"), e.getMessage());
        // Lines within the limit, and the real limit, read as always.
        assertEquals(2, FastNdl.learn(file, PYNDL_DEFAULTS, 2000).events());
        assertEquals(2, FastNdl.learn(file, PYNDL_DEFAULTS).events());
    }

    @Test
    void bytesAfterTheGzipDataAreAnErrorButConcatenatedMembersAreRead() throws Exception {
        byte[] first = gzip("cues\toutcomes\na_b\tx\n");
        byte[] second = gzip("b\ty\n");
        Path two = dir.resolve("two.gz");
        Files.write(two, concat(first, second));
        assertEquals(2, FastNdl.learn(two, PYNDL_DEFAULTS).events());
        assertEquals(2, ReferenceNdl.learn(two, PYNDL_DEFAULTS).events());
        Path garbage = dir.resolve("garbage.gz");
        Files.write(garbage, concat(first, "not gzip at all".getBytes(StandardCharsets.US_ASCII)));
        for (Learner learner : List.<Learner>of(FastNdl::learn, ReferenceNdl::learn)) {
            InputException e = assertThrows(InputException.class, () -> learner.learn(garbage, PYNDL_DEFAULTS));
            assertTrue(e.getMessage().contains("unexpected bytes after the end of the gzip data, at byte "
                    + first.length), e.getMessage());
        }
        Path truncated = dir.resolve("truncated.gz");
        Files.write(truncated, java.util.Arrays.copyOf(first, first.length - 3));
        InputException e = assertThrows(InputException.class, () -> FastNdl.learn(truncated, PYNDL_DEFAULTS));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    private interface Learner {
        Weights learn(Path file, NdlParameters p) throws InputException;
    }

    private static Path resource(String name) throws Exception {
        return Path.of(NdlHardeningTest.class.getResource("/ndl/" + name).toURI());
    }

    /** Strings whose chars below 256 are taken as bytes, so tests can write bytes that are not UTF-8. */
    private static byte[] bytes(String... parts) {
        return String.join("", parts).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
