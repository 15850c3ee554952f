package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.cmsim.io.ChoiceReader;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.LanguageConfig;
import org.junit.jupiter.api.Test;

/** Likelihood-ratio tests between adults and children against R's glm and anova (golden/lme4/groups-lrt.csv). */
class GroupTestsTest {

    private static final double STATISTIC_TOLERANCE = 1e-4;

    @Test
    void pooledTestsMatchGlmAnova() throws Exception {
        LanguageConfig config = Fixtures.config();
        ChoiceData data = ChoiceReader.read(MixedMultiplicativeRuleTest.GOLDEN.resolve("groups.csv"), config.features(),
                new ChoiceReader.Needs(Set.of(), "group"));
        Design design = Design.of(data.conditions().stream().map(c -> c.stimulus()).toList(), config.cues());
        List<GroupTests.Test> tests = GroupTests.likelihoodRatio(design, data.rows(), List.of("adults", "children"),
                Set.of());
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
}
