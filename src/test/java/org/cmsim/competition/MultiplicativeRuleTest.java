package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.model.Order;
import org.cmsim.testing.CueDesigns;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

class MultiplicativeRuleTest {

    private static final double ESTIMATE_TOLERANCE = 1e-6;
    private static final double SE_TOLERANCE = 1e-4;
    private static final double GRADIENT_TOLERANCE = 1e-6;

    /** Reference values from src/test/resources/golden/multiplicative_reference.py (SciPy). */
    @Test
    void fitMatchesIndependentReference() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        RuleFit fit = new MultiplicativeRule().fit(golden.design(), golden.counts());
        List<String> reference = Files.readAllLines(Path.of("src/test/resources/golden/multiplicative_reference.csv"));
        int checked = 0;
        for (String line : reference.subList(1, reference.size())) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals("logLik")) {
                assertEquals(Double.parseDouble(cells[1]), fit.logLik(), ESTIMATE_TOLERANCE);
                continue;
            }
            assertEquals(Double.parseDouble(cells[1]), fit.estimate(cells[0]), ESTIMATE_TOLERANCE, cells[0]);
            assertEquals(Double.parseDouble(cells[2]), fit.se(cells[0]), SE_TOLERANCE, cells[0]);
            checked++;
        }
        assertEquals(5, checked);
        assertTrue(fit.converged());
        assertFalse(fit.flagged(), "one condition at 40/40 is not separation: " + fit.notes());
    }

    @Test
    void scoreMatchesFiniteDifferencesOfLogLikelihood() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        double[] w = {0.7, -0.3, 0.2, 0.5, -0.8};
        double[] precision = {0, 0, 0.16, 0, 0.16};
        double[] gradient = new double[w.length];
        double[][] information = new double[w.length][w.length];
        MultiplicativeRule.scoreAndInformation(golden.design(), golden.counts(), w, precision, gradient, information);
        double h = 1e-5;
        for (int j = 0; j < w.length; j++) {
            double[] up = w.clone();
            double[] down = w.clone();
            up[j] += h;
            down[j] -= h;
            double numeric = (MultiplicativeRule.penalisedLogLikelihood(golden.design(), golden.counts(), up, precision)
                    - MultiplicativeRule.penalisedLogLikelihood(golden.design(), golden.counts(), down, precision))
                    / (2 * h);
            assertEquals(numeric, gradient[j], GRADIENT_TOLERANCE * Math.max(1, Math.abs(numeric)), "d/dw" + j);
            // The information is minus the derivative of the score.
            double[] gradientUp = new double[w.length];
            double[] gradientDown = new double[w.length];
            MultiplicativeRule.scoreAndInformation(golden.design(), golden.counts(), up, precision, gradientUp,
                    new double[w.length][w.length]);
            MultiplicativeRule.scoreAndInformation(golden.design(), golden.counts(), down, precision, gradientDown,
                    new double[w.length][w.length]);
            for (int i = 0; i < w.length; i++) {
                double numericInformation = -(gradientUp[i] - gradientDown[i]) / (2 * h);
                assertEquals(numericInformation, information[i][j],
                        GRADIENT_TOLERANCE * Math.max(1, Math.abs(numericInformation)), "I[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void strengthIsTheLogisticOfTheWeight() {
        assertEquals(0.5, MultiplicativeRule.strength(0), 0);
        assertEquals(1 / (1 + Math.exp(-2)), MultiplicativeRule.strength(2), 1e-15);
    }

    @Test
    void conditionAtHundredPercentThatACueCanChaseIsFlaggedAndBounded() throws Exception {
        Design design = Fixtures.factorialDesign();
        double[] p = new MultiplicativeRule().predict(design, new double[] {1, -0.5, 0.3, 0.8, 1.0});
        Counts counts = Fixtures.expected(p, 20);
        long[] n1 = counts.n1();
        // Whenever agreement points to n1 every choice is n1, whenever it points to n2 none is:
        // agreement separates the data, and its weight has no finite maximum-likelihood value.
        int agreement = design.parameters().indexOf("agreement");
        for (int i = 0; i < design.rows(); i++) {
            int direction = (int) design.row(i)[agreement];
            n1[i] = direction > 0 ? 20 : direction < 0 ? 0 : n1[i];
        }
        RuleFit fit = new MultiplicativeRule().fit(design, new Counts(counts.trials(), n1));
        String note = fit.notes().get(agreement);
        assertTrue(note.startsWith("diverges to +infinity"), note);
        assertTrue(note.contains("prior"), note);
        assertTrue(Double.isFinite(fit.estimate("agreement")) && fit.estimate("agreement") > 2);
        assertTrue(Double.isFinite(fit.se("agreement")));
        for (int j = 0; j < design.parameterCount(); j++) {
            assertTrue(Double.isFinite(fit.estimates()[j]) && Double.isFinite(fit.se()[j]));
            if (j != agreement) {
                assertEquals("", fit.notes().get(j), design.parameters().get(j));
            }
        }
        assertTrue(Double.isFinite(fit.logLik()));
    }

    @Test
    void cuePerfectlyConfoundedWithAnotherIsReportedAsNotIdentified() throws Exception {
        Design full = Fixtures.factorialDesign();
        // Keep only conditions where animacy and agreement point the same way: their columns are equal.
        List<org.cmsim.model.Stimulus> confounded = full.stimuli().stream()
                .filter(s -> full.cues().get(0).direction(s) == full.cues().get(1).direction(s)).toList();
        Design design = full.withStimuli(confounded);
        double[] p = new MultiplicativeRule().predict(design, new double[] {1, -0.5, 0.3, 0.8, 0.8});
        RuleFit fit = new MultiplicativeRule().fit(design, Fixtures.expected(p, 50));
        assertTrue(fit.notes().get(3).contains("confounded with agreement"), fit.notes().get(3));
        assertTrue(fit.notes().get(4).contains("confounded with animacy"), fit.notes().get(4));
        // The data fix only the sum of the two weights; the prior splits it evenly.
        assertEquals(fit.estimates()[3], fit.estimates()[4], 1e-9);
        assertEquals(1.6, fit.estimates()[3] + fit.estimates()[4], 0.1);
        for (double se : fit.se()) {
            assertTrue(Double.isFinite(se));
        }
    }

    @Test
    void cueNeverPresentIsReportedAsNotIdentified() throws Exception {
        Design full = Fixtures.factorialDesign();
        List<org.cmsim.model.Stimulus> noAnimacy = full.stimuli().stream()
                .filter(s -> full.cues().get(0).direction(s) == 0).toList();
        Design design = full.withStimuli(noAnimacy);
        RuleFit fit = new MultiplicativeRule().fit(design,
                Fixtures.expected(new MultiplicativeRule().predict(design, new double[] {1, -0.5, 0.3, 0.8, 0.8}), 50));
        assertTrue(fit.notes().get(3).contains("never present"), fit.notes().get(3));
        assertEquals(0, fit.estimates()[3], 1e-12);
    }

    /** Word order alone, NVN then NNV; no cues. */
    private static Design twoLevels() {
        return CueDesigns.of(new Order[] {Order.NVN, Order.NNV}, new int[][] {{}, {}});
    }

    private static double logistic(double w) {
        return 1 / (1 + Math.exp(-w));
    }

    /**
     * The penalised estimate of a parameter seen only in one condition with all k of k choices for n1:
     * the root of d/dw [k ln sigmoid(w) - w^2 / (2 s^2)] = k (1 - sigmoid(w)) - w / s^2, by bisection.
     */
    private static double penalisedAllN1(long k, double priorSd) {
        double low = 0;
        double high = 100;
        for (int i = 0; i < 200; i++) {
            double middle = (low + high) / 2;
            if (k * (1 - logistic(middle)) - middle / (priorSd * priorSd) > 0) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /**
     * NVN 7 of 10 is plain maximum likelihood (ln 7/3); NNV 5 of 5 is separated and sits where its prior
     * balances its score, with the standard error of the penalised information, 1 / sqrt(5 p (1 - p) + 1 / s^2).
     */
    @Test
    void aSeparatedParameterSitsAtThePenalisedOptimumOfItsPrior() {
        Design design = twoLevels();
        Counts counts = new Counts(new long[] {10, 5}, new long[] {7, 5});
        MultiplicativeRule rule = new MultiplicativeRule();
        String[] scales = {"2.5", "1", "10", "0.5"};
        double[] sds = {MultiplicativeRule.PRIOR_SD, 1, 10, 0.5};
        for (int s = 0; s < sds.length; s++) {
            RuleFit fit = s == 0 ? rule.fit(design, counts) : rule.fitWithPrior(design, counts, sds[s]);
            double w = penalisedAllN1(5, sds[s]);
            double p = logistic(w);
            assertEquals(Math.log(7.0 / 3), fit.estimate("order=NVN"), 1e-10, "prior sd " + sds[s]);
            assertEquals(w, fit.estimate("order=NNV"), 1e-9, "prior sd " + sds[s]);
            assertEquals(1 / Math.sqrt(10 * 0.7 * 0.3), fit.se("order=NVN"), 1e-10);
            assertEquals(1 / Math.sqrt(5 * p * (1 - p) + 1 / (sds[s] * sds[s])), fit.se("order=NNV"), 1e-9);
            assertEquals(List.of("", "diverges to +infinity (separation); estimate bounded by a Normal(0, "
                    + scales[s] + "^2) prior"), fit.notes());
            assertEquals(List.of(ParameterStatus.MEASURED, ParameterStatus.SEPARATED), fit.estimability());
            assertEquals(7 * Math.log(0.7) + 3 * Math.log(0.3) + 5 * Math.log(p), fit.logLik(), 1e-9);
            assertTrue(fit.converged());
        }
    }

    /** The mirror image: NNV at 0 of 6, the only extreme condition, runs off to -infinity. */
    @Test
    void aLevelNeverChosenForN1IsSeparatedTowardsMinusInfinity() {
        RuleFit fit = new MultiplicativeRule().fit(twoLevels(), new Counts(new long[] {10, 6}, new long[] {7, 0}));
        assertEquals(-penalisedAllN1(6, MultiplicativeRule.PRIOR_SD), fit.estimate("order=NNV"), 1e-9);
        assertEquals(List.of("", "diverges to -infinity (separation)" + MultiplicativeRule.PRIOR_NOTE), fit.notes());
    }

    /** A bootstrap refit to the very data of the full fit is the full fit. */
    @Test
    void refitToTheSameDataReproducesTheFullFit() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        MultiplicativeRule rule = new MultiplicativeRule();
        RuleFit full = rule.fit(golden.design(), golden.counts());
        RuleFit again = rule.refit(golden.design(), golden.counts(), full);
        for (int j = 0; j < full.estimates().length; j++) {
            assertEquals(full.estimates()[j], again.estimates()[j], 1e-9, full.parameters().get(j));
            assertEquals(full.se()[j], again.se()[j], 1e-9, full.parameters().get(j));
        }
        assertEquals(full.notes(), again.notes());
        assertEquals(full.logLik(), again.logLik(), 1e-9);
    }

    /** A parameter the full data separate keeps its prior in a replicate, and with it its estimate. */
    @Test
    void refitKeepsThePriorOfAParameterTheFullDataSeparate() {
        Design design = twoLevels();
        MultiplicativeRule rule = new MultiplicativeRule();
        RuleFit full = rule.fit(design, new Counts(new long[] {10, 5}, new long[] {7, 5}));
        // A replicate that drew NVN 6 of 10 and NNV 8 of 8.
        RuleFit replicate = rule.refit(design, new Counts(new long[] {10, 8}, new long[] {6, 8}), full);
        assertEquals(Math.log(6.0 / 4), replicate.estimate("order=NVN"), 1e-10);
        assertEquals(penalisedAllN1(8, MultiplicativeRule.PRIOR_SD), replicate.estimate("order=NNV"), 1e-9);
        assertEquals(full.notes(), replicate.notes());
        assertEquals(List.of(ParameterStatus.MEASURED, ParameterStatus.SEPARATED), replicate.estimability());
    }

    /** A replicate that never draws an order level: the prior alone decides it (estimate 0, se 2.5). */
    @Test
    void refitBoundsAParameterTheResampleNeverPresents() {
        Design design = twoLevels();
        MultiplicativeRule rule = new MultiplicativeRule();
        RuleFit full = rule.fit(design, new Counts(new long[] {10, 5}, new long[] {7, 4}));
        assertEquals(List.of("", ""), full.notes());
        RuleFit replicate = rule.refit(design, new Counts(new long[] {15, 0}, new long[] {9, 0}), full);
        assertEquals(Math.log(9.0 / 6), replicate.estimate("order=NVN"), 1e-10);
        assertEquals(0, replicate.estimate("order=NNV"), 1e-12);
        assertEquals(MultiplicativeRule.PRIOR_SD, replicate.se("order=NNV"), 1e-12);
        assertEquals("not identified: never present in this resample; estimate bounded by a Normal(0, 2.5^2) prior",
                replicate.notes().get(1));
        assertEquals("", replicate.notes().get(0));
        assertEquals(List.of(ParameterStatus.MEASURED, ParameterStatus.ABSENT), replicate.estimability());
        assertEquals(0, replicate.present()[1]);
    }

    /** A replicate can separate what the full data do not (a rare level drawn all one way): it is bounded too. */
    @Test
    void refitBoundsAParameterThatOnlyTheResampleSeparates() {
        Design design = twoLevels();
        MultiplicativeRule rule = new MultiplicativeRule();
        RuleFit full = rule.fit(design, new Counts(new long[] {10, 5}, new long[] {7, 4}));
        for (long[] nnv : new long[][] {{5, 5}, {6, 0}}) {
            RuleFit replicate = rule.refit(design, new Counts(new long[] {10, nnv[0]}, new long[] {7, nnv[1]}), full);
            double w = penalisedAllN1(nnv[0], MultiplicativeRule.PRIOR_SD) * (nnv[1] == 0 ? -1 : 1);
            assertEquals(Math.log(7.0 / 3), replicate.estimate("order=NVN"), 1e-9);
            assertEquals(w, replicate.estimate("order=NNV"), 1e-8);
            assertEquals((nnv[1] == 0 ? "diverges to -infinity" : "diverges to +infinity")
                    + " (separation in this resample); estimate bounded by a Normal(0, 2.5^2) prior",
                    replicate.notes().get(1));
            assertEquals(List.of(ParameterStatus.MEASURED, ParameterStatus.SEPARATED), replicate.estimability());
            assertTrue(replicate.converged());
        }
    }
}
