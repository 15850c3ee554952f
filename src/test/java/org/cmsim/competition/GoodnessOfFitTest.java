package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cmsim.design.Counts;
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

    /** Pearson's r by the one-pass textbook formula, (n Sxy - Sx Sy) / sqrt((n Sxx - Sx^2)(n Syy - Sy^2)). */
    private static double textbookPearson(double[] x, double[] y) {
        double n = x.length;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            sx += x[i];
            sy += y[i];
            sxx += x[i] * x[i];
            syy += y[i] * y[i];
            sxy += x[i] * y[i];
        }
        return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    }

    /** A condition without trials has no observed proportion: it counts in no criterion, nor in df. */
    @Test
    void conditionsWithoutTrialsCountNowhere() {
        Counts counts = new Counts(new long[] {10, 10, 0, 10}, new long[] {7, 2, 0, 5});
        double[] predicted = {0.6, 0.3, 0.9, 0.55};
        RuleFit fit = new RuleFit("test", List.of("a", "b"), new double[2], new double[2], predicted,
                counts.logLikelihood(predicted), 2, List.of("", ""), true);
        GoodnessOfFit g = GoodnessOfFit.of(fit, counts);
        double logLik = 7 * Math.log(0.6) + 3 * Math.log(0.4) + 2 * Math.log(0.3) + 8 * Math.log(0.7)
                + 5 * Math.log(0.55) + 5 * Math.log(0.45);
        assertEquals(logLik, g.logLik(), 1e-12);
        assertEquals(3 - 2, g.df());
        assertEquals(4 - 2 * logLik, g.aic(), 1e-12);
        assertEquals(2 * Math.log(30) - 2 * logLik, g.bic(), 1e-12);
        assertEquals(Math.sqrt((0.01 + 0.01 + 0.0025) / 3), g.rmse(), 1e-12);
        assertEquals(textbookPearson(new double[] {0.7, 0.2, 0.5}, new double[] {0.6, 0.3, 0.55}), g.r(), 1e-12);
    }

    @Test
    void agreementIsUndefinedWithoutEnoughConditionsOrVariance() {
        assertTrue(Double.isNaN(GoodnessOfFit.rmse(new double[0], new double[0])));
        assertTrue(Double.isNaN(GoodnessOfFit.pearson(new double[] {0.3}, new double[] {0.4})));
        assertTrue(Double.isNaN(GoodnessOfFit.pearson(new double[] {0.3, 0.3, 0.3}, new double[] {0.1, 0.5, 0.2})));
        assertTrue(Double.isNaN(GoodnessOfFit.pearson(new double[] {0.1, 0.5, 0.2}, new double[] {0.3, 0.3, 0.3})));
    }

    /**
     * r is computed on centred values, so a large common offset does not drown it: at 1e8 the one-pass
     * formula loses every digit, the centred one keeps r to 1e-7.
     */
    @Test
    void pearsonStaysAccurateFarFromZero() {
        double[] x = {1.3, 2.9, 2.1, 4.7, 3.3};
        double[] y = {0.4, 1.7, 2.6, 2.2, 3.9};
        double[] farX = new double[x.length];
        double[] farY = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            farX[i] = 1e8 + x[i];
            farY[i] = 1e8 + y[i];
        }
        double r = textbookPearson(x, y);
        assertEquals(r, GoodnessOfFit.pearson(x, y), 1e-12);
        assertEquals(r, GoodnessOfFit.pearson(farX, farY), 1e-7);
        assertEquals(Math.sqrt((0.81 + 1.44 + 0.25 + 6.25 + 0.36) / 5), GoodnessOfFit.rmse(x, y), 1e-12);
    }
}
