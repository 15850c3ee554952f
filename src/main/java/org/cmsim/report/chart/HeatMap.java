package org.cmsim.report.chart;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * A table of values as shades: one row per named case, one column per named quantity, each cell's value printed in
 * it, a colour bar beside. Its width follows its row names, so long names are never cut.
 */
public final class HeatMap implements Drawing {

    private static final TextStyle LABEL = TextStyle.plain(12);
    private static final double CELL_WIDTH = 120;
    private static final double ROW_HEIGHT = 24;
    private static final double BAR = 16;
    private static final Color INK = new Color(0x111111);

    private final String title;
    private final String xTitle;
    private final List<String> columns;
    private final List<String> rows;
    private final double[][] values;
    private final Color[] ramp;
    private final int width;
    private final int height;
    private final double left;
    private final double top;

    /**
     * @param values values[row][column], drawn on a ramp of colours spread evenly from 0 to 1
     */
    public HeatMap(String title, String xTitle, List<String> columns, List<String> rows, double[][] values,
                   Color[] ramp) {
        this.title = title;
        this.xTitle = xTitle;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.values = values.clone();
        this.ramp = ramp.clone();
        this.left = 14 + rows.stream().mapToDouble(LABEL::width).max().orElse(0) + 10;
        int wide = (int) Math.ceil(left + columns.size() * CELL_WIDTH + 30 + BAR + 50);
        this.width = Math.max(wide, (int) Math.ceil(XYPlot.TITLE.width(title) + 40));
        this.top = 10 + XYPlot.TITLE.lineHeight() + 8 + LABEL.lineHeight() + 4;
        this.height = (int) Math.ceil(top + rows.size() * ROW_HEIGHT + 10 + XYPlot.AXIS_TITLE.lineHeight() + 10);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void draw(Canvas canvas) {
        canvas.text(title, width / 2.0, 10 + XYPlot.TITLE.ascent(), XYPlot.TITLE, INK, Canvas.Anchor.MIDDLE, 0);
        for (int c = 0; c < columns.size(); c++) {
            canvas.text(columns.get(c), left + (c + 0.5) * CELL_WIDTH, top - 6, LABEL, INK, Canvas.Anchor.MIDDLE, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = top + r * ROW_HEIGHT;
            canvas.text(rows.get(r), left - 8, y + ROW_HEIGHT / 2 + LABEL.size() * 0.35, LABEL, INK,
                    Canvas.Anchor.END, 0);
            for (int c = 0; c < columns.size(); c++) {
                double v = values[r][c];
                canvas.rect(left + c * CELL_WIDTH, y, CELL_WIDTH, ROW_HEIGHT, shade(v), Stroke.solid(Color.WHITE, 1));
                canvas.text(String.format(Locale.ROOT, "%.2f", v), left + (c + 0.5) * CELL_WIDTH,
                        y + ROW_HEIGHT / 2 + LABEL.size() * 0.35, LABEL, INK, Canvas.Anchor.MIDDLE, 0);
            }
        }
        double bottom = top + rows.size() * ROW_HEIGHT;
        canvas.text(xTitle, left + columns.size() * CELL_WIDTH / 2, bottom + 8 + XYPlot.AXIS_TITLE.ascent(),
                XYPlot.AXIS_TITLE, INK, Canvas.Anchor.MIDDLE, 0);
        double barX = left + columns.size() * CELL_WIDTH + 30;
        int steps = 50;
        double barHeight = Math.max(ROW_HEIGHT * 3, Math.min(200, bottom - top));
        for (int s = 0; s < steps; s++) {
            double v = 1 - (s + 0.5) / steps;
            canvas.rect(barX, top + s * barHeight / steps, BAR, barHeight / steps + 0.5, shade(v), null);
        }
        canvas.rect(barX, top, BAR, barHeight, null, Stroke.solid(new Color(0x999999), 1));
        for (double v : new double[] {0, 0.5, 1}) {
            canvas.text(String.format(Locale.ROOT, "%.1f", v), barX + BAR + 4,
                    top + (1 - v) * barHeight + LABEL.size() * 0.35, LABEL, INK, Canvas.Anchor.START, 0);
        }
    }

    /** The colour of a value in [0, 1]: linear between the ramp's neighbouring colours. */
    Color shade(double value) {
        double v = Math.max(0, Math.min(1, value)) * (ramp.length - 1);
        int i = Math.min(ramp.length - 2, (int) Math.floor(v));
        double f = v - i;
        Color a = ramp[i];
        Color b = ramp[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
