package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.cmsim.design.Design;
import org.cmsim.input.ChoiceReader;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.LanguageConfig;
import org.cmsim.testing.CueDesigns;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Likelihood-ratio tests between adults and children against R: the pooled rule's against glm and anova
 * (golden/lme4/groups-lrt.csv), the mixed rule's against glmer's Laplace log-likelihoods with the same
 * random-effects structure in every model (groups-lrt-mixed-*.csv; make-golden.R, part 3).
 */
class GroupTestsTest {

    private static final double STATISTIC_TOLERANCE = 1e-4;
    /**
     * The mixed statistics are differences of two Laplace fits, each found by an optimiser (cmsim's BOBYQA over
     * theta and beta together, lme4's bobyqa in two stages). cmsim's log-likelihoods come out above glmer's in
     * every model alike (by about 0.002 with subject SDs, 0.005 with item SDs too: lme4 stops a little short of
     * the optimum), so the differences agree to the 1e-3 with subject SDs (largest gap 7e-4) and to
     * within the log-likelihood agreement with items (largest gap 1.9e-3).
     */
    private static final double SUBJECT_STATISTIC_TOLERANCE = 1e-3;
    private static final double SUBJECT_LOGLIK_TOLERANCE = 5e-3;
    private static final double SUBJECT_ITEM_STATISTIC_TOLERANCE = 2.5e-3;
    private static final double SUBJECT_ITEM_LOGLIK_TOLERANCE = 1e-2;

    @Test
    void pooledTestsMatchGlmAnova() throws Exception {
        List<GroupTests.Test> tests = tests(RandomStructure.NONE);
        List<String[]> reference = MixedMultiplicativeRuleTest.csv(MixedMultiplicativeRuleTest.GOLDEN
                .resolve("groups-lrt.csv"));
        assertEquals(reference.size(), tests.size());
        for (int r = 0; r < reference.size(); r++) {
            String[] row = reference.get(r);
            GroupTests.Test test = tests.get(r);
            assertEquals(row[0], test.test());
            assertEquals(row[1], test.parameter());
            assertEquals(Double.parseDouble(row[2]), test.statistic(), STATISTIC_TOLERANCE, row[1]);
            assertEquals(Integer.parseInt(row[3]), test.df(), row[1]);
            double p = Double.parseDouble(row[4]);
            assertEquals(p, test.pValue(), 1e-5 * p, row[1]);
        }
    }

    @Test
    void mixedTestsWithSubjectSlopesMatchGlmer() throws Exception {
        assertMatchesGlmer(tests(RandomStructure.parse("subject")), "groups-lrt-mixed-subject.csv",
                SUBJECT_STATISTIC_TOLERANCE, SUBJECT_LOGLIK_TOLERANCE);
    }

    @Test
    void mixedTestsWithSubjectSlopesAndItemInterceptsMatchGlmer() throws Exception {
        assertMatchesGlmer(tests(RandomStructure.parse("subject,item")),
                "groups-lrt-mixed-subject-item.csv", SUBJECT_ITEM_STATISTIC_TOLERANCE, SUBJECT_ITEM_LOGLIK_TOLERANCE);
    }

    private static List<GroupTests.Test> tests(RandomStructure factors) throws Exception {
        LanguageConfig config = Fixtures.config();
        ChoiceData data = ChoiceReader.read(MixedMultiplicativeRuleTest.GOLDEN.resolve("groups.csv"), config.features(),
                new ChoiceReader.Needs(Set.of(), "group"));
        Design design = Design.of(data.conditions().stream().map(c -> c.stimulus()).toList(), config.cues());
        return GroupTests.likelihoodRatio(design, data.rows(), List.of("adults", "children"), factors);
    }

    private static void assertMatchesGlmer(List<GroupTests.Test> tests, String file, double statisticTolerance,
                                           double logLikTolerance) throws Exception {
        List<String[]> reference = MixedMultiplicativeRuleTest.csv(MixedMultiplicativeRuleTest.GOLDEN.resolve(file));
        assertEquals(reference.size(), tests.size());
        for (int r = 0; r < reference.size(); r++) {
            String[] row = reference.get(r);
            GroupTests.Test test = tests.get(r);
            assertEquals("lrt-mixed", test.test());
            assertEquals(row[1], test.parameter());
            assertEquals(Double.parseDouble(row[2]), test.statistic(), statisticTolerance, row[1]);
            assertEquals(Integer.parseInt(row[3]), test.df(), row[1]);
            assertEquals(Double.parseDouble(row[5]), test.separateLogLik(), logLikTolerance, row[1]);
            assertEquals(Double.parseDouble(row[6]), test.constrainedLogLik(), logLikTolerance, row[1]);
        }
    }

    /**
     * Three groups, word order only (k = 1): the test of equality compares each group's own proportion with the
     * pooled one, G = 2 sum_g [y_g ln(p_g / p) + (n_g - y_g) ln((1 - p_g) / (1 - p))], on k (groups - 1) = 2 df,
     * whose upper tail is exp(-G / 2).
     */
    @Test
    void threeGroupsTestedByHand() {
        Design design = CueDesigns.nvn(new int[][] {{}});
        org.cmsim.model.Stimulus stimulus = design.stimuli().get(0);
        long[] n = {20, 30, 25};
        long[] y = {15, 12, 20};
        List<org.cmsim.model.ChoiceRow> rows = new java.util.ArrayList<>();
        String[] groups = {"a", "b", "c"};
        for (int g = 0; g < 3; g++) {
            rows.add(new org.cmsim.model.ChoiceRow(stimulus, n[g], y[g], "s" + g, "", groups[g]));
        }
        double pooled = 47.0 / 75;
        double g2 = 0;
        for (int g = 0; g < 3; g++) {
            double own = (double) y[g] / n[g];
            g2 += 2 * (y[g] * Math.log(own / pooled) + (n[g] - y[g]) * Math.log((1 - own) / (1 - pooled)));
        }
        List<GroupTests.Test> tests = GroupTests.likelihoodRatio(design, rows, List.of(groups), RandomStructure.NONE);
        assertEquals(2, tests.size());
        for (GroupTests.Test test : tests) {
            assertEquals("lrt", test.test());
            assertEquals(g2, test.statistic(), 1e-9);
            assertEquals(2, test.df());
            assertEquals(Math.exp(-g2 / 2), test.pValue(), 1e-12);
        }
        assertEquals(List.of("all", "order=NVN"), tests.stream().map(GroupTests.Test::parameter).toList());
    }
}
