package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.model.Order;
import org.cmsim.numeric.LinearAlgebra;
import org.cmsim.testing.CueDesigns;
import org.cmsim.testing.Fixtures;
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

    /**
     * NVN at 10 of 10 pins order=NVN at the constraint; NNV 5 of 10 and, with c0 for n1, 7 of 10 are interior:
     * 0.5 + a/2 = 0.5 and 0.5 + (a + c)/2 = 0.7 give a = 0 and c = 0.4. The barrier's last step (mu = 1e-10)
     * keeps P(NVN) inside: the maximum of (10 + mu) ln P + mu ln(1 - P) is at 1 - P = mu / (10 + 2 mu).
     */
    @Test
    void aParameterPinnedAtTheConstraintIsNotedAndTheOthersAreNot() {
        Design design = CueDesigns.of(new Order[] {Order.NVN, Order.NNV, Order.NNV}, new int[][] {{0}, {0}, {+1}});
        Counts counts = new Counts(new long[] {10, 10, 10}, new long[] {10, 5, 7});
        RuleFit fit = new AdditiveRule().fit(design, counts);
        assertEquals(0, fit.estimate("order=NNV"), 1e-9);
        assertEquals(0.4, fit.estimate("c0"), 1e-9);
        double mu = 1e-10;
        assertEquals(mu / (10 + 2 * mu), 1 - fit.predicted()[0], 0.01 * mu / 10);
        String pinned = "at the constraint 0 < P(n1) < 1: se unreliable";
        assertEquals(List.of(pinned, "", ""), fit.notes());
        assertEquals(3, fit.freeParameters());
        assertEquals(counts.logLikelihood(fit.predicted()), fit.logLik(), 0);
        // Interior standard errors: P = 0.5 + a/2 has information n / (4 P (1 - P)) in P's own units.
        assertEquals(Math.sqrt(4 * (0.5 * 0.5 / 10 + 0.7 * 0.3 / 10)), fit.se("c0"), 1e-6);
    }

    @Test
    void interiorDataCarryNoNotes() throws Exception {
        Design design = Fixtures.factorialDesign();
        double[] truth = {0.35, -0.25, 0.1, 0.4, 0.2};
        RuleFit fit = new AdditiveRule().fit(design, Fixtures.expected(new AdditiveRule().predict(design, truth), 100));
        assertTrue(fit.notes().stream().allMatch(String::isEmpty), fit.notes().toString());
        assertEquals("additive", fit.rule());
    }
}
