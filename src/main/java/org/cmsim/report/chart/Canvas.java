package org.cmsim.report.chart;

import java.awt.Color;

/**
 * What a chart draws on: pixels from the top left corner, y growing downwards, text placed by its baseline. The
 * same drawing code feeds {@link SvgCanvas} (text stays text, so a label can be edited in the file) and
 * {@link PngCanvas} (a raster for slides), so the two pictures of a figure agree.
 */
public interface Canvas {

    /** Which point of a text its x coordinate names. */
    enum Anchor { START, MIDDLE, END }

    void line(double x1, double y1, double x2, double y2, Stroke stroke);

    /** A connected line through the points; a NaN coordinate leaves a gap. */
    void polyline(double[] x, double[] y, Stroke stroke);

    /** A rectangle, filled when {@code fill} is not null and outlined when {@code outline} is not null. */
    void rect(double x, double y, double width, double height, Color fill, Stroke outline);

    void circle(double cx, double cy, double r, Color fill);

    void polygon(double[] x, double[] y, Color fill);

    /** Text with its baseline at y, turned by {@code angle} degrees (clockwise; -90 reads upwards) about (x, y). */
    void text(String text, double x, double y, TextStyle style, Color color, Anchor anchor, double angle);

    /** Draws only inside this rectangle until {@link #unclip}. */
    void clip(double x, double y, double width, double height);

    void unclip();

    /** This canvas with its origin moved to (dx, dy): a panel drawn into it lands at that place. */
    default Canvas shifted(double dx, double dy) {
        return new Shifted(this, dx, dy);
    }

    /** A canvas whose every coordinate is moved by (dx, dy) before it reaches the one beneath. */
    record Shifted(Canvas to, double dx, double dy) implements Canvas {

        @Override
        public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
            to.line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, stroke);
        }

        @Override
        public void polyline(double[] x, double[] y, Stroke stroke) {
            to.polyline(plus(x, dx), plus(y, dy), stroke);
        }

        @Override
        public void rect(double x, double y, double width, double height, Color fill, Stroke outline) {
            to.rect(x + dx, y + dy, width, height, fill, outline);
        }

        @Override
        public void circle(double cx, double cy, double r, Color fill) {
            to.circle(cx + dx, cy + dy, r, fill);
        }

        @Override
        public void polygon(double[] x, double[] y, Color fill) {
            to.polygon(plus(x, dx), plus(y, dy), fill);
        }

        @Override
        public void text(String text, double x, double y, TextStyle style, Color color, Anchor anchor, double angle) {
            to.text(text, x + dx, y + dy, style, color, anchor, angle);
        }

        @Override
        public void clip(double x, double y, double width, double height) {
            to.clip(x + dx, y + dy, width, height);
        }

        @Override
        public void unclip() {
            to.unclip();
        }

        private static double[] plus(double[] values, double d) {
            double[] moved = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                moved[i] = values[i] + d;
            }
            return moved;
        }
    }
}
