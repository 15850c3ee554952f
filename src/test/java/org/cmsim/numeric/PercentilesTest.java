package org.cmsim.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Quantiles of replicates, as R's quantile(type = 7) gives them (Hyndman &amp; Fan 1996). */
class PercentilesTest {

    /** Type-7 quantiles of 1..5: the 0.25 quantile is 2, the 0.1 quantile 1.4 (R: quantile(1:5, .1)). */
    @Test
    void percentileIsRType7() {
        double[][] replicates = {{3}, {1}, {5}, {2}, {4}, {Double.NaN}};
        assertEquals(2.0, Percentiles.percentile(replicates, 0, 0.25), 1e-15);
        assertEquals(1.4, Percentiles.percentile(replicates, 0, 0.1), 1e-15);
        assertEquals(1.0, Percentiles.percentile(replicates, 0, 0), 0);
        assertEquals(5.0, Percentiles.percentile(replicates, 0, 1), 0);
        assertTrue(Double.isNaN(Percentiles.percentile(new double[][] {{Double.NaN}, {Double.NaN}}, 0, 0.5)),
                "no defined replicate, no quantile");
    }

    /** Between order statistics the quantile is linear: h = (n - 1) q, x[floor h] + (h - floor h)(x[ceil h] - x[floor h]). */
    @Test
    void quantilesInterpolateBetweenOrderStatisticsOfTheChosenParameter() {
        double[][] replicates = {{0, 10}, {9, 20}, {1, 40}, {3, 30}};
        // parameter 1 sorted: 10, 20, 30, 40; q = 0.5: h = 1.5 -> 25; q = 0.9: h = 2.7 -> 37
        assertEquals(25, Percentiles.percentile(replicates, 1, 0.5), 1e-12);
        assertEquals(37, Percentiles.percentile(replicates, 1, 0.9), 1e-12);
        // parameter 0 sorted: 0, 1, 3, 9; q = 1/3: h = 1 -> 1 exactly
        assertEquals(1, Percentiles.percentile(replicates, 0, 1.0 / 3), 1e-12);
        assertEquals(6, Percentiles.percentile(replicates, 0, 5.0 / 6), 1e-12);
        assertEquals(7.0, Percentiles.percentile(new double[][] {{7}}, 0, 0.3), 0, "one replicate is every quantile");
        assertTrue(Percentiles.percentile(replicates, 0, 0.5) < Percentiles.percentile(replicates, 0, 0.6));
    }
}
