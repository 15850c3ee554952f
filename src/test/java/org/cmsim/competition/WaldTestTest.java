package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Wald z and two-sided p against the standard normal's tabulated quantiles. */
class WaldTestTest {

    @Test
    void twoSidedPValuesAtTheNormalsTabulatedQuantiles() {
        // Phi^-1(0.975) = 1.959963984540054, Phi^-1(0.995) = 2.575829303548901, Phi^-1(0.9995) = 3.290526731491926
        assertEquals(0.05, WaldTest.pValue(1.959963984540054), 1e-15);
        assertEquals(0.01, WaldTest.pValue(-2.575829303548901), 1e-15);
        assertEquals(0.001, WaldTest.pValue(3.290526731491926), 1e-15);
        assertEquals(1, WaldTest.pValue(0), 0);
        // Far in the tail, erfc keeps the value: P(|Z| >= 10) = 1.523970604832e-23 (erfc(10 / sqrt 2)).
        assertEquals(1.5239706048320e-23, WaldTest.pValue(10), 1e-35);
    }

    @Test
    void zIsTheEstimateOverItsStandardErrorWhenThereIsOne() {
        // lme4's small-item golden file: animacy 0.85738328 (SE 0.11945293).
        assertEquals(0.85738328 / 0.11945293, WaldTest.z(0.85738328, 0.11945293), 1e-15);
        assertTrue(Double.isNaN(WaldTest.z(1, 0)));
        assertTrue(Double.isNaN(WaldTest.z(1, Double.POSITIVE_INFINITY)));
        assertTrue(Double.isNaN(WaldTest.z(Double.NaN, 1)));
        assertTrue(Double.isNaN(WaldTest.pValue(Double.NaN)));
    }
}
