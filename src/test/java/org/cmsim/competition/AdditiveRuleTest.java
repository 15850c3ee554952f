package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AdditiveRuleTest {

    @Test
    void predictionIsHalfPlusHalfTheSignedSum() throws Exception {
        Design design = Fixtures.factorialDesign();
        double[] a = {0.3, -0.2, 0.1, 0.2, 0.4};
        double[] p = new AdditiveRule().predict(design, a);
        for (int i = 0; i < design.rows(); i++) {
            double sum = 0;
            for (int j = 0; j < a.length; j++) {
                sum += a[j] * design.row(i)[j];
            }
            assertEquals(0.5 + sum / 2, p[i], 1e-15);
        }
    }

    @Test
    void fitRecoversWeightsFromExpectedProportions() throws Exception {
        Design design = Fixtures.factorialDesign();
        double[] truth = {0.35, -0.25, 0.1, 0.4, 0.2};
        RuleFit fit = new AdditiveRule().fit(design, Fixtures.expected(new AdditiveRule().predict(design, truth),
                1_000_000));
        for (int j = 0; j < truth.length; j++) {
            assertEquals(truth[j], fit.estimates()[j], 1e-5, design.parameters().get(j));
        }
    }

    /** At an interior optimum the log-likelihood is flat: central differences of ln L vanish. */
    @Test
    void interiorFitIsAStationaryPointOfTheLikelihood() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        AdditiveRule rule = new AdditiveRule();
        Counts counts = golden.counts();
        // The golden data have a condition at 40/40; drop one choice so the optimum is interior.
        long[] n1 = counts.n1();
        for (int i = 0; i < n1.length; i++) {
            n1[i] = Math.min(n1[i], counts.trials()[i] - 1);
            n1[i] = Math.max(n1[i], 1);
        }
        Counts interior = new Counts(counts.trials(), n1);
        RuleFit fit = rule.fit(golden.design(), interior);
        double h = 1e-6;
        for (int j = 0; j < fit.estimates().length; j++) {
            double[] up = fit.estimates();
            double[] down = fit.estimates();
            up[j] += h;
            down[j] -= h;
            double slope = (interior.logLikelihood(rule.predict(golden.design(), up))
                    - interior.logLikelihood(rule.predict(golden.design(), down))) / (2 * h);
            assertEquals(0, slope, 1e-3, golden.design().parameters().get(j));
        }
    }

    /** Standard errors against the inverse of a finite-difference Hessian of ln L at the estimate. */
    @Test
    void standardErrorsMatchTheNumericalObservedInformation() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        long[] n1 = golden.counts().n1();
        for (int i = 0; i < n1.length; i++) {
            n1[i] = Math.max(1, Math.min(n1[i], golden.counts().trials()[i] - 1));
        }
        Counts interior = new Counts(golden.counts().trials(), n1);
        AdditiveRule rule = new AdditiveRule();
        RuleFit fit = rule.fit(golden.design(), interior);
        int k = fit.estimates().length;
        double h = 1e-4;
        double[][] information = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double[] pp = fit.estimates();
                double[] pm = fit.estimates();
                double[] mp = fit.estimates();
                double[] mm = fit.estimates();
                pp[a] += h; pp[b] += h;
                pm[a] += h; pm[b] -= h;
                mp[a] -= h; mp[b] += h;
                mm[a] -= h; mm[b] -= h;
                // -d2 lnL / da db by central differences
                information[a][b] = -(ll(rule, golden.design(), interior, pp) - ll(rule, golden.design(), interior, pm)
                        - ll(rule, golden.design(), interior, mp) + ll(rule, golden.design(), interior, mm)) / (4 * h * h);
            }
        }
        double[] se = LinearAlgebra.standardErrors(information);
        for (int j = 0; j < k; j++) {
            assertEquals(se[j], fit.se()[j], 1e-4 * se[j], golden.design().parameters().get(j));
        }
    }

    private static double ll(AdditiveRule rule, Design design, Counts counts, double[] a) {
        return counts.logLikelihood(rule.predict(design, a));
    }

    /** Where the data push a prediction to a bound, no feasible nearby point does better. */
    @Test
    void boundaryFitStaysAProbabilityAndIsLocallyOptimal() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        AdditiveRule rule = new AdditiveRule();
        RuleFit fit = rule.fit(golden.design(), golden.counts());
        for (double p : fit.predicted()) {
            assertTrue(p > 0 && p < 1, "P(n1) = " + p);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 2000; trial++) {
            double[] nearby = fit.estimates();
            for (int j = 0; j < nearby.length; j++) {
                nearby[j] += 1e-3 * (2 * random.nextDouble() - 1);
            }
            double[] p = rule.predict(golden.design(), nearby);
            boolean feasible = true;
            for (double q : p) {
                feasible &= q > 0 && q < 1;
            }
            if (feasible) {
                assertTrue(golden.counts().logLikelihood(p) <= fit.logLik() + 1e-7);
            }
        }
    }
}
