package org.cmsim.transfer;

import java.util.Arrays;

/**
 * Quantiles of replicates that may be infinite (a half-way point never reached is +infinity): type 7 of
 * Hyndman &amp; Fan (1996), R's default, NaN values left out; between a finite and an infinite order
 * statistic the quantile is infinite unless it falls on the finite one.
 */
public final class Quantiles {

    private Quantiles() {
    }

    public static double of(double[] replicates, double q) {
        double[] values = Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        double h = (values.length - 1) * q;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, values.length - 1);
        double fraction = h - low;
        if (fraction == 0 || values[low] == values[high]) {
            return values[low];
        }
        // skip inf - inf: an infinite upper neighbour makes the quantile infinite
        return Double.isInfinite(values[high]) || Double.isInfinite(values[low])
                ? (Double.isInfinite(values[high]) ? values[high] : values[low])
                : values[low] + fraction * (values[high] - values[low]);
    }
}
