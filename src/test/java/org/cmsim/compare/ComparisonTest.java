package org.cmsim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.design.Counts;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.Cue;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.study.LanguageOutcome;
import org.cmsim.study.LanguageStudy;
import org.cmsim.study.Progress;
import org.cmsim.validity.CueValidity;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void modelFitMatchesHandComputation() {
        Counts counts = new Counts(new long[] {10, 10}, new long[] {7, 2});
        Comparison.ModelFit fit = Comparison.modelFit("m", counts, new double[] {0.6, 0.3});
        assertEquals(Math.sqrt((0.01 + 0.01) / 2), fit.rmse(), 1e-12);
        assertEquals(7 * Math.log(0.6) + 3 * Math.log(0.4) + 2 * Math.log(0.3) + 8 * Math.log(0.7), fit.logLik(), 1e-12);
    }

    @Test
    void correlationsIgnoreUndefinedPairsAndNeedThree() {
        Correlations c = Correlations.of(new double[] {1, 2, 3, Double.NaN}, new double[] {2, 4, 7, 1});
        assertEquals(3, c.n());
        assertEquals(1.0, c.spearman(), 1e-12);
        assertEquals(1.0, c.kendall(), 1e-12);
        assertTrue(Double.isNaN(Correlations.of(new double[] {1, 2}, new double[] {1, 2}).pearson()));
    }

    /**
     * On the illustrative corpus: a cue's strength beside its validity is the size of the parameter standing for it,
     * word order through its most frequent level (NVN: 107 of 124 tokens).
     */
    @Test
    void cueStrengthsReadEachCueThroughItsParameter() throws Exception {
        LanguageConfig config = ConfigReader.readLanguage(Path.of("configs/illustrative.json"))
                .withCorpus(Path.of("corpora/illustrative/corpus.csv"));
        SentenceCorpus corpus = CorpusReader.read(config.corpus(), config.features());
        LanguageConfig quick = new LanguageConfig(config.file(), config.name(), config.corpus(), Optional.empty(),
                config.features(), config.cues(), 1, config.learn().withPresentations(100),
                AttentionSettings.DEFAULTS.withEpochs(5));
        LanguageStudy.Result study = LanguageStudy.run(quick, corpus, Optional.empty(), 1, Progress.SILENT);
        Comparison.Result result = LanguageOutcome.of(study).corpus();
        Map<String, Double> rule = Comparison.cueStrengths(result.cues(), config.cues(), false);
        Map<String, Double> heads = Comparison.cueStrengths(result.cues(), config.cues(), true);
        assertEquals(List.of("order", "animacy", "agreement"), List.copyOf(rule.keySet()));
        assertEquals("order=NVN", result.cues().get(0).parameter());
        assertEquals(Math.abs(result.cues().get(0).competition()), rule.get("order"), 0);
        assertEquals(Math.abs(result.cues().get(3).competition()), rule.get("animacy"), 0);
        assertEquals(Math.abs(result.cues().get(0).attention()), heads.get("order"), 0);
        // A sentence where animacy points to n1 and the order level's majority to n2 is in conflict.
        List<org.cmsim.model.Cue> cues = CueValidity.resolve(corpus, config.cues());
        long conflicts = result.conditions().stream().filter(Comparison.ConditionRow::conflict).count();
        assertEquals(result.conditions().stream().filter(c -> Cue.inConflict(cues, c.stimulus())).count(),
                conflicts);
        assertTrue(conflicts > 0);
        assertFalse(Cue.inConflict(cues, corpus.get(0).stimulus()), "the dog chases the ball: all agree");
    }
}
