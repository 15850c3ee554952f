package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fitted mixed rule's derived numbers, by hand. */
class MixedFitTest {

    private static final double EXACT = 1e-12;

    private static MixedFit fit() {
        return new MixedFit(List.of("order=NVN", "animacy"), new double[] {1.5, -0.4}, new double[] {0.2, 0.1},
                List.of("", ""), List.of(new MixedFit.RandomSd("subject", "animacy", null, 0.3)),
                -120.5, 3, 400, true, List.of(), Double.POSITIVE_INFINITY, List.of(), "", false);
    }

    /** AIC = 2k - 2 lnL = 6 + 241 = 247; BIC = k ln(trials) - 2 lnL = 3 ln 400 + 241. */
    @Test
    void informationCriteriaCountEveryFreeParameter() {
        assertEquals(247, fit().aic(), EXACT);
        assertEquals(3 * Math.log(400) + 241, fit().bic(), EXACT);
    }

    /** With subjects, t(subjects - 1): SciPy's t.ppf(0.975, 39) = 2.022690920036761. */
    @Test
    void intervalsWithFiniteDegreesOfFreedomUseTheTQuantile() {
        MixedFit fit = new MixedFit(List.of("order=NVN"), new double[] {1.5}, new double[] {0.2}, List.of(""),
                List.of(), -120.5, 2, 400, true, List.of(), 39, List.of(), "", false);
        assertEquals(1.5 - 0.2 * 2.022690920036761, fit.waldLow(0), 1e-9);
        assertEquals(1.5 + 0.2 * 2.022690920036761, fit.waldHigh(0), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new MixedFit(List.of("a"), new double[] {1},
                new double[] {1}, List.of(""), List.of(), 0, 1, 10, true, List.of(), 0, List.of(), "", false));
    }

    /** Without a subject factor, Wald bounds estimate -+ 1.959964 SE, looked up by name or by index. */
    @Test
    void waldIntervalsAndLookupsByName() {
        MixedFit fit = fit();
        assertEquals(-0.4, fit.estimate("animacy"), EXACT);
        assertEquals(0.2, fit.se("order=NVN"), EXACT);
        assertEquals(1.5 - 0.2 * 1.959963984540054, fit.waldLow(0), EXACT);
        assertEquals(-0.4 + 0.1 * 1.959963984540054, fit.waldHigh(1), EXACT);
    }

    @Test
    void arraysAreCopiesAndLengthsMustAgree() {
        MixedFit fit = fit();
        fit.estimates()[0] = 9;
        fit.se()[0] = 9;
        assertArrayEquals(new double[] {1.5, -0.4}, fit.estimates());
        assertArrayEquals(new double[] {0.2, 0.1}, fit.se());
        assertThrows(IllegalArgumentException.class, () -> new MixedFit(List.of("a", "b"), new double[] {1},
                new double[] {1, 1}, List.of("", ""), List.of(), 0, 2, 10, true, List.of(), Double.POSITIVE_INFINITY, List.of(), "", false));
        assertThrows(IllegalArgumentException.class, () -> new MixedFit(List.of("a"), new double[] {1},
                new double[] {1, 1}, List.of(""), List.of(), 0, 2, 10, true, List.of(), Double.POSITIVE_INFINITY, List.of(), "", false));
        assertThrows(IllegalArgumentException.class, () -> new MixedFit(List.of("a"), new double[] {1},
                new double[] {1}, List.of("", ""), List.of(), 0, 2, 10, true, List.of(), Double.POSITIVE_INFINITY, List.of(), "", false));
    }
}
