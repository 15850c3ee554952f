package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFitTest {

    private static RuleFit twoParameters(List<String> notes) {
        return new RuleFit("multiplicative", List.of("order=NVN", "animacy"), new double[] {0.8, 1.5},
                new double[] {0.2, 0.5}, new double[] {0.6, 0.9, 0.4}, -12.5, 2, notes, true,
                List.of(ParameterStatus.MEASURED, ParameterStatus.SEPARATED), new double[] {40, 12});
    }

    @Test
    void waldIntervalsAreTheEstimatePlusMinus1point96StandardErrors() {
        RuleFit fit = twoParameters(List.of("", ""));
        assertEquals(0.8 - 1.959963984540054 * 0.2, fit.waldLow(0), 1e-15);
        assertEquals(0.8 + 1.959963984540054 * 0.2, fit.waldHigh(0), 1e-15);
        assertEquals(1.5 - 1.959963984540054 * 0.5, fit.waldLow(1), 1e-15);
        assertEquals(1.5 + 1.959963984540054 * 0.5, fit.waldHigh(1), 1e-15);
    }

    @Test
    void parametersAreFoundByName() {
        RuleFit fit = twoParameters(List.of("", ""));
        assertEquals(1, fit.index("animacy"));
        assertEquals(1.5, fit.estimate("animacy"));
        assertEquals(0.2, fit.se("order=NVN"));
        assertEquals("no parameter case in [order=NVN, animacy]",
                assertThrows(IllegalArgumentException.class, () -> fit.index("case")).getMessage());
    }

    @Test
    void statusCombinesSupportAndEstimability() {
        RuleFit fit = twoParameters(List.of("", "diverges to +infinity"));
        assertEquals(ParameterStatus.MEASURED, fit.status(0, 20));
        assertEquals(ParameterStatus.SPARSE, fit.status(1, 20));
        assertEquals(ParameterStatus.SEPARATED, fit.status(1, 12));
        assertEquals(ParameterStatus.SPARSE, fit.status(0, 41));
        assertTrue(fit.flagged());
        assertFalse(twoParameters(List.of("", "")).flagged());
    }

    /** A rule that does not count support (additive, hierarchy) never makes a parameter sparse or absent. */
    @Test
    void aFitWithoutSupportCountsHasEveryParameterMeasured() {
        RuleFit fit = new RuleFit("additive", List.of("a", "b"), new double[] {0.1, 0.2}, new double[] {0.01, 0.02},
                new double[] {0.5}, -3, 2, List.of("", ""), true);
        assertEquals(List.of(ParameterStatus.MEASURED, ParameterStatus.MEASURED), fit.estimability());
        assertTrue(Double.isNaN(fit.present()[0]) && Double.isNaN(fit.present()[1]));
        assertEquals(ParameterStatus.MEASURED, fit.status(1, Double.MAX_VALUE));
    }

    @Test
    void oneEstimateStandardErrorNoteStatusAndSupportPerParameter() {
        List<String> two = List.of("a", "b");
        List<ParameterStatus> measured = List.of(ParameterStatus.MEASURED, ParameterStatus.MEASURED);
        String message = "one estimate, se and note per parameter";
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> new RuleFit("r", two,
                new double[1], new double[2], new double[0], 0, 2, List.of("", ""), true, measured,
                new double[2])).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> new RuleFit("r", two,
                new double[2], new double[3], new double[0], 0, 2, List.of("", ""), true, measured,
                new double[2])).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> new RuleFit("r", two,
                new double[2], new double[2], new double[0], 0, 2, List.of(""), true, measured,
                new double[2])).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> new RuleFit("r", two,
                new double[2], new double[2], new double[0], 0, 2, List.of("", ""), true,
                List.of(ParameterStatus.MEASURED), new double[2])).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> new RuleFit("r", two,
                new double[2], new double[2], new double[0], 0, 2, List.of("", ""), true, measured,
                new double[1])).getMessage());
    }

    /** A fit is a value: neither the arrays it was made from nor those it hands out can change it. */
    @Test
    void arraysGoInAndComeOutAsCopies() {
        double[] estimates = {0.8, 1.5};
        double[] se = {0.2, 0.5};
        double[] predicted = {0.6, 0.9};
        double[] present = {40, 12};
        RuleFit fit = new RuleFit("r", List.of("a", "b"), estimates, se, predicted, -1, 2, List.of("", ""), true,
                List.of(ParameterStatus.MEASURED, ParameterStatus.MEASURED), present);
        estimates[0] = se[0] = predicted[0] = present[0] = -9;
        fit.estimates()[1] = fit.se()[1] = fit.predicted()[1] = fit.present()[1] = -9;
        assertArrayEquals(new double[] {0.8, 1.5}, fit.estimates());
        assertArrayEquals(new double[] {0.2, 0.5}, fit.se());
        assertArrayEquals(new double[] {0.6, 0.9}, fit.predicted());
        assertArrayEquals(new double[] {40, 12}, fit.present());
    }
}
