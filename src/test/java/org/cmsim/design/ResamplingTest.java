package org.cmsim.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bootstrap's resamples: tokens drawn again from the corpus, or trials within each condition. */
class ResamplingTest {

    /** A token resample keeps the corpus size, and each cell's mean count over many resamples is its count. */
    @Test
    void tokenResamplesKeepTheSizeAndOnAverageTheCells() {
        Counts counts = new Counts(new long[] {50, 30, 20}, new long[] {40, 0, 10});
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[] meanN1 = new double[3];
        double[] meanTrials = new double[3];
        int replicates = 4000;
        for (int r = 0; r < replicates; r++) {
            Counts resampled = Resampling.resampleTokens(counts, random);
            assertEquals(100, resampled.totalTrials());
            assertEquals(0, resampled.n1()[1], "a cell with no tokens is never drawn");
            for (int i = 0; i < 3; i++) {
                meanN1[i] += (double) resampled.n1()[i] / replicates;
                meanTrials[i] += (double) resampled.trials()[i] / replicates;
            }
        }
        // Monte Carlo SE of a mean count is sqrt(N p (1 - p) / 4000) < 0.08; allow 5 SE.
        assertArrayEquals(new double[] {40, 0, 10}, meanN1, 0.4);
        assertArrayEquals(new double[] {50, 30, 20}, meanTrials, 0.4);
    }

    /**
     * Resampling trials within a condition: n1 is Binomial(trials, observed share), so over 3,000 replicates of
     * 30 in 40 the share has mean 0.75 and variance 0.75 x 0.25 / 40 (4 SE each); conditions at 0% or 100%
     * stay there, and the trials never change.
     */
    @Test
    void trialResamplesAreBinomialAroundTheObservedShare() {
        Counts counts = new Counts(new long[] {40, 25, 1000}, new long[] {30, 0, 1000});
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        int replicates = 3000;
        double sum = 0;
        double squares = 0;
        for (int r = 0; r < replicates; r++) {
            Counts resampled = Resampling.resampleTrials(counts, random);
            assertArrayEquals(counts.trials(), resampled.trials());
            assertEquals(0, resampled.n1()[1]);
            assertEquals(1000, resampled.n1()[2]);
            double share = resampled.proportion(0);
            sum += share;
            squares += (share - 0.75) * (share - 0.75);
        }
        double variance = 0.75 * 0.25 / 40;
        assertEquals(0.75, sum / replicates, 4 * Math.sqrt(variance / replicates));
        assertEquals(variance, squares / replicates, 4 * variance * Math.sqrt(2.0 / replicates));
    }

    /** The same seed draws the same resample; types are drawn in order, so the last cell takes what is left. */
    @Test
    void theSameSeedDrawsTheSameResampleAndEveryTokenIsPlaced() {
        Counts counts = new Counts(new long[] {3, 2, 5}, new long[] {1, 2, 0});
        Counts once = Resampling.resampleTokens(counts, new java.util.SplittableRandom(9));
        Counts again = Resampling.resampleTokens(counts, new java.util.SplittableRandom(9));
        assertArrayEquals(once.trials(), again.trials());
        assertArrayEquals(once.n1(), again.n1());
        for (int i = 0; i < 3; i++) {
            assertEquals(true, once.n1()[i] <= once.trials()[i]);
        }
        Counts single = Resampling.resampleTokens(new Counts(new long[] {4}, new long[] {4}),
                new java.util.SplittableRandom(1));
        assertArrayEquals(new long[] {4}, single.trials(), "one cell takes every token");
        assertArrayEquals(new long[] {4}, single.n1());
    }
}
