package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.design.SubjectClusters;
import org.cmsim.numeric.Percentiles;
import org.cmsim.testing.Fixtures;
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
            double low = Percentiles.percentile(replicates, j, 0.025);
            double high = Percentiles.percentile(replicates, j, 0.975);
            assertEquals(full.waldHigh(j) - full.waldLow(j), high - low, 0.25 * (high - low), full.parameters().get(j));
            assertTrue(low < full.estimates()[j] && full.estimates()[j] < high);
        }
    }

    /** A design with one row and one parameter, order=NVN: the multiplicative estimate is logit(n1 / trials). */
    private static Design oneRow() throws Exception {
        Design golden = Fixtures.golden().design();
        org.cmsim.model.Stimulus nvn = golden.stimuli().stream()
                .filter(s -> s.order() == org.cmsim.model.Order.NVN).findFirst().orElseThrow();
        return Design.of(java.util.List.of(nvn), java.util.List.of());
    }

    private static double logistic(double w) {
        return 1 / (1 + Math.exp(-w));
    }

    /**
     * The cluster bootstrap on one condition and four subjects choosing n1 in 2, 4, 6 and 8 of 10 trials: a
     * replicate's estimate is logit of the mean share of the four subjects drawn, so its share is one of
     * (2 + 2 + 2 + 2) / 40 .. (8 + 8 + 8 + 8) / 40; over 2,000 replicates the share has the bootstrap mean 0.5 and
     * variance 0.05 / 4 (the subjects' shares have population variance 0.05), within 4 SE.
     */
    @Test
    void clusterReplicatesRefitTheSubjectsDrawn() throws Exception {
        Design design = oneRow();
        java.util.List<Counts> subjects = new java.util.ArrayList<>();
        for (long n1 : new long[] {2, 4, 6, 8}) {
            subjects.add(new Counts(new long[] {10}, new long[] {n1}));
        }
        SubjectClusters clusters = new SubjectClusters(java.util.List.of("s1", "s2", "s3", "s4"), subjects);
        Counts total = new Counts(new long[] {40}, new long[] {20});
        for (ChoiceRule rule : java.util.List.of(new MultiplicativeRule(), new AdditiveRule())) {
            RuleFit full = rule.fit(design, total);
            int replicates = 2000;
            double[][] estimates = Bootstrap.clusterReplicates(rule, design, clusters, full, replicates, 23, 2);
            double sum = 0;
            double squares = 0;
            for (double[] estimate : estimates) {
                // Multiplicative: P = logistic(w); additive: P = 0.5 + a / 2.
                double share = rule instanceof MultiplicativeRule ? logistic(estimate[0]) : 0.5 + estimate[0] / 2;
                double forty = share * 40;
                assertEquals(Math.round(forty / 2) * 2, forty, 1e-4, rule.name() + ": an even count of 8..32");
                sum += share;
                squares += (share - 0.5) * (share - 0.5);
            }
            double variance = 0.05 / 4;
            assertEquals(0.5, sum / replicates, 4 * Math.sqrt(variance / replicates), rule.name());
            assertEquals(variance, squares / replicates, 4 * variance * Math.sqrt(2.0 / replicates), rule.name());
        }
    }

    /**
     * Token resamples of a one-type corpus (60 n1 and 40 n2 agents): the refit share is Binomial(100, 0.6) / 100,
     * mean 0.6 and variance 0.0024 over 2,000 replicates (4 SE); the same seed gives the same fits on 1 and 2
     * threads.
     */
    @Test
    void tokenReplicatesRefitMultinomialResamples() throws Exception {
        Design design = oneRow();
        Counts corpus = new Counts(new long[] {100}, new long[] {60});
        RuleFit full = new MultiplicativeRule().fit(design, corpus);
        int replicates = 2000;
        java.util.List<RuleFit> fits = Bootstrap.overTokens(design, corpus, full, replicates, 31, 2);
        double sum = 0;
        double squares = 0;
        for (RuleFit fit : fits) {
            double share = logistic(fit.estimates()[0]);
            sum += share;
            squares += (share - 0.6) * (share - 0.6);
        }
        double variance = 0.6 * 0.4 / 100;
        assertEquals(0.6, sum / replicates, 4 * Math.sqrt(variance / replicates));
        assertEquals(variance, squares / replicates, 4 * variance * Math.sqrt(2.0 / replicates));
        assertArrayEquals(fits.get(7).estimates(), Bootstrap.overTokens(design, corpus, full, 8, 31, 1).get(7)
                .estimates(), 0);
    }
}
