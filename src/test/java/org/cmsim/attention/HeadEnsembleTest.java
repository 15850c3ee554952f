package org.cmsim.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.numeric.L2Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ten heads on the illustrative corpus: the spread they report, and the seeded choice of L2. */
class HeadEnsembleTest {

    private static LanguageConfig config;
    private static Examples examples;

    @BeforeAll
    static void readCorpus() throws Exception {
        config = ConfigReader.readLanguage(Path.of("configs/illustrative.json"));
        SentenceCorpus corpus = CorpusReader.read(config.corpus(), config.features());
        examples = AttentionStudy.examples(corpus, config.cues());
    }

    private static HeadEnsemble.Result fit(long seed) {
        return HeadEnsemble.fit(examples, config.cues(), config.attention(), seed, HeadEnsemble.Plan.defaults(), 2);
    }

    @Test
    void aSeedChangeMovesEachContributionLessThanItsReportedRange() {
        HeadEnsemble.Result first = fit(1);
        HeadEnsemble.Result second = fit(2);
        int read = 0;
        for (int j = 0; j < first.contributions().size(); j++) {
            HeadEnsemble.Summary a = first.contributions().get(j);
            HeadEnsemble.Summary b = second.contributions().get(j);
            if (a.reading() != HeadEnsemble.Reading.READ) {
                continue;
            }
            read++;
            assertEquals(10, first.heads().size());
            assertTrue(a.low() < a.mean() && a.mean() < a.high(), a.toString());
            assertTrue(Math.abs(a.mean() - b.mean()) < a.high() - a.low(),
                    a.parameter() + ": seed 1 " + a + ", seed 2 " + b);
        }
        assertTrue(read >= 3, "order=NVN, animacy and agreement at least are read: " + read);
    }

    @Test
    void anL2SetInTheConfigIsScoredOnTheFoldsButNotChosen() {
        AttentionSettings set = config.attention().withEpochs(20).withL2AsSet(0.02);
        HeadEnsemble.CrossValidation cv = HeadEnsemble.fit(examples, config.cues(), set, 3,
                HeadEnsemble.Plan.defaults().withSeeds(1), 2).crossValidation();
        assertEquals(List.of(0.02), cv.curve().l2s());
        assertEquals(0.02, cv.chosenL2());
        assertEquals(AttentionSettings.L2Choice.AS_SET, cv.l2Choice());
        assertFalse(cv.chosenIsInterior(), "one value has no neighbours");
        assertEquals(List.of(0.02), cv.oneSeSet());
        assertTrue(cv.bestHeadLogLik() < 0);
    }

    /**
     * The choice is the grid value with the largest held-out log-likelihood, summed over 3 folds; the grid has
     * grown in factor-10 steps from {1e-4, 1e-3, 1e-2} until that value beats both neighbours (or reached a limit).
     */
    @Test
    void theCrossValidatedChoiceOfL2IsSeededReproducibleAndInterior() {
        HeadEnsemble.CrossValidation once = fit(7).crossValidation();
        HeadEnsemble.CrossValidation again = fit(7).crossValidation();
        assertEquals(once.curve(), again.curve());
        List<L2Path.Point> points = once.curve().points();
        assertTrue(once.curve().l2s().containsAll(List.of(1e-4, 1e-3, 1e-2)), once.curve().l2s().toString());
        int best = 0;
        for (int g = 1; g < points.size(); g++) {
            best = points.get(g).logLik() > points.get(best).logLik() ? g : best;
            assertEquals(points.get(g - 1).l2() * 10, points.get(g).l2(), 1e-12 * points.get(g).l2(), "factor 10");
        }
        assertEquals(points.get(best).l2(), once.chosenL2(), 0);
        boolean atLimit = once.chosenL2() == L2Path.SMALLEST || once.chosenL2() == L2Path.LARGEST;
        assertTrue(once.chosenIsInterior() || atLimit, "the search stops at an interior best or at a limit");
        assertEquals(124, once.tokens(), 0);
        for (L2Path.Point point : points) {
            assertTrue(point.logLik() < 0 && point.logLik() > -124 * Math.log(1e6), "a held-out log-likelihood: "
                    + point.logLik());
            assertTrue(point.se() > 0, "a standard error over tokens: " + point.se());
        }
        assertTrue(once.oneSeSet().contains(once.chosenL2()));
    }

    @Test
    void foldsDealEveryTokenToExactlyOneFold() {
        Folds folds = Folds.of(examples, 3, 11);
        for (int e = 0; e < examples.size(); e++) {
            double held = 0;
            for (int f = 0; f < 3; f++) {
                held += folds.heldOut().get(f).weight(e);
                assertEquals(examples.weight(e), folds.heldOut().get(f).weight(e) + folds.training().get(f).weight(e), 0);
            }
            assertEquals(examples.weight(e), held, 0);
        }
    }

    /**
     * The cross-validation keeps each fold head's cue contributions at every L2 of its curve: the same as a head
     * trained on that fold's training tokens from that fold's seed, read on the whole corpus; the mean at an L2 is
     * the fold heads' average.
     */
    @Test
    void foldHeadsKeepTheirContributionsAtEveryL2() {
        AttentionSettings settings = config.attention().withEpochs(20);
        HeadEnsemble.CrossValidation cv = HeadEnsemble.fit(examples, config.cues(), settings, 3,
                HeadEnsemble.Plan.defaults().withSeeds(1), 2).crossValidation();
        double l2 = cv.curve().l2s().get(0);
        assertEquals(cv.curve().l2s(), List.copyOf(cv.foldContributions().keySet()));
        List<java.util.Map<String, Double>> byFold = cv.foldContributions().get(l2);
        assertEquals(cv.folds(), byFold.size());
        Folds folds = Folds.of(examples, cv.folds(), cv.seed());
        AttentionStudy.FoldHead again = AttentionStudy.foldHead(folds.training().get(1), examples, config.cues(),
                settings.withL2(l2), cv.trainingSeed(1));
        assertEquals(again.contributions(), byFold.get(1));
        java.util.Map<String, Double> mean = cv.meanFoldContributions(l2).orElseThrow();
        for (String parameter : byFold.get(0).keySet()) {
            double expected = byFold.stream().mapToDouble(m -> m.get(parameter)).sum() / byFold.size();
            assertEquals(expected, mean.get(parameter), 1e-12, parameter);
        }
        assertTrue(cv.meanFoldContributions(12345.0).isEmpty());
    }
}
