package org.cmsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict UTF-8 and the line limit (hardening issue, items 7 and 8), on the reader every CSV goes through. */
class LineReaderTest {

    @TempDir
    Path dir;

    @Test
    void firstInvalidFollowsRfc3629() {
        assertEquals(-1, LineReader.firstInvalid(utf8("plain ascii"), 0, 11));
        byte[] valid = utf8("caf\u00e9 \u20ac \ud834\udd1e");   // two, three and four bytes
        assertEquals(-1, LineReader.firstInvalid(valid, 0, valid.length));
        assertEquals(3, LineReader.firstInvalid(bytes(0x61, 0x62, 0x63, 0xC0, 0x80), 0, 5), "overlong two bytes");
        assertEquals(0, LineReader.firstInvalid(bytes(0xE0, 0x80, 0x80), 0, 3), "overlong three bytes");
        assertEquals(0, LineReader.firstInvalid(bytes(0xED, 0xA0, 0x80), 0, 3), "a surrogate");
        assertEquals(0, LineReader.firstInvalid(bytes(0xF4, 0x90, 0x80, 0x80), 0, 4), "above U+10FFFF");
        assertEquals(0, LineReader.firstInvalid(bytes(0xF5, 0x80, 0x80, 0x80), 0, 4), "no such lead byte");
        assertEquals(1, LineReader.firstInvalid(bytes(0x61, 0xE2, 0x82), 0, 3), "cut off at the end");
        assertEquals(0, LineReader.firstInvalid(bytes(0xE2, 0x41, 0x82), 0, 3), "a continuation missing");
        assertEquals(2, LineReader.firstInvalid(bytes(0x61, 0x62, 0x80), 0, 3), "a lone continuation byte");
        assertEquals(-1, LineReader.firstInvalid(bytes(0xFF, 0x61), 1, 2), "only [from, to) is checked");
    }

    @Test
    void aCsvLineOverTheLimitIsAnErrorNamingLineAndLimit() throws Exception {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, "a,b\n1,2\n" + "x".repeat(150) + ",3\n");
        try (CsvReader csv = CsvReader.open(file, 100)) {
            assertEquals(2, csv.next().line());
            InputException e = assertThrows(InputException.class, csv::next);
            assertTrue(e.getMessage().endsWith("long.csv:3: the line is longer than 100 bytes, the longest line cmsim"
                    + " reads (is this the right file?)"), e.getMessage());
        }
        try (CsvReader csv = CsvReader.open(file)) {
            csv.next();
            assertEquals("x".repeat(150), csv.next().field(0));
        }
    }

    @Test
    void linesEndAtNewlineWithOrWithoutCarriageReturnAndAByteOrderMarkIsSkipped() throws Exception {
        Path file = dir.resolve("crlf.csv");
        Files.write(file, bytes(0xEF, 0xBB, 0xBF, 'a', ',', 'b', '\r', '\n', '1', ',', 0xC3, 0xA9, '\r', '\n', '3', ',',
                '4'));
        try (CsvReader csv = CsvReader.open(file)) {
            assertEquals("a", csv.header().get(0));
            assertEquals("\u00e9", csv.next().field(1));
            assertEquals("4", csv.next().field(1));
            assertEquals(null, csv.next());
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
