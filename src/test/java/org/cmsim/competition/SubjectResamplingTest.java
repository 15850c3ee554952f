package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.design.SubjectClusters;
import org.cmsim.input.ChoiceReader;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.Condition;
import org.cmsim.model.LanguageConfig;
import org.cmsim.numeric.Percentiles;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The cluster bootstrap and cross-validation by subject, on the golden data where subjects differ (SD ~1). */
class SubjectResamplingTest {

    @Test
    void subjectCountsAddUpToTheGroupCounts() throws Exception {
        Setup setup = setup();
        int[] everyone = new int[setup.clusters().size()];
        for (int s = 0; s < everyone.length; s++) {
            everyone[s] = s;
        }
        Counts sum = setup.clusters().sum(everyone);
        assertArrayEquals(setup.counts().trials(), sum.trials());
        assertArrayEquals(setup.counts().n1(), sum.n1());
        assertEquals(40, setup.clusters().size());
    }

    @Test
    void clusterBootstrapIntervalIsAsWideAsTheMixedModelSays() throws Exception {
        // Subjects differ with SD 0.93 on order=NVN (lme4, golden/lme4/varying-subject-sd.csv), so the pooled Wald
        // interval (SE 0.07) is too narrow and the trial bootstrap repeats that mistake; resampling subjects
        // gives an interval as wide, relative to the estimate, as the mixed model's (lme4: 1.454, SE 0.1666; the
        // pooled estimate is attenuated towards 0 by about the same factor as its spread).
        Setup setup = setup();
        MultiplicativeRule rule = new MultiplicativeRule();
        RuleFit full = rule.fit(setup.design(), setup.counts());
        int nvn = full.index("order=NVN");
        double[][] trials = Bootstrap.replicates(rule, setup.design(), setup.counts(), full, 400, 5, 2);
        double[][] subjects = Bootstrap.clusterReplicates(rule, setup.design(), setup.clusters(), full, 400, 5, 2);
        double trialWidth = Percentiles.percentile(trials, nvn, 0.975) - Percentiles.percentile(trials, nvn, 0.025);
        double subjectWidth = Percentiles.percentile(subjects, nvn, 0.975) - Percentiles.percentile(subjects, nvn, 0.025);
        double waldWidth = full.waldHigh(nvn) - full.waldLow(nvn);
        assertEquals(waldWidth, trialWidth, 0.15 * waldWidth);
        assertTrue(subjectWidth > 1.8 * trialWidth, subjectWidth + " vs " + trialWidth);
        double mixedRelativeWidth = 2 * RuleFit.Z_975 * 0.16664531 / 1.45410256;
        assertEquals(mixedRelativeWidth, subjectWidth / full.estimates()[nvn], 0.15 * mixedRelativeWidth);
        // The same seed gives the same replicates on any number of threads.
        assertArrayEquals(subjects[17], Bootstrap.clusterReplicates(rule, setup.design(), setup.clusters(), full, 400,
                5, 1)[17]);
    }

    @Test
    void crossValidationBySubjectPredictsHeldOutPeopleWorse() throws Exception {
        // Predicting new people is harder than predicting new trials of the same people.
        Setup setup = setup();
        MultiplicativeRule rule = new MultiplicativeRule();
        double bySubject = CrossValidation.logLikelihoodBySubject(rule, setup.design(), setup.clusters(), 5, 3);
        double byTrial = CrossValidation.logLikelihood(rule, setup.design(), setup.counts(), 5, 3);
        double fitted = rule.fit(setup.design(), setup.counts()).logLik();
        assertTrue(bySubject < fitted && byTrial < fitted);
        assertTrue(bySubject < byTrial, bySubject + " vs " + byTrial);
    }

    record Setup(Design design, Counts counts, SubjectClusters clusters) {
    }

    static Setup setup() throws Exception {
        LanguageConfig config = Fixtures.config();
        ChoiceData data = ChoiceReader.read(MixedMultiplicativeRuleTest.GOLDEN.resolve("varying.csv"),
                config.features());
        List<Condition> conditions = data.conditions();
        Design design = Design.of(conditions.stream().map(Condition::stimulus).toList(), config.cues());
        Map<String, List<Condition>> bySubject = new LinkedHashMap<>(data.conditionsBySubject());
        return new Setup(design, Counts.of(conditions), SubjectClusters.of(design, bySubject));
    }
}
