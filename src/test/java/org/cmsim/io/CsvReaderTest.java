package org.cmsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsQuotedFieldsCommentsBlankLinesAndCrLf() throws Exception {
        Path file = dir.resolve("a.csv");
        Files.write(file, ("\uFEFF# a comment\r\norder,text\r\n\r\nNVN,\"the dog, the \"\"ball\"\"\"\r\n"
                + "VNN,\"two\nlines\"\r\n").getBytes(StandardCharsets.UTF_8));
        try (CsvReader csv = CsvReader.open(file)) {
            assertEquals(List.of("order", "text"), csv.header());
            assertEquals(2, csv.headerLine());
            CsvRecord first = csv.next();
            assertEquals(4, first.line());
            assertEquals(List.of("NVN", "the dog, the \"ball\""), first.fields());
            CsvRecord second = csv.next();
            assertEquals(5, second.line());
            assertEquals("two\nlines", second.field(1));
            assertNull(csv.next());
        }
    }

    @Test
    void unclosedQuoteIsAnErrorAtItsLine() throws Exception {
        Path file = dir.resolve("b.csv");
        Files.writeString(file, "order,text\nNVN,\"never closed\n");
        InputException error = assertThrows(InputException.class, () -> {
            try (CsvReader csv = CsvReader.open(file)) {
                csv.next();
            }
        });
        assertTrue(error.getMessage().startsWith(file + ":2: a quoted field is never closed"), error.getMessage());
    }

    @Test
    void tablesWriteExactCsvAndReadableText() {
        Table table = new Table("cue", "value", "note").add("animacy", 0.1 + 0.2, "a, b").add("case", Double.NaN, "")
                .add("order", 2.0, "");
        assertEquals("cue,value,note\nanimacy,0.30000000000000004,\"a, b\"\ncase,,\norder,2,\n", table.toCsv());
        assertEquals("""
                cue       value  note
                animacy  0.3000  a, b
                case
                order         2
                """, table.toText());
    }
}
