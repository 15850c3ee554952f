package org.cmsim.report.chart;

import java.util.ArrayList;
import java.util.List;

/** An axis placed on the page: its range in data units, its ends in pixels, its marks and their labels. */
final class Scale {

    final Axis axis;
    final double min;
    final double max;
    private double from;
    private double to;

    Scale(Axis axis, double min, double max) {
        this.axis = axis;
        this.min = min;
        this.max = max;
    }

    /** Puts the range's start at pixel {@code from} and its end at {@code to}. */
    void place(double start, double end) {
        this.from = start;
        this.to = end;
    }

    private boolean log() {
        return axis.scale() == Axis.Scale.LOG;
    }

    /** The pixel of a value (NaN for NaN, and for a value at or below 0 on a log axis). */
    double pixel(double value) {
        if (log()) {
            if (!(value > 0)) {
                return Double.NaN;
            }
            return from + (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)) * (to - from);
        }
        return from + (value - min) / (max - min) * (to - from);
    }

    /** The marked values: the categories' positions, decades on a log axis, nice steps otherwise. */
    double[] ticks() {
        if (!axis.categories().isEmpty()) {
            double[] positions = new double[axis.categories().size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = i;
            }
            return positions;
        }
        if (log()) {
            double[] decades = Ticks.decades(min, max);
            return decades.length > 0 ? decades : new double[] {Math.sqrt(min * max)};
        }
        return Ticks.linear(min, max, 7);
    }

    List<String> labels() {
        if (!axis.categories().isEmpty()) {
            return axis.categories();
        }
        List<String> labels = new ArrayList<>();
        double step = Ticks.step(min, max, 7);
        for (double t : ticks()) {
            labels.add(log() ? Ticks.decadeLabel(t) : Ticks.label(t, step));
        }
        return labels;
    }
}
