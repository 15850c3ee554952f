package org.cmsim.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where an axis is marked and how the marks read: "nice" steps (1, 2, 2.5 or 5 times a power of ten, the usual
 * choice of plotting programs, e.g. Heckbert 1990, "Nice numbers for graph labels") on a linear axis, whole decades
 * on a logarithmic one.
 */
public final class Ticks {

    private Ticks() {
    }

    /** The nice step nearest above {@code raw} (positive). */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** About {@code target} marks (at most twice as many) at multiples of a nice step within [min, max]. */
    public static double[] linear(double min, double max, int target) {
        double step = step(min, max, target);
        List<Double> ticks = new ArrayList<>();
        // Tolerance of a millionth of a step: 0.1 * 3 is 0.30000000000000004, still a mark on an axis ending at 0.3.
        double slack = step * 1e-6;
        for (long k = (long) Math.ceil((min - slack) / step); k * step <= max + slack; k++) {
            ticks.add(k * step == 0 ? 0.0 : k * step);
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The step {@link #linear} uses. */
    public static double step(double min, double max, int target) {
        return niceStep((max - min) / target);
    }

    /** A mark's label with as many decimals as the step needs ("0.25" for steps of 0.05, "10" for steps of 5). */
    public static String label(double value, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        if (Math.abs(step / Math.pow(10, -decimals) - Math.rint(step / Math.pow(10, -decimals))) > 1e-6) {
            decimals++;
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    /** The powers of ten within [min, max] (both positive). */
    public static double[] decades(double min, double max) {
        List<Double> ticks = new ArrayList<>();
        for (int e = (int) Math.ceil(Math.log10(min) - 1e-9); e <= Math.floor(Math.log10(max) + 1e-9); e++) {
            ticks.add(Math.pow(10, e));
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A decade's label: written out from 1 to 1000000, else in scientific notation ("1e-4", "1e6"). */
    public static String decadeLabel(double value) {
        int exponent = (int) Math.round(Math.log10(value));
        return exponent >= 0 && exponent <= 6 ? String.valueOf(Math.round(value)) : "1e" + exponent;
    }
}
