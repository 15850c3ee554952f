package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.design.SubjectClusters;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.Stimulus;
import org.cmsim.testing.CueDesigns;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    /**
     * Leave-one-out on one condition without cues: the multiplicative fit is the training proportion,
     * so a held-out n1 choice is predicted with (k-1)/(n-1) and an n2 choice with k/(n-1).
     */
    @Test
    void leaveOneOutMatchesHandComputation() {
        FeatureValues none = FeatureValues.unknown(0);
        Design design = Design.of(List.of(new Stimulus(Order.NVN, none, none, none)), List.of());
        long n = 12;
        long k = 9;
        double cv = CrossValidation.logLikelihood(new MultiplicativeRule(), design,
                new Counts(new long[] {n}, new long[] {k}), (int) n, 5);
        double expected = k * Math.log((k - 1.0) / (n - 1)) + (n - k) * Math.log(1 - k / (n - 1.0));
        assertEquals(expected, cv, 1e-9);
    }

    /** Held-out log-likelihood of one condition's trials predicted one at a time by the others' proportion. */
    private static double leaveOneOut(long n, long k) {
        return k * Math.log((k - 1.0) / (n - 1)) + (n - k) * Math.log(1 - k / (n - 1.0));
    }

    /**
     * Every condition deals its trials to the folds on its own: with 12 folds, NVN's 12 trials and NNV's 6 are
     * each held out one at a time, and the order levels are fitted apart, so each sum is its own leave-one-out.
     */
    @Test
    void eachConditionDealsItsTrialsToTheFolds() {
        Design design = CueDesigns.of(new Order[] {Order.NVN, Order.NNV}, new int[][] {{}, {}});
        Counts counts = new Counts(new long[] {12, 6}, new long[] {9, 4});
        for (long seed : new long[] {1, 2, 3}) {
            double cv = CrossValidation.logLikelihood(new MultiplicativeRule(), design, counts, 12, seed);
            assertEquals(leaveOneOut(12, 9) + leaveOneOut(6, 4), cv, 1e-9, "seed " + seed);
        }
    }

    /** Three subjects in three folds: each is predicted by the pooled proportion of the other two. */
    @Test
    void leaveOneSubjectOutMatchesHandComputation() {
        Design design = CueDesigns.of(new Order[] {Order.NVN}, new int[][] {{}});
        SubjectClusters clusters = new SubjectClusters(List.of("s1", "s2", "s3"), List.of(
                new Counts(new long[] {10}, new long[] {7}), new Counts(new long[] {10}, new long[] {4}),
                new Counts(new long[] {10}, new long[] {9})));
        double expected = 7 * Math.log(0.65) + 3 * Math.log(0.35) + 4 * Math.log(0.8) + 6 * Math.log(0.2)
                + 9 * Math.log(0.55) + Math.log(0.45);
        assertEquals(expected, CrossValidation.logLikelihoodBySubject(new MultiplicativeRule(), design, clusters, 3, 7),
                1e-9);
        // Two subjects in two folds: each is predicted by the other.
        SubjectClusters two = new SubjectClusters(List.of("s1", "s2"), clusters.counts().subList(0, 2));
        assertEquals(7 * Math.log(0.4) + 3 * Math.log(0.6) + 4 * Math.log(0.7) + 6 * Math.log(0.3),
                CrossValidation.logLikelihoodBySubject(new MultiplicativeRule(), design, two, 2, 7), 1e-9);
    }

    @Test
    void impossibleFoldCountsAreRefused() {
        Design design = CueDesigns.of(new Order[] {Order.NVN}, new int[][] {{}});
        Counts counts = new Counts(new long[] {10}, new long[] {7});
        assertEquals("cross-validation needs at least 2 folds", assertThrows(IllegalArgumentException.class,
                () -> CrossValidation.logLikelihood(new MultiplicativeRule(), design, counts, 1, 1)).getMessage());
        SubjectClusters clusters = new SubjectClusters(List.of("s1", "s2"), List.of(counts, counts));
        for (int folds : new int[] {1, 3}) {
            assertEquals("cross-validation by subject needs 2 to 2 folds", assertThrows(IllegalArgumentException.class,
                    () -> CrossValidation.logLikelihoodBySubject(new MultiplicativeRule(), design, clusters, folds, 1))
                    .getMessage());
        }
    }
}
