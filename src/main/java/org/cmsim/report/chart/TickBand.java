package org.cmsim.report.chart;

import java.awt.Color;
import java.util.List;

/**
 * The band under a plot that holds the x axis's labels: level, on two staggered rows where level ones would touch
 * (long category names), or turned by the axis's label angle.
 */
record TickBand(int rows, double angle, double height) {

    private static final TextStyle STYLE = XYPlot.TICK;
    private static final Color INK = new Color(0x222222);

    static TickBand of(Scale scale, double plotWidth) {
        List<String> labels = scale.labels();
        double widest = labels.stream().mapToDouble(STYLE::width).max().orElse(0);
        double angle = scale.axis.labelAngle();
        if (angle != 0) {
            double rise = Math.abs(Math.sin(Math.toRadians(angle)));
            return new TickBand(1, angle, widest * rise + STYLE.lineHeight() + 8);
        }
        double[] ticks = scale.ticks();
        double spacing = ticks.length > 1 ? plotWidth / ((scale.max - scale.min) / (ticks[1] - ticks[0])) : plotWidth;
        int rows = widest + 8 > spacing ? 2 : 1;
        return new TickBand(rows, 0, rows * STYLE.lineHeight() + 12);
    }

    void draw(Canvas canvas, Scale scale, double axisY) {
        double[] ticks = scale.ticks();
        List<String> labels = scale.labels();
        for (int t = 0; t < ticks.length; t++) {
            double px = scale.pixel(ticks[t]);
            if (!Double.isFinite(px)) {
                continue;
            }
            canvas.line(px, axisY, px, axisY + 4, Stroke.solid(new Color(0x999999), 1));
            if (angle != 0) {
                canvas.text(labels.get(t), px + 4, axisY + 6 + STYLE.ascent(), STYLE, INK, Canvas.Anchor.END, angle);
            } else {
                double row = rows == 2 ? t % 2 : 0;
                canvas.text(labels.get(t), px, axisY + 6 + STYLE.ascent() + row * STYLE.lineHeight(), STYLE, INK,
                        Canvas.Anchor.MIDDLE, 0);
            }
        }
    }
}
