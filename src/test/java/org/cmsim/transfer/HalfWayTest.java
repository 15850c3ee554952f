package org.cmsim.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HalfWayTest {

    private static final long[] EXPOSURE = {0, 10, 100, 1000};

    @Test
    void progressRunsFromZeroAtTheStartToOneAtTheTarget() {
        // From 4 towards -2: a distance of -6; at 1 the learner has gone 3 of 6.
        assertArrayEquals(new double[] {0, 0.5, 1, 1.25}, HalfWay.progress(new double[] {4, 1, -2, -3.5}, -2), 1e-15);
    }

    @Test
    void halfWayIsTheFirstCheckpointAtHalfTheDistance() {
        // 0 -> 2: progress 0, 0.3, 0.6, 1.0; half-way first at exposure 100.
        assertEquals(100, HalfWay.exposure(EXPOSURE, new double[] {0, 0.6, 1.2, 2}, 2));
        // Exactly half counts.
        assertEquals(10, HalfWay.exposure(EXPOSURE, new double[] {0, 1, 1.2, 2}, 2));
    }

    @Test
    void aLearnerMovingTheWrongWayNeverGetsHalfWay() {
        assertEquals(Double.POSITIVE_INFINITY, HalfWay.exposure(EXPOSURE, new double[] {1, 0.5, 0, -1}, 3));
    }

    @Test
    void noTargetMeansNoHalfWayAndAStartAtTheTargetIsThereAtOnce() {
        assertTrue(Double.isNaN(HalfWay.exposure(EXPOSURE, new double[] {1, 2, 3, 4}, Double.NaN)));
        assertTrue(Double.isNaN(HalfWay.exposure(EXPOSURE, new double[] {1, 2, 3, 4}, Double.POSITIVE_INFINITY)));
        assertEquals(0, HalfWay.exposure(EXPOSURE, new double[] {2, 2.1, 1.9, 2}, 2));
    }

    @Test
    void quantilesOfHalfWaysKeepNeverReachedInfinite() {
        double inf = Double.POSITIVE_INFINITY;
        // Type 7: h = (n - 1) q. Four values, q = 0.5: h = 1.5, between 20 and 30.
        assertEquals(25, Quantiles.of(new double[] {30, 10, 20, 40}, 0.5), 1e-12);
        assertEquals(inf, Quantiles.of(new double[] {10, 20, inf, inf}, 0.5));
        assertEquals(20, Quantiles.of(new double[] {10, 20, 30, inf, Double.NaN}, 1.0 / 3), 1e-12);
        assertEquals(10.5, Quantiles.of(new double[] {10, 20, 30, inf}, 0.05 / 3), 1e-12);
        assertTrue(Double.isNaN(Quantiles.of(new double[] {Double.NaN}, 0.5)));
    }
}
