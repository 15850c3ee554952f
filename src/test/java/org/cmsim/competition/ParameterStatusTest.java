package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.testing.CueDesigns;
import org.junit.jupiter.api.Test;

class ParameterStatusTest {

    @Test
    void statusFollowsSupportThenEstimability() {
        assertEquals(ParameterStatus.ABSENT, ParameterStatus.of(0, ParameterStatus.MEASURED, 20));
        assertEquals(ParameterStatus.ABSENT, ParameterStatus.of(Double.NaN, ParameterStatus.MEASURED, 20));
        assertEquals(ParameterStatus.SPARSE, ParameterStatus.of(19, ParameterStatus.MEASURED, 20));
        assertEquals(ParameterStatus.SPARSE, ParameterStatus.of(1, ParameterStatus.SEPARATED, 20));
        assertEquals(ParameterStatus.MEASURED, ParameterStatus.of(20, ParameterStatus.MEASURED, 20));
        assertEquals(ParameterStatus.SEPARATED, ParameterStatus.of(20, ParameterStatus.SEPARATED, 20));
        // Present, but not told apart from another parameter (confounded): its estimate is the prior's.
        assertEquals(ParameterStatus.SEPARATED, ParameterStatus.of(50, ParameterStatus.ABSENT, 20));
    }

    @Test
    void onlyMeasuredAndSeparatedParametersAreCompared() {
        assertTrue(ParameterStatus.MEASURED.comparable());
        assertTrue(ParameterStatus.SEPARATED.comparable());
        assertFalse(ParameterStatus.SPARSE.comparable());
        assertFalse(ParameterStatus.ABSENT.comparable());
        assertEquals("separated", ParameterStatus.SEPARATED.configName());
    }

    /** Support by hand: tokens of the rows where a column is non-zero, whichever way the cue points. */
    @Test
    void supportCountsTheTokensWhereAParameterIsPresent() {
        Design design = CueDesigns.of(new org.cmsim.model.Order[] {org.cmsim.model.Order.NVN,
                org.cmsim.model.Order.NVN, org.cmsim.model.Order.NNV}, new int[][] {{+1, 0}, {-1, 0}, {0, 0}});
        Counts counts = new Counts(new long[] {10, 7, 5}, new long[] {9, 1, 2});
        assertArrayEquals(new double[] {17, 5, 17, 0}, ParameterStatus.support(design, counts));
    }
}
