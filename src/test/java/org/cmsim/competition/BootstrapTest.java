package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        MultiplicativeRule rule = new MultiplicativeRule();
        RuleFit full = rule.fit(golden.design(), golden.counts());
        double[][] one = Bootstrap.replicates(rule, golden.design(), golden.counts(), full, 64, 42, 1);
        double[][] four = Bootstrap.replicates(rule, golden.design(), golden.counts(), full, 64, 42, 4);
        for (int r = 0; r < one.length; r++) {
            assertArrayEquals(one[r], four[r], 0.0);
        }
    }

    /** Percentile intervals agree with the Wald intervals on well-behaved data (large-sample theory). */
    @Test
    void percentileIntervalsAgreeWithWaldIntervals() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        MultiplicativeRule rule = new MultiplicativeRule();
        RuleFit full = rule.fit(golden.design(), golden.counts());
        double[][] replicates = Bootstrap.replicates(rule, golden.design(), golden.counts(), full, 1000, 3, 2);
        for (int j = 0; j < full.parameters().size(); j++) {
            double low = Bootstrap.percentile(replicates, j, 0.025);
            double high = Bootstrap.percentile(replicates, j, 0.975);
            assertEquals(full.waldHigh(j) - full.waldLow(j), high - low, 0.25 * (high - low), full.parameters().get(j));
            assertTrue(low < full.estimates()[j] && full.estimates()[j] < high);
        }
    }

    /** Type-7 quantiles of 1..5: the 0.25 quantile is 2, the 0.1 quantile 1.4 (R: quantile(1:5, .1)). */
    @Test
    void percentileIsRType7() {
        double[][] replicates = {{3}, {1}, {5}, {2}, {4}, {Double.NaN}};
        assertEquals(2.0, Bootstrap.percentile(replicates, 0, 0.25), 1e-15);
        assertEquals(1.4, Bootstrap.percentile(replicates, 0, 0.1), 1e-15);
    }

    /** A token resample keeps the corpus size, and each cell's mean count over many resamples is its count. */
    @Test
    void tokenResamplesKeepTheSizeAndOnAverageTheCells() {
        Counts counts = new Counts(new long[] {50, 30, 20}, new long[] {40, 0, 10});
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[] meanN1 = new double[3];
        double[] meanTrials = new double[3];
        int replicates = 4000;
        for (int r = 0; r < replicates; r++) {
            Counts resampled = Bootstrap.resampleTokens(counts, random);
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
}
