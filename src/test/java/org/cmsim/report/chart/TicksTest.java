package org.cmsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Axis marks against hand-worked values: nice steps 1, 2, 2.5, 5 x 10^k, decades on a log axis. */
class TicksTest {

    private static final double EXACT = 1e-12;

    @Test
    void stepsRoundUpToOneTwoTwoAndAHalfOrFive() {
        assertEquals(0.5, Ticks.niceStep(0.37), EXACT);
        assertEquals(2.0, Ticks.niceStep(1.3), EXACT);
        assertEquals(2.5, Ticks.niceStep(2.1), EXACT);
        assertEquals(50.0, Ticks.niceStep(26), EXACT);
        assertEquals(10.0, Ticks.niceStep(6), EXACT);
        assertEquals(1.0, Ticks.niceStep(1), EXACT);
    }

    @Test
    void marksAreMultiplesOfTheStepWithinTheRange() {
        // (1 - 0) / 7 = 0.143 -> step 0.2.
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0}, Ticks.linear(0, 1, 7), 1e-9);
        // (14.2 - -9.7) / 7 = 3.41 -> step 5.
        assertArrayEquals(new double[] {-5, 0, 5, 10}, Ticks.linear(-9.7, 14.2, 7), 1e-9);
        assertArrayEquals(new double[] {0.3}, Ticks.linear(0.3, 0.3 + 1e-3, 1), 1e-9);
    }

    @Test
    void labelsCarryTheDecimalsTheStepNeeds() {
        assertEquals("0.2", Ticks.label(0.2, 0.2));
        assertEquals("10", Ticks.label(10, 5));
        assertEquals("0.25", Ticks.label(0.25, 0.25));
        assertEquals("2.5", Ticks.label(2.5, 2.5));
        assertEquals("0.0", Ticks.label(-0.0001, 0.5));
        assertEquals("0", Ticks.label(-0.0001, 5));
        assertEquals("-650", Ticks.label(-650, 50));
    }

    @Test
    void logAxesAreMarkedAtDecadesWrittenOutOrScientific() {
        assertArrayEquals(new double[] {1e-4, 1e-3, 1e-2}, Ticks.decades(1e-4 / 3, 1e-2 * 3), 1e-15);
        assertArrayEquals(new double[] {1, 10, 100}, Ticks.decades(1, 100), 1e-12);
        assertEquals("1e-4", Ticks.decadeLabel(1e-4));
        assertEquals("1000", Ticks.decadeLabel(1000));
        assertEquals("1000000", Ticks.decadeLabel(1e6));
        assertEquals("1e7", Ticks.decadeLabel(1e7));
        assertEquals("1", Ticks.decadeLabel(1));
    }
}
