package org.cmsim.io;

import java.util.Locale;

/** How cells are written: exactly for files, rounded for eyes. */
public final class Numbers {

    private static final int READABLE_SIGNIFICANT_DIGITS = 4;

    private Numbers() {
    }

    /**
     * The shortest text that reads back as the same double ({@link Double#toString}), whole numbers
     * without a trailing ".0", and "" for undefined (NaN or null).
     */
    public static String exact(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            double value = ((Number) cell).doubleValue();
            if (Double.isNaN(value)) {
                return "";
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return Double.toString(value);
        }
        return cell.toString();
    }

    /**
     * An L2 penalty for reading: scientific notation with at most three significant digits and no trailing zeros
     * ("1e-4", "2.5e-3", "1e2"), so that the small penalties of a search over factor-10 steps stay apart instead
     * of all rounding to 0.000; "0" for none, "" for undefined.
     */
    public static String penalty(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        String scientific = String.format(Locale.ROOT, "%.2e", value);
        int e = scientific.indexOf('e');
        String mantissa = scientific.substring(0, e).replaceFirst("\\.?0+$", "");
        return mantissa + "e" + Integer.parseInt(scientific.substring(e + 1));
    }

    /** Four significant digits for doubles; everything else as {@link #exact}. */
    public static String readable(Object cell) {
        if (cell instanceof Double value && !value.isNaN() && !value.isInfinite() && value != Math.rint(value)) {
            double magnitude = Math.abs(value);
            if (magnitude >= 1e-3 && magnitude < 1e6) {
                int decimals = Math.max(0, READABLE_SIGNIFICANT_DIGITS - 1 - (int) Math.floor(Math.log10(magnitude)));
                return String.format(Locale.ROOT, "%." + decimals + "f", value);
            }
            return String.format(Locale.ROOT, "%.3e", value);
        }
        return exact(cell);
    }
}
