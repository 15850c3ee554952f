package org.cmsim.report.chart;

import java.awt.Color;

/** The shape of a point: a circle for a measured value, a diamond for a bound (a separated parameter), or none. */
public enum Marker {
    NONE, CIRCLE, DIAMOND, SQUARE;

    /** Draws the marker centred on (x, y), {@code size} pixels across. */
    void draw(Canvas canvas, double x, double y, double size, Color color) {
        double r = size / 2;
        switch (this) {
            case CIRCLE -> canvas.circle(x, y, r, color);
            case DIAMOND -> canvas.polygon(new double[] {x, x + r * 1.25, x, x - r * 1.25},
                    new double[] {y - r * 1.25, y, y + r * 1.25, y}, color);
            case SQUARE -> canvas.rect(x - r, y - r, size, size, color, null);
            case NONE -> {
            }
        }
    }
}
