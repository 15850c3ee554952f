package org.cmsim.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A result table: named columns and rows of cells, written as CSV for R and Python
 * ({@link #toCsv}) and as aligned text for the terminal ({@link #toText}). Cells are strings,
 * whole numbers or doubles; a NaN or null cell means "undefined" and is written empty.
 */
public final class Table {

    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public Table(String... columns) {
        this.columns = List.of(columns);
    }

    public Table(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public List<String> columns() {
        return columns;
    }

    public int rowCount() {
        return rows.size();
    }

    /** Adds a row; it must have one cell per column. */
    public Table add(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + columns.size()
                    + " columns");
        }
        rows.add(cells.clone());
        return this;
    }

    public Object cell(int row, int column) {
        return rows.get(row)[column];
    }

    /** RFC 4180 CSV with a header row and LF line ends; doubles in full precision. */
    public String toCsv() {
        StringBuilder out = new StringBuilder();
        appendCsvLine(out, columns.toArray());
        for (Object[] row : rows) {
            appendCsvLine(out, row);
        }
        return out.toString();
    }

    private static void appendCsvLine(StringBuilder out, Object[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(Numbers.exact(cells[i])));
        }
        out.append('\n');
    }

    /**
     * A CSV cell as RFC 4180 writes it: quoted, with inner quotes doubled, when it holds a comma, a quote or
     * a line break; also when it starts with '#', which cmsim's readers would otherwise take for a comment.
     */
    public static String quote(String text) {
        if (!text.startsWith("#") && text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Columns padded to a common width, numbers right-aligned and rounded for reading. */
    public String toText() {
        int n = columns.size();
        List<String[]> shown = new ArrayList<>();
        shown.add(columns.toArray(new String[0]));
        for (Object[] row : rows) {
            String[] cells = new String[n];
            for (int i = 0; i < n; i++) {
                cells[i] = Numbers.readable(row[i]);
            }
            shown.add(cells);
        }
        int[] width = new int[n];
        for (String[] cells : shown) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], cells[i].length());
            }
        }
        boolean[] numeric = new boolean[n];
        for (int i = 0; i < n; i++) {
            final int column = i;
            numeric[i] = !rows.isEmpty() && rows.stream().allMatch(r -> r[column] == null || r[column] instanceof Number);
        }
        StringBuilder out = new StringBuilder();
        for (String[] cells : shown) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String pad = " ".repeat(width[i] - cells[i].length());
                line.append(numeric[i] ? pad + cells[i] : cells[i] + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Table that && toCsv().equals(that.toCsv());
    }

    @Override
    public int hashCode() {
        return Objects.hash(toCsv());
    }
}
