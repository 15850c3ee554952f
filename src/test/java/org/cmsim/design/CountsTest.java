package org.cmsim.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Choice counts and their log-likelihoods against hand computations. */
class CountsTest {

    @Test
    void countsThatCannotBeChoicesAreRefusedWithTheRow() {
        assertEquals("trials and n1 differ in length", assertThrows(IllegalArgumentException.class,
                () -> new Counts(new long[] {1, 2}, new long[] {1})).getMessage());
        assertEquals("need 0 <= n1 <= trials in row 1", assertThrows(IllegalArgumentException.class,
                () -> new Counts(new long[] {3, 2}, new long[] {1, 3})).getMessage());
        assertEquals("need 0 <= n1 <= trials in row 0", assertThrows(IllegalArgumentException.class,
                () -> new Counts(new long[] {-1}, new long[] {-1})).getMessage());
        assertEquals("need 0 <= n1 <= trials in row 0", assertThrows(IllegalArgumentException.class,
                () -> new Counts(new long[] {2}, new long[] {-1})).getMessage());
        assertEquals(0, new Counts(new long[] {0, 5}, new long[] {0, 5}).n1()[0]);
    }

    @Test
    void totalsAndProportions() {
        Counts counts = new Counts(new long[] {10, 0, 4}, new long[] {7, 0, 1});
        assertEquals(3, counts.size());
        assertEquals(14, counts.totalTrials());
        assertEquals(0.7, counts.proportion(0), 1e-15);
        assertTrue(Double.isNaN(counts.proportion(1)));
        assertEquals(0.25, counts.proportion(2), 1e-15);
    }

    /** ln L = sum n1 ln p + (n - n1) ln(1 - p), with 0 ln 0 = 0: a certain prediction of a certain count costs nothing. */
    @Test
    void logLikelihoodOfTheIndividualChoices() {
        Counts counts = new Counts(new long[] {10, 4, 5, 0}, new long[] {7, 4, 0, 0});
        double[] p = {0.6, 1, 0, 0.3};
        assertEquals(7 * Math.log(0.6) + 3 * Math.log(0.4), counts.logLikelihood(p), 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, counts.logLikelihood(new double[] {0.6, 0.9, 1, 0.3}));
    }

    /** The saturated model predicts each observed proportion; a row without trials adds nothing. */
    @Test
    void saturatedLogLikelihoodPredictsTheObservedProportions() {
        Counts counts = new Counts(new long[] {10, 4, 0}, new long[] {7, 1, 0});
        double expected = 7 * Math.log(0.7) + 3 * Math.log(0.3) + Math.log(0.25) + 3 * Math.log(0.75);
        assertEquals(expected, counts.saturatedLogLikelihood(), 1e-12);
        assertEquals(0, new Counts(new long[] {5, 5}, new long[] {0, 5}).saturatedLogLikelihood(), 0);
    }
}
