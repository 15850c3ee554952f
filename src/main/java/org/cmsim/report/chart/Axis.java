package org.cmsim.report.chart;

import java.util.List;

/**
 * One axis of an x-y plot: its title, scale and range. A range left open (NaN) is fitted to the values drawn, with
 * a margin of 5% of their span on each side. A category axis names positions 0, 1, ... with its categories.
 *
 * @param labelAngle the angle of the marks' labels in degrees (0: level; -45: rising, for long category names)
 */
public record Axis(String title, Scale scale, double min, double max, List<String> categories, double labelAngle) {

    /** Linear or logarithmic (base 10). */
    public enum Scale { LINEAR, LOG }

    /** Share of the values' span added on each side of a fitted range. */
    static final double MARGIN = 0.05;

    public Axis {
        categories = List.copyOf(categories);
        if (min >= max) {
            throw new IllegalArgumentException("an axis range must be increasing, was " + min + " to " + max);
        }
        if (scale == Scale.LOG && min <= 0) {
            throw new IllegalArgumentException("a logarithmic axis starts above 0, was " + min);
        }
    }

    /** A linear axis fitted to its values. */
    public static Axis linear(String title) {
        return new Axis(title, Scale.LINEAR, Double.NaN, Double.NaN, List.of(), 0);
    }

    /** A logarithmic axis fitted to its values. */
    public static Axis log(String title) {
        return new Axis(title, Scale.LOG, Double.NaN, Double.NaN, List.of(), 0);
    }

    /** Categories at positions 0, 1, ..., with half a position of room at each end. */
    public static Axis categories(String title, List<String> names) {
        return new Axis(title, Scale.LINEAR, -0.5, names.size() - 0.5, names, 0);
    }

    public Axis withRange(double low, double high) {
        return new Axis(title, scale, low, high, categories, labelAngle);
    }

    public Axis withLabelAngle(double angle) {
        return new Axis(title, scale, min, max, categories, angle);
    }

    public boolean isFixed() {
        return !Double.isNaN(min) && !Double.isNaN(max);
    }

    /**
     * The range to draw for values spanning [low, high] (ignored where this axis fixes its ends): the span with a
     * margin on each side (on a log axis, in log units); a single value gets one unit (a factor of 10) around it.
     */
    double[] range(double low, double high) {
        if (isFixed()) {
            return new double[] {min, max};
        }
        boolean log = scale == Scale.LOG;
        double a = log ? Math.log10(low) : low;
        double b = log ? Math.log10(high) : high;
        if (!(a <= b)) {
            a = log ? -1 : 0;
            b = log ? 1 : 1;
        }
        double pad = b > a ? (b - a) * MARGIN : 0.5;
        double from = Double.isNaN(min) ? a - pad : (log ? Math.log10(min) : min);
        double to = Double.isNaN(max) ? b + pad : (log ? Math.log10(max) : max);
        return log ? new double[] {Math.pow(10, from), Math.pow(10, to)} : new double[] {from, to};
    }
}
