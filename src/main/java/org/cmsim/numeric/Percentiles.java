package org.cmsim.numeric;

import java.util.Arrays;

/** Quantiles of replicates (bootstrap refits, heads), as the intervals of both models report them. */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * The q-quantile of one parameter's replicates (type 7 of Hyndman &amp; Fan 1996, R's default),
     * ignoring undefined values; NaN when none is defined.
     */
    public static double percentile(double[][] replicates, int parameter, double q) {
        double[] values = Arrays.stream(replicates).mapToDouble(r -> r[parameter]).filter(v -> !Double.isNaN(v))
                .sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        double h = (values.length - 1) * q;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, values.length - 1);
        return values[low] + (h - low) * (values[high] - values[low]);
    }
}
