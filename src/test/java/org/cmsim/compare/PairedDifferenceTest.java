package org.cmsim.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cmsim.design.Counts;
import org.junit.jupiter.api.Test;

/** The head's difference from another model on the same held-out tokens, and its two intervals, by hand. */
class PairedDifferenceTest {

    /** Three folds of two types: type 0's tokens with n1 as agent 3, 1, 2 of 4, 3, 2; type 1 half and half. */
    private static final List<Counts> FOLDS = List.of(
            new Counts(new long[] {4, 2}, new long[] {3, 0}),
            new Counts(new long[] {3, 1}, new long[] {1, 1}),
            new Counts(new long[] {2, 2}, new long[] {2, 0}));

    private static double[][] everyFold(double... logits) {
        return new double[][] {logits.clone(), logits.clone(), logits.clone()};
    }

    /**
     * The model says P(n1) = 3/4 for type 0 (logit ln 3) and 1/2 for type 1; the baseline 1/2 for both. A type-0
     * token adds ln(3/4) - ln(1/2) = ln 1.5 when n1 is the agent and ln(1/4) - ln(1/2) = ln 0.5 when not; type 1
     * adds 0. Per fold: 3 ln 1.5 + ln 0.5, ln 1.5 + 2 ln 0.5, 2 ln 1.5; the t interval uses t(2) = 4.3027.
     */
    @Test
    void differencesPerFoldAndTheirTIntervalByHand() {
        PairedDifference d = PairedDifference.of("head", everyFold(Math.log(3), 0),
                Map.of("uniform", everyFold(0, 0)), FOLDS, 500, 11, 2).get(0);
        double up = Math.log(1.5);
        double down = Math.log(0.5);
        double[] byFold = {3 * up + down, up + 2 * down, 2 * up};
        assertArrayEquals(byFold, d.byFold(), 1e-12);
        assertEquals(6 * up + 3 * down, d.total(), 1e-12);
        double mean = d.total() / 3;
        double sd = Math.sqrt(((byFold[0] - mean) * (byFold[0] - mean) + (byFold[1] - mean) * (byFold[1] - mean)
                + (byFold[2] - mean) * (byFold[2] - mean)) / 2);
        assertEquals(mean, d.meanOverFolds(), 1e-12);
        assertEquals(mean - 4.302652729911275 * sd / Math.sqrt(3), d.foldLow(), 1e-9);
        assertEquals(mean + 4.302652729911275 * sd / Math.sqrt(3), d.foldHigh(), 1e-9);
        assertEquals("head", d.model());
        assertEquals("uniform", d.baseline());
        assertEquals(500, d.replicates());
        // Nine type-0 tokens (six n1, three n2) and five type-1 tokens: a resample's sum lies between all draws
        // ln 0.5 and all draws ln 1.5 over its 14 tokens.
        assertTrue(d.tokenLow() < d.total() && d.total() < d.tokenHigh(), d.toString());
        assertTrue(d.tokenLow() >= 14 * down && d.tokenHigh() <= 14 * up);
    }

    /** When every token favours the model by the same amount, every resample sums to N times it: a point. */
    @Test
    void aDifferenceTheSameForEveryTokenHasAPointInterval() {
        List<Counts> allN1 = List.of(new Counts(new long[] {5}, new long[] {5}), new Counts(new long[] {2}, new long[] {2}),
                new Counts(new long[] {3}, new long[] {3}));
        List<PairedDifference> both = PairedDifference.of("head", everyFold(Math.log(3)),
                PairedDifference.baselines(List.of("uniform", "rule"), List.of(everyFold(0), everyFold(Math.log(7)))),
                allN1, 200, 5, 1);
        double better = 10 * Math.log(0.75 / 0.5);
        assertEquals(better, both.get(0).tokenLow(), 1e-9);
        assertEquals(better, both.get(0).tokenHigh(), 1e-9);
        assertEquals(PairedDifference.Verdict.BETTER, both.get(0).verdict());
        double worse = 10 * Math.log(0.75 / 0.875);
        assertEquals(worse, both.get(1).total(), 1e-9);
        assertEquals(worse, both.get(1).tokenHigh(), 1e-9);
        assertEquals(PairedDifference.Verdict.WORSE, both.get(1).verdict());
        assertEquals("rule", both.get(1).baseline());
    }

    @Test
    void theBootstrapIsSeededAndTheSameOnAnyNumberOfThreads() {
        PairedDifference one = PairedDifference.of("head", everyFold(Math.log(3), 0), Map.of("x", everyFold(0, 0)),
                FOLDS, 300, 9, 1).get(0);
        PairedDifference two = PairedDifference.of("head", everyFold(Math.log(3), 0), Map.of("x", everyFold(0, 0)),
                FOLDS, 300, 9, 3).get(0);
        assertEquals(one.tokenLow(), two.tokenLow(), 0);
        assertEquals(one.tokenHigh(), two.tokenHigh(), 0);
        assertEquals(PairedDifference.Verdict.UNDECIDED, new PairedDifference("a", "b", 1, new double[3], 0, -1, 1, -2,
                3, 10).verdict());
    }
}
