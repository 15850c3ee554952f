package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cmsim.design.Design;
import org.cmsim.input.ChoiceReader;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.LanguageConfig;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The mixed multiplicative rule against lme4's glmer on all of golden/lme4/varying.csv (40 subjects x 108 items):
 * subject slopes on every parameter, with and without item intercepts. About half a minute; mutation testing
 * leaves this class out (pom.xml, profile {@code mutation}), since {@link MixedMultiplicativeRuleTest}'s
 * six-subject fit and {@link PirlsTest}'s fixed-point deviances check the same code against lme4 in seconds.
 */
class MixedMultiplicativeRuleFullDataTest {

    @Test
    void subjectSlopesAndItemInterceptsMatchLme4() throws Exception {
        MixedFit fit = fitVarying(RandomStructure.parse("subject,item"));
        MixedMultiplicativeRuleTest.assertMatchesReference(fit, "varying-subject-item");
        assertEquals(11, fit.freeParameters());
    }

    @Test
    void subjectSlopesAloneMatchLme4() throws Exception {
        MixedFit fit = fitVarying(RandomStructure.parse("subject"));
        MixedMultiplicativeRuleTest.assertMatchesReference(fit, "varying-subject");
        assertEquals(10, fit.freeParameters());
        // 40 subjects: Wald intervals with t(39) quantiles; SciPy's t.ppf(0.975, 39) = 2.022690920036761.
        assertEquals(39, fit.intervalDf());
        for (int j = 0; j < fit.parameters().size(); j++) {
            assertEquals(fit.estimates()[j] - 2.022690920036761 * fit.se()[j], fit.waldLow(j), 1e-9);
            assertEquals(fit.estimates()[j] + 2.022690920036761 * fit.se()[j], fit.waldHigh(j), 1e-9);
        }
    }

    static MixedFit fitVarying(RandomStructure factors) throws Exception {
        LanguageConfig config = Fixtures.config();
        ChoiceData data = ChoiceReader.read(MixedMultiplicativeRuleTest.GOLDEN.resolve("varying.csv"),
                config.features());
        Design design = Design.of(data.conditions().stream().map(c -> c.stimulus()).toList(), config.cues());
        return new MixedMultiplicativeRule().fit(MixedDesign.of(design, data.rows(), factors));
    }
}
