package org.cmsim.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's key: one entry per kind of mark, with its line style and marker. Laid out in rows that wrap to the
 * width given (under a plot) or as one column (beside it, or inside the plot in the corner that covers fewest
 * points).
 */
public final class Legend {

    /** One entry: the text, and the marker and line (either may be absent) it stands for. */
    public record Entry(String label, Color color, Marker marker, Stroke line) {
    }

    /** Where a plot's legend goes. */
    public enum Position { NONE, INSIDE, SOUTH, EAST }

    static final TextStyle STYLE = TextStyle.plain(12);
    private static final double SAMPLE = 30;
    private static final double PAD = 6;
    private static final double GAP = 18;
    private static final Color FRAME = new Color(0xbbbbbb);

    private final List<Entry> entries;

    public Legend(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private double entryWidth(Entry e) {
        return SAMPLE + 6 + STYLE.width(e.label());
    }

    /** The rows of entries when laid out in lines no wider than {@code maxWidth} ({@code column}: one a row). */
    private List<List<Entry>> rows(double maxWidth, boolean column) {
        List<List<Entry>> rows = new ArrayList<>();
        double used = 0;
        for (Entry e : entries) {
            double w = entryWidth(e);
            if (rows.isEmpty() || column || used + GAP + w > maxWidth - 2 * PAD) {
                rows.add(new ArrayList<>());
                used = w;
            } else {
                used += GAP + w;
            }
            rows.get(rows.size() - 1).add(e);
        }
        return rows;
    }

    /** {width, height} of the box for a layout within {@code maxWidth}. */
    double[] size(double maxWidth, boolean column) {
        double width = 0;
        List<List<Entry>> rows = rows(maxWidth, column);
        for (List<Entry> row : rows) {
            double w = -GAP;
            for (Entry e : row) {
                w += GAP + entryWidth(e);
            }
            width = Math.max(width, w);
        }
        return new double[] {width + 2 * PAD, rows.size() * STYLE.lineHeight() + 2 * PAD};
    }

    /** Draws the box with its top left corner at (x, y). */
    void draw(Canvas canvas, double x, double y, double maxWidth, boolean column) {
        double[] size = size(maxWidth, column);
        canvas.rect(x, y, size[0], size[1], new Color(255, 255, 255, 230), Stroke.solid(FRAME, 1));
        double line = STYLE.lineHeight();
        double rowY = y + PAD;
        for (List<Entry> row : rows(maxWidth, column)) {
            double entryX = x + PAD;
            double middle = rowY + line / 2;
            for (Entry e : row) {
                if (e.line() != null) {
                    canvas.line(entryX, middle, entryX + SAMPLE, middle, e.line());
                }
                e.marker().draw(canvas, entryX + SAMPLE / 2, middle, 8, e.color());
                canvas.text(e.label(), entryX + SAMPLE + 6, middle + STYLE.size() * 0.35, STYLE, Color.DARK_GRAY,
                        Canvas.Anchor.START, 0);
                entryX += entryWidth(e) + GAP;
            }
            rowY += line;
        }
    }
}
