package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoodnessOfFitTest {

    /** Two conditions, 10 trials each, 7 and 2 n1 choices; a one-parameter fit predicting 0.6 and 0.3. */
    @Test
    void criteriaMatchHandComputation() {
        Counts counts = new Counts(new long[] {10, 10}, new long[] {7, 2});
        RuleFit fit = new RuleFit("test", List.of("a"), new double[] {0}, new double[] {0},
                new double[] {0.6, 0.3}, counts.logLikelihood(new double[] {0.6, 0.3}), 1, List.of(""), true);
        GoodnessOfFit g = GoodnessOfFit.of(fit, counts);
        double logLik = 7 * Math.log(0.6) + 3 * Math.log(0.4) + 2 * Math.log(0.3) + 8 * Math.log(0.7);
        double saturated = 7 * Math.log(0.7) + 3 * Math.log(0.3) + 2 * Math.log(0.2) + 8 * Math.log(0.8);
        assertEquals(logLik, g.logLik(), 1e-12);
        assertEquals(2 * (saturated - logLik), g.g2(), 1e-12);
        assertEquals(1, g.df());
        assertEquals(2 - 2 * logLik, g.aic(), 1e-12);
        assertEquals(Math.log(20) - 2 * logLik, g.bic(), 1e-12);
        assertEquals(Math.sqrt((0.01 + 0.01) / 2), g.rmse(), 1e-12);
        assertEquals(1.0, g.r(), 1e-12);   // two points always lie on a line
    }

    @Test
    void akaikeWeightsFollowTheirDefinition() {
        GoodnessOfFit a = new GoodnessOfFit(0, 0, 0, 100, 0, 0, 0);
        GoodnessOfFit b = new GoodnessOfFit(0, 0, 0, 102, 0, 0, 0);
        double[] w = GoodnessOfFit.akaikeWeights(List.of(a, b));
        assertEquals(1 / (1 + Math.exp(-1)), w[0], 1e-15);
        assertEquals(Math.exp(-1) / (1 + Math.exp(-1)), w[1], 1e-15);
    }

    @Test
    void pearsonMatchesHandValue() {
        // x = 1,2,3; y = 1,3,2: sxy = 1, sxx = 2, syy = 2 -> r = 0.5
        assertEquals(0.5, GoodnessOfFit.pearson(new double[] {1, 2, 3}, new double[] {1, 3, 2}), 1e-15);
    }
}
