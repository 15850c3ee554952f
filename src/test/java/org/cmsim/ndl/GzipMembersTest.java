package org.cmsim.ndl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

/**
 * Gzip members built byte by byte as RFC 1952 (section 2.3) lays them out, with every optional header field
 * (FEXTRA, FNAME, FCOMMENT, FHCRC), read by {@link GzipMembers} and, as the reference, by the JDK's
 * {@link GZIPInputStream}; and members that are broken in one field each.
 */
class GzipMembersTest {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final String TEXT = "cues\toutcomes\na_b\tx\n\u00e9t\u00e9_c\ty\n";

    @Test
    void everyCombinationOfOptionalHeaderFieldsIsSkipped() throws IOException {
        for (int flags : new int[] {0, FHCRC, FEXTRA, FNAME, FCOMMENT, FEXTRA | FNAME | FCOMMENT | FHCRC,
            FNAME | FHCRC, FEXTRA | FCOMMENT}) {
            byte[] gz = member(TEXT, flags, 8);
            assertEquals(TEXT, jdk(gz), "the reference reads the member, flags " + flags);
            assertEquals(TEXT, read(gz), "flags " + flags);
        }
    }

    @Test
    void concatenatedMembersReadAsOneText() throws IOException {
        byte[] gz = concat(member("cues\toutcomes\n", FNAME, 8), member("", 0, 8), member("a\tx\n", FEXTRA, 8));
        assertEquals("cues\toutcomes\na\tx\n", jdk(gz));
        assertEquals("cues\toutcomes\na\tx\n", read(gz));
    }

    @Test
    void singleBytesAreUnsigned() throws IOException {
        byte[] gz = member("\u00ff", 0, 8);
        try (InputStream in = new GzipMembers(new ByteArrayInputStream(gz))) {
            assertEquals(0xc3, in.read());
            assertEquals(0xbf, in.read());
            assertEquals(-1, in.read());
        }
    }

    @Test
    void aWrongChecksumOrLengthIsCorruptData() {
        byte[] gz = member(TEXT, 0, 8);
        for (int at : new int[] {gz.length - 8, gz.length - 1}) {
            byte[] broken = gz.clone();
            broken[at] ^= 1;
            ZipException e = assertThrows(ZipException.class, () -> read(broken), "byte " + at);
            assertEquals("corrupt gzip data: CRC-32 or length of a member does not match", e.getMessage());
        }
    }

    /** Zero bytes after the last member are not the end of the data (a tail of zeros from a disk). */
    @Test
    void zeroBytesAfterTheLastMemberAreAnError() {
        byte[] gz = member(TEXT, 0, 8);
        ZipException e = assertThrows(ZipException.class, () -> read(concat(gz, new byte[] {0, 0})));
        assertEquals("unexpected bytes after the end of the gzip data, at byte " + gz.length + " of the file",
                e.getMessage());
    }

    @Test
    void aMethodOtherThanDeflateIsRefused() {
        ZipException e = assertThrows(ZipException.class, () -> read(member(TEXT, 0, 7)));
        assertEquals("unsupported gzip compression method", e.getMessage());
    }

    @Test
    void aFileThatIsNotGzipIsRefused() {
        ZipException e = assertThrows(ZipException.class, () -> read("cues\toutcomes\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("not in gzip format", e.getMessage());
    }

    @Test
    void aTruncatedMemberIsNamedSo() {
        byte[] gz = member(TEXT, FNAME | FCOMMENT, 8);
        // In the fixed header, the name, the comment, the deflate data and the trailer.
        for (int length : new int[] {5, 15, 25, 36, gz.length - 4}) {
            byte[] cut = java.util.Arrays.copyOf(gz, length);
            EOFException e = assertThrows(EOFException.class, () -> read(cut), "cut at " + length);
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    private static String read(byte[] gz) throws IOException {
        try (InputStream in = new GzipMembers(new ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String jdk(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * One member (RFC 1952, 2.3): ID1 ID2 CM FLG MTIME(4) XFL OS, then [XLEN(2) extra] [name NUL] [comment NUL]
     * [CRC16 of the header], the raw deflate data, CRC32 and ISIZE (little-endian).
     */
    private static byte[] member(String text, int flags, int method) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, (byte) method, (byte) flags, 1, 2, 3, 4, 0, 3});
        if ((flags & FEXTRA) != 0) {
            out.writeBytes(new byte[] {5, 0, 'A', 'p', 2, 0, 9});
        }
        if ((flags & FNAME) != 0) {
            out.writeBytes("events.tab\0".getBytes(StandardCharsets.ISO_8859_1));
        }
        if ((flags & FCOMMENT) != 0) {
            out.writeBytes("made by hand\0".getBytes(StandardCharsets.ISO_8859_1));
        }
        if ((flags & FHCRC) != 0) {
            CRC32 header = new CRC32();
            header.update(out.toByteArray());
            writeLittleEndian(out, header.getValue() & 0xffff, 2);
        }
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(data);
        writeLittleEndian(out, crc.getValue(), 4);
        writeLittleEndian(out, data.length, 4);
        return out.toByteArray();
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
