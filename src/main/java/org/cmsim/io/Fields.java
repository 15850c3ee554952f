package org.cmsim.io;

import java.nio.file.Path;

/** Parsing of single CSV cells, with errors that name the file, line, column and value. */
final class Fields {

    private Fields() {
    }

    /** A whole number >= {@code minimum}. */
    static long integer(Path file, CsvRecord record, int column, String name, long minimum) throws InputException {
        String text = record.field(column).strip();
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw InputException.at(file, record.line(), "column %s: '%s' is not %s integer", name, text,
                    minimum > 0 ? "a positive" : "a non-negative");
        }
        if (value < minimum) {
            throw InputException.at(file, record.line(), "column %s: '%s' is not %s integer", name, text,
                    minimum > 0 ? "a positive" : "a non-negative");
        }
        return value;
    }
}
