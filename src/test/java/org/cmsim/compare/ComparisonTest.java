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

    /** On the illustrative corpus: word order's cue-level strength is the token-weighted mean of |order=L|. */
    @Test
    void cueLevelWeighsOrderLevelsByTheirTokens() throws Exception {
        LanguageConfig config = ConfigReader.readLanguage(Path.of("configs/illustrative.json"))
                .withCorpus(Path.of("corpora/illustrative/corpus.csv"));
        SentenceCorpus corpus = CorpusReader.read(config.corpus(), config.features());
        LanguageConfig quick = new LanguageConfig(config.file(), config.name(), config.corpus(), Optional.empty(),
                config.features(), config.cues(), 1, config.learn().withPresentations(100),
                AttentionSettings.DEFAULTS.withEpochs(5));
        LanguageStudy.Result study = LanguageStudy.run(quick, corpus, Optional.empty(), 1, Progress.SILENT);
        Comparison.Result result = LanguageOutcome.of(study).corpus();
        Map<String, Double> levels = Comparison.cueLevel(result.cues(), false, study.language());
        // NVN 107 tokens, NNV 13, VNN 4 (corpora/illustrative/corpus.csv)
        double expected = (107 * Math.abs(result.cues().get(0).competition())
                + 13 * Math.abs(result.cues().get(1).competition())
                + 4 * Math.abs(result.cues().get(2).competition())) / 124;
        assertEquals(expected, levels.get("order"), 1e-12);
        assertEquals(List.of("order", "animacy", "agreement"), List.copyOf(levels.keySet()));
        assertEquals(result.cues().get(3).competition(), levels.get("animacy"), 0);
        // A sentence where animacy points to n1 and the order level's majority to n2 is in conflict.
        List<org.cmsim.model.Cue> cues = CueValidity.resolve(corpus, config.cues());
        long conflicts = result.conditions().stream().filter(Comparison.ConditionRow::conflict).count();
        assertEquals(result.conditions().stream().filter(c -> Comparison.inConflict(cues, c.stimulus())).count(),
                conflicts);
        assertTrue(conflicts > 0);
        assertFalse(Comparison.inConflict(cues, corpus.get(0).stimulus()), "the dog chases the ball: all agree");
    }
}
