package org.cmsim.input;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.cmsim.io.CsvRecord;
import org.cmsim.io.InputException;

/** Parsing of single CSV cells, with errors that name the file, line, column and value. */
final class Fields {

    /**
     * The largest total of a count column cmsim accepts, 2^53: sums and shares of counts are computed
     * in doubles, which hold every whole number up to 2^53 exactly, and in longs, which cannot then
     * overflow. Beyond it a number would be silently wrong.
     */
    static final long MAX_TOTAL = 1L << 53;
    /** A number as people write one in a CSV cell: 3, -2.5, 1e6. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private Fields() {
    }

    /** {@code total + value}, refused when it would pass {@link #MAX_TOTAL}. */
    static long addToTotal(Path file, CsvRecord record, String name, long total, long value) throws InputException {
        if (value > MAX_TOTAL - total) {
            throw InputException.at(file, record.line(), "column %s: the total passes 2^53 = %d at this row (%d);"
                    + " cmsim counts exactly only up to that total", name, MAX_TOTAL, value);
        }
        return total + value;
    }

    /** A whole number >= {@code minimum}. */
    static long integer(Path file, CsvRecord record, int column, String name, long minimum) throws InputException {
        String text = record.field(column).strip();
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            if (text.matches("\\+?[0-9]+")) {
                throw InputException.at(file, record.line(), "column %s: %s is too large; cmsim counts exactly only"
                        + " up to a total of 2^53 = %d", name, text, MAX_TOTAL);
            }
            if (!isNumber(text)) {
                throw InputException.notANumber(file, record.line(), name, text);
            }
            value = minimum - 1;   // a number, but not a whole one (2.5, -99999999999999999999)
        }
        if (value < minimum) {
            throw InputException.at(file, record.line(), "column %s: '%s' is not %s integer", name, text,
                    minimum > 0 ? "a positive" : "a non-negative");
        }
        return value;
    }

    /** A finite number > 0 (a reaction time in ms). */
    static double positive(Path file, CsvRecord record, int column, String name) throws InputException {
        String text = record.field(column).strip();
        if (!isNumber(text)) {
            throw InputException.notANumber(file, record.line(), name, text);
        }
        double value = Double.parseDouble(text);
        if (!(value > 0) || Double.isInfinite(value)) {
            throw InputException.at(file, record.line(), "column %s: '%s' is not a positive number", name, text);
        }
        return value;
    }

    private static boolean isNumber(String text) {
        return DECIMAL.matcher(text).matches();
    }
}
