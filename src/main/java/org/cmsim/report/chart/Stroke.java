package org.cmsim.report.chart;

import java.awt.Color;

/** How a line is drawn: its colour, width in pixels and dash pattern (lengths on, off, ...; empty: solid). */
public record Stroke(Color color, double width, float[] dash) {

    public Stroke {
        if (color == null || !(width > 0)) {
            throw new IllegalArgumentException("a stroke needs a colour and a positive width, was " + width);
        }
        dash = dash.clone();
    }

    public static Stroke solid(Color color, double width) {
        return new Stroke(color, width, new float[0]);
    }

    public static Stroke dashed(Color color, double width, float... dash) {
        return new Stroke(color, width, dash);
    }

    @Override
    public float[] dash() {
        return dash.clone();
    }

    public boolean isDashed() {
        return dash.length > 0;
    }

    java.awt.BasicStroke awt() {
        return isDashed() ? new java.awt.BasicStroke((float) width, java.awt.BasicStroke.CAP_BUTT,
                java.awt.BasicStroke.JOIN_ROUND, 10f, dash, 0f)
                : new java.awt.BasicStroke((float) width, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND);
    }
}
