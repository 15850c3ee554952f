package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HierarchyRuleTest {

    /** Parameters: order NVN, NNV, VNN directions; animacy rank; agreement rank; lapse. */
    @Test
    void strongestPresentCueDecides() throws Exception {
        Design design = Fixtures.factorialDesign();
        double[] parameters = {1, -1, 1, 2, 1, 0.2};   // agreement > animacy > order
        double[] p = new HierarchyRule().predict(design, parameters);
        for (int i = 0; i < design.rows(); i++) {
            int animacy = design.direction(i, 0);
            int agreement = design.direction(i, 1);
            int order = (int) parameters[design.level(i)];
            int decider = agreement != 0 ? agreement : animacy != 0 ? animacy : order;
            assertEquals(decider > 0 ? 0.9 : 0.1, p[i], 1e-15);
        }
    }

    @Test
    void exhaustiveSearchFindsTheGeneratingRanking() throws Exception {
        Design design = Fixtures.factorialDesign();
        double[] truth = {1, -1, 1, 1, Double.NaN, 0.3};   // animacy above order; agreement below it
        RuleFit fit = new HierarchyRule().fit(design, Fixtures.expected(new HierarchyRule().predict(design, truth),
                1000));
        assertEquals(1, fit.estimate("animacy"));
        assertTrue(Double.isNaN(fit.estimate("agreement")));
        assertEquals(1, fit.estimate("order=NVN"));
        assertEquals(-1, fit.estimate("order=NNV"));
        assertEquals(0.3, fit.estimate(HierarchyRule.LAPSE), 1e-12);
        assertEquals(1 + 3 + 1, fit.freeParameters());
    }

    /**
     * Lapse by hand: with the counts below every condition is decided; 1 - lapse/2 is the share of
     * decided choices that follow the deciding cue, and the log-likelihood is that of a binomial.
     */
    @Test
    void lapseIsTheMaximumLikelihoodShareOfChoicesAgainstTheDecidingCue() throws Exception {
        Design design = Fixtures.factorialDesign();
        double[] truth = {1, -1, 1, 2, 1, 0.2};
        double[] p = new HierarchyRule().predict(design, truth);
        long[] trials = new long[p.length];
        long[] n1 = new long[p.length];
        long against = 0;
        for (int i = 0; i < p.length; i++) {
            trials[i] = 10;
            n1[i] = p[i] > 0.5 ? 8 + i % 3 : 2 - i % 3;   // 8..10 or 0..2 of 10 follow the decider
            against += p[i] > 0.5 ? 10 - n1[i] : n1[i];
        }
        RuleFit fit = new HierarchyRule().fit(design, new Counts(trials, n1));
        double lapse = 2.0 * against / (10.0 * p.length);
        assertEquals(lapse, fit.estimate(HierarchyRule.LAPSE), 1e-12);
        double follow = 1 - lapse / 2;
        double total = 10.0 * p.length;
        double expected = (total - against) * Math.log(follow) + against * Math.log(1 - follow);
        assertEquals(expected, fit.logLik(), 1e-9);
        // se of a binomial share q over all choices, times 2 because lapse = 2 (1 - q)
        assertEquals(2 * Math.sqrt(follow * (1 - follow) / total), fit.se(HierarchyRule.LAPSE), 1e-12);
    }
}
