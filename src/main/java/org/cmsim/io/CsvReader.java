package org.cmsim.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) one record at a time,
 * keeping line numbers for error messages. Lines that start with {@code #} are comments and blank
 * lines are skipped; the first other line is the header, whose names must be distinct and not empty. A row with
 * more or fewer fields than the header is an error, never padded or cut.
 */
public final class CsvReader implements AutoCloseable {

    private final Path file;
    private final LineReader reader;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final long headerLine;
    private long line;

    private CsvReader(Path file, LineReader source) throws InputException {
        this.file = file;
        this.reader = source;
        CsvRecord first = nextRecord();
        if (first == null) {
            throw InputException.in(file, "the file is empty: a header row is needed");
        }
        header = first.fields();
        headerLine = first.line();
        requireCommas(file, headerLine, header);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                throw InputException.at(file, headerLine, "column %d has no name%s", i + 1, neighbours(header, i));
            }
            Integer earlier = columns.put(name, i);
            if (earlier != null) {
                throw InputException.at(file, headerLine, "duplicate column '%s' (columns %d and %d)",
                        name, earlier + 1, i + 1);
            }
        }
    }

    /**
     * A header of one field that holds semicolons or tabs is a file written with another separator (a spreadsheet
     * set to a European locale writes ';'): said so, rather than that the first column the reader needs is missing.
     */
    private static void requireCommas(Path file, long line, List<String> header) throws InputException {
        if (header.size() != 1) {
            return;
        }
        String only = header.get(0);
        String separator = only.indexOf(';') >= 0 ? "';'" : only.indexOf('\t') >= 0 ? "tabs" : null;
        if (separator != null) {
            throw InputException.at(file, line, "the header has no comma: the file seems to use %s as separator,"
                    + " and cmsim reads comma-separated values (save it with ',' between the columns)", separator);
        }
    }

    /** Where an unnamed column is, by the names beside it: " (after 'order')". */
    private static String neighbours(List<String> header, int column) {
        String before = column > 0 ? header.get(column - 1).strip() : "";
        String after = column + 1 < header.size() ? header.get(column + 1).strip() : "";
        if (!before.isEmpty() && !after.isEmpty()) {
            return " (between '" + before + "' and '" + after + "')";
        }
        return !before.isEmpty() ? " (after '" + before + "')" : !after.isEmpty() ? " (before '" + after + "')" : "";
    }

    /**
     * Opens {@code file} (strict UTF-8, an initial byte-order mark ignored, lines up to
     * {@link LineReader#MAX_LINE_BYTES}; gzip-compressed when its name ends in {@code .gz}) and reads its header.
     */
    public static CsvReader open(Path file) throws InputException {
        return open(file, LineReader.MAX_LINE_BYTES);
    }

    static CsvReader open(Path file, int maxLineBytes) throws InputException {
        if (Files.isDirectory(file)) {
            throw InputException.in(file, "is a directory, not a file");
        }
        InputStream in;
        try {
            in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file), 1 << 16)
                    : Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw InputException.in(file, "no such file");
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: %s", e.getMessage());
        }
        return new CsvReader(file, new LineReader(file, in, maxLineBytes));
    }

    public Path file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public long headerLine() {
        return headerLine;
    }

    /** Index of the column called {@code name}, or -1 when the header has none. */
    public int column(String name) {
        return columns.getOrDefault(name, -1);
    }

    /** Index of a column the file must have. */
    public int requireColumn(String name) throws InputException {
        int index = column(name);
        if (index < 0) {
            throw InputException.at(file, headerLine, "missing required column '%s'", name);
        }
        return index;
    }

    /** The next data row, or null at the end of the file. */
    public CsvRecord next() throws InputException {
        CsvRecord record = nextRecord();
        if (record != null && record.fields().size() != header.size()) {
            throw InputException.at(file, record.line(), "row has %d fields but the header has %d",
                    record.fields().size(), header.size());
        }
        return record;
    }

    private CsvRecord nextRecord() throws InputException {
        String text;
        while ((text = reader.readLine()) != null) {
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.isBlank() && !text.startsWith("#")) {
                return parse(text);
            }
        }
        return null;
    }

    /** Splits one record starting on the current line, reading further lines while a quote is open. */
    private CsvRecord parse(String text) throws InputException {
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                String more = reader.readLine();
                if (more == null) {
                    throw InputException.at(file, start, "a quoted field is never closed");
                }
                line++;
                field.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c != '\r' || i != text.length()) {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return new CsvRecord(start, fields);
    }

    @Override
    public void close() {
        reader.close();
    }
}
