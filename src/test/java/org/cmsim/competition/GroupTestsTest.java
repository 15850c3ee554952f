package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cmsim.io.ChoiceReader;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.LanguageConfig;
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
        List<GroupTests.Test> tests = tests(Set.of());
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
        assertMatchesGlmer(tests(EnumSet.of(RandomFactor.SUBJECT)), "groups-lrt-mixed-subject.csv",
                SUBJECT_STATISTIC_TOLERANCE, SUBJECT_LOGLIK_TOLERANCE);
    }

    @Test
    void mixedTestsWithSubjectSlopesAndItemInterceptsMatchGlmer() throws Exception {
        assertMatchesGlmer(tests(EnumSet.of(RandomFactor.SUBJECT, RandomFactor.ITEM)),
                "groups-lrt-mixed-subject-item.csv", SUBJECT_ITEM_STATISTIC_TOLERANCE, SUBJECT_ITEM_LOGLIK_TOLERANCE);
    }

    private static List<GroupTests.Test> tests(Set<RandomFactor> factors) throws Exception {
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
}
