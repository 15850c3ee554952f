package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.design.SubjectClusters;
import org.cmsim.numeric.Percentiles;
import org.cmsim.testing.CueDesigns;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The comparison of rules against the parts it is made of, each tested on its own. */
class ModelComparisonTest {

    private static ModelComparison.RuleResult result(String rule, double akaikeWeight, double cvLogLik) {
        RuleFit fit = new RuleFit(rule, List.of("a"), new double[1], new double[1], new double[1], 0, 1, List.of(""),
                true);
        return new ModelComparison.RuleResult(fit, null, akaikeWeight, new double[1], new double[1], cvLogLik);
    }

    @Test
    void theBestRuleIsChosenByCrossValidationWhenItRanElseByAkaikeWeight() {
        ModelComparison.Result crossValidated = new ModelComparison.Result(null, null, List.of(
                result("multiplicative", 0.5, -10), result("additive", 0.2, -8), result("hierarchy", 0.3, -9)));
        assertEquals("additive", crossValidated.best().fit().rule());
        assertEquals("cvLogLik", crossValidated.criterion());
        ModelComparison.Result notCrossValidated = new ModelComparison.Result(null, null, List.of(
                result("multiplicative", 0.2, Double.NaN), result("additive", 0.5, Double.NaN),
                result("hierarchy", 0.3, Double.NaN)));
        assertEquals("additive", notCrossValidated.best().fit().rule());
        assertEquals("akaikeWeight", notCrossValidated.criterion());
        // Ties go to the rule listed first.
        ModelComparison.Result tied = new ModelComparison.Result(null, null, List.of(
                result("multiplicative", 0.4, -8), result("additive", 0.4, -8), result("hierarchy", 0.2, -9)));
        assertEquals("multiplicative", tied.best().fit().rule());
        assertEquals("hierarchy", notCrossValidated.rule("hierarchy").fit().rule());
        assertEquals("no rule luce", assertThrows(IllegalArgumentException.class,
                () -> notCrossValidated.rule("luce")).getMessage());
    }

    @Test
    void fitsWeightsIntervalsAndCrossValidationAreThoseOfTheirOwnMethods() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        FitOptions options = new FitOptions(40, 2, 17, 2);
        List<ChoiceRule> rules = Rules.select("all");
        ModelComparison.Result result = ModelComparison.fit(rules, golden.design(), golden.counts(), options);
        assertEquals(3, result.rules().size());
        double[] weights = GoodnessOfFit.akaikeWeights(result.rules().stream().map(r -> r.goodness()).toList());
        for (int r = 0; r < rules.size(); r++) {
            ChoiceRule rule = rules.get(r);
            ModelComparison.RuleResult outcome = result.rules().get(r);
            RuleFit fit = rule.fit(golden.design(), golden.counts());
            assertArrayEquals(fit.estimates(), outcome.fit().estimates(), 0, rule.name());
            assertEquals(GoodnessOfFit.of(fit, golden.counts()), outcome.goodness());
            assertEquals(weights[r], outcome.akaikeWeight(), 0);
            double[][] replicates = Bootstrap.replicates(rule, golden.design(), golden.counts(), fit, 40, 17, 1);
            for (int j = 0; j < fit.parameters().size(); j++) {
                if (rule.isContinuous(golden.design(), j)) {
                    assertEquals(Percentiles.percentile(replicates, j, 0.025), outcome.bootLow()[j], 0);
                    assertEquals(Percentiles.percentile(replicates, j, 0.975), outcome.bootHigh()[j], 0);
                } else {
                    assertTrue(Double.isNaN(outcome.bootLow()[j]) && Double.isNaN(outcome.bootHigh()[j]),
                            "a rank or a direction has no percentile interval");
                }
            }
            assertEquals(CrossValidation.logLikelihood(rule, golden.design(), golden.counts(), 2, 17),
                    outcome.cvLogLik(), 0);
        }
        assertEquals("cvLogLik", result.criterion());
    }

    @Test
    void withoutBootstrapOrFoldsThereAreNoIntervalsAndNoCrossValidation() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        ModelComparison.Result result = ModelComparison.fit(List.of(new MultiplicativeRule()), golden.design(),
                golden.counts(), new FitOptions(0, 0, 1, 1));
        ModelComparison.RuleResult only = result.rules().get(0);
        assertEquals(1, only.akaikeWeight(), 0);
        assertTrue(Double.isNaN(only.cvLogLik()));
        for (int j = 0; j < only.bootLow().length; j++) {
            assertTrue(Double.isNaN(only.bootLow()[j]) && Double.isNaN(only.bootHigh()[j]));
        }
        assertEquals("akaikeWeight", result.criterion());
    }

    /** With subjects, the bootstrap resamples subjects and cross-validation holds out subjects (folds capped). */
    @Test
    void withSubjectsResamplingAndHoldingOutAreBySubject() {
        Design design = CueDesigns.of(new org.cmsim.model.Order[] {org.cmsim.model.Order.NVN,
                org.cmsim.model.Order.NNV}, new int[][] {{}, {}});
        SubjectClusters clusters = new SubjectClusters(List.of("s1", "s2", "s3"), List.of(
                new Counts(new long[] {10, 10}, new long[] {7, 3}), new Counts(new long[] {10, 10}, new long[] {4, 2}),
                new Counts(new long[] {10, 10}, new long[] {9, 5})));
        Counts pooled = clusters.sum(new int[] {0, 1, 2});
        MultiplicativeRule rule = new MultiplicativeRule();
        ModelComparison.Result result = ModelComparison.fit(List.of(rule), design, pooled, new FitOptions(30, 5, 9, 1),
                clusters);
        ModelComparison.RuleResult only = result.rules().get(0);
        RuleFit fit = rule.fit(design, pooled);
        double[][] replicates = Bootstrap.clusterReplicates(rule, design, clusters, fit, 30, 9, 1);
        assertEquals(Percentiles.percentile(replicates, 0, 0.025), only.bootLow()[0], 0);
        assertEquals(Percentiles.percentile(replicates, 1, 0.975), only.bootHigh()[1], 0);
        assertEquals(CrossValidation.logLikelihoodBySubject(rule, design, clusters, 3, 9), only.cvLogLik(), 0);
    }
}
