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
     * theta and beta together, lme4's bobyqa in two stages). cmsim's log-likelihoods come out about 0.002 above
     * glmer's in every model alike, so the differences agree to better than the 1e-3.
     */
    private static final double MIXED_STATISTIC_TOLERANCE = 1e-3;
    private static final double MIXED_LOGLIK_TOLERANCE = 5e-3;

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
        assertMatchesGlmer(tests(EnumSet.of(RandomFactor.SUBJECT)), "groups-lrt-mixed-subject.csv");
    }

    @Test
    void mixedTestsWithSubjectSlopesAndItemInterceptsMatchGlmer() throws Exception {
        assertMatchesGlmer(tests(EnumSet.of(RandomFactor.SUBJECT, RandomFactor.ITEM)),
                "groups-lrt-mixed-subject-item.csv");
    }

    private static List<GroupTests.Test> tests(Set<RandomFactor> factors) throws Exception {
        LanguageConfig config = Fixtures.config();
        ChoiceData data = ChoiceReader.read(MixedMultiplicativeRuleTest.GOLDEN.resolve("groups.csv"), config.features(),
                new ChoiceReader.Needs(Set.of(), "group"));
        Design design = Design.of(data.conditions().stream().map(c -> c.stimulus()).toList(), config.cues());
        return GroupTests.likelihoodRatio(design, data.rows(), List.of("adults", "children"), factors);
    }

    private static void assertMatchesGlmer(List<GroupTests.Test> tests, String file) throws Exception {
        List<String[]> reference = MixedMultiplicativeRuleTest.csv(MixedMultiplicativeRuleTest.GOLDEN.resolve(file));
        assertEquals(reference.size(), tests.size());
        for (int r = 0; r < reference.size(); r++) {
            String[] row = reference.get(r);
            GroupTests.Test test = tests.get(r);
            assertEquals("lrt-mixed", test.test());
            assertEquals(row[1], test.parameter());
            assertEquals(Double.parseDouble(row[2]), test.statistic(), MIXED_STATISTIC_TOLERANCE, row[1]);
            assertEquals(Integer.parseInt(row[3]), test.df(), row[1]);
            assertEquals(Double.parseDouble(row[5]), test.separateLogLik(), MIXED_LOGLIK_TOLERANCE, row[1]);
            assertEquals(Double.parseDouble(row[6]), test.constrainedLogLik(), MIXED_LOGLIK_TOLERANCE, row[1]);
        }
    }
}
