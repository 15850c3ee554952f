package org.cmsim.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.numeric.L2Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ensemble's numbers recomputed the slow, plain way from its parts (each tested on its own): the
 * held-out log-likelihood of every L2 value summed over folds with its standard error, the choice of
 * the largest, the heads' seeds, and each contribution's mean
 * and type-7 percentiles over three heads by hand. A small corpus and few epochs keep it quick.
 */
class HeadEnsembleArithmeticTest {

    private static final String CONFIG = """
            {"name": "tiny", "corpus": "corpus.csv",
             "features": {"animacy": ["animate", "inanimate"], "number": ["sg", "pl"]},
             "cues": [{"name": "order", "kind": "order"},
                      {"name": "animacy", "kind": "contrast", "feature": "animacy", "value": "animate"}],
             "seed": 1}
            """;
    /** VNN has no sentence without animacy: its order level cannot be read. Number is no cue's feature. */
    private static final String CORPUS = """
            order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,agent,count
            NVN,animate,sg,sg,inanimate,pl,n1,30
            NVN,inanimate,sg,pl,animate,pl,n2,10
            NVN,animate,sg,sg,animate,sg,n1,12
            NNV,inanimate,sg,sg,inanimate,sg,n2,4
            VNN,animate,pl,pl,inanimate,pl,n1,6
            VNN,animate,pl,pl,inanimate,pl,n2,3
            """;
    private static final AttentionSettings SETTINGS = AttentionSettings.DEFAULTS.withEpochs(8);
    private static final HeadEnsemble.Plan PLAN = new HeadEnsemble.Plan(3, List.of(1e-3, 0.3), 2);
    private static final long SEED = 21;

    private static LanguageConfig config;
    private static Examples examples;
    private static HeadEnsemble.Result result;

    @BeforeAll
    static void fit(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("config.json"), CONFIG);
        Files.writeString(dir.resolve("corpus.csv"), CORPUS);
        config = ConfigReader.readLanguage(dir.resolve("config.json"));
        SentenceCorpus corpus = CorpusReader.read(config.corpus(), config.features());
        examples = AttentionStudy.examples(corpus, config.cues());
        result = HeadEnsemble.fit(examples, config.cues(), SETTINGS, SEED, PLAN, 2);
    }

    /**
     * Every point of the L2 curve by hand: heads trained on the other fold from fold f's seed, the held-out tokens'
     * ln P(agent) summed over both folds, their standard error sqrt(N s^2) over the tokens, and each fold's
     * held-out logits kept; the grid grown from {1e-3, 0.3} in factor-10 steps until the best is interior.
     */
    @Test
    void crossValidationSumsHeldOutLogLikelihoodsChoosesTheLargestAndGrowsTheGrid() {
        SplittableRandom random = new SplittableRandom(SEED ^ 0x5DEECE66DL);
        long foldSeed = random.nextLong();
        long[] cvSeeds = {random.nextLong(), random.nextLong()};
        Folds folds = Folds.of(examples, 2, foldSeed);
        HeadEnsemble.CrossValidation cv = result.crossValidation();
        assertTrue(cv.curve().l2s().containsAll(List.of(1e-3, 0.3)), cv.curve().l2s().toString());
        assertTrue(cv.curve().points().size() > 2 || cv.chosenIsInterior());
        for (L2Path.Point point : cv.curve().points()) {
            double sum = 0;
            double squares = 0;
            double tokens = 0;
            for (int f = 0; f < 2; f++) {
                AttentionHead head = AttentionStudy.trainHead(folds.training().get(f), SETTINGS.withL2(point.l2()),
                        cvSeeds[f], (p, h) -> { }).head();
                Examples held = folds.heldOut().get(f);
                double[] kept = cv.heldOutLogits(point.l2(), f).orElseThrow();
                for (int e = 0; e < held.size(); e++) {
                    double logit = head.read(held.stimuli().get(e)).logit();
                    assertEquals(logit, kept[e], 1e-12);
                    double n1 = Math.round(held.weight(e) * held.targetN1(e));
                    double n2 = Math.round(held.weight(e)) - n1;
                    double lnP1 = -Math.log1p(Math.exp(-logit));
                    double lnP2 = -Math.log1p(Math.exp(logit));
                    sum += n1 * lnP1 + n2 * lnP2;
                    squares += n1 * lnP1 * lnP1 + n2 * lnP2 * lnP2;
                    tokens += n1 + n2;
                }
            }
            assertEquals(sum, point.logLik(), 1e-9);
            assertEquals(Math.sqrt(tokens * (squares - sum * sum / tokens) / (tokens - 1)), point.se(), 1e-9);
        }
        L2Path.Point best = cv.curve().points().stream().max(java.util.Comparator.comparingDouble(L2Path.Point::logLik))
                .orElseThrow();
        assertEquals(best.l2(), cv.chosenL2());
        assertEquals(best.logLik(), cv.bestHeadLogLik());
        assertEquals(foldSeed, cv.seed());
        assertArrayEquals(cvSeeds, cv.trainingSeeds());
        assertEquals(65, cv.tokens());
        assertEquals(2, cv.folds());
        for (double l2 : cv.curve().l2s()) {
            L2Path.Point point = cv.curve().points().get(cv.curve().l2s().indexOf(l2));
            assertEquals(point.logLik() >= best.logLik() - best.se(), cv.oneSeSet().contains(l2), "one-SE set at " + l2);
        }
    }

    /** The first head is the run's seed with a trajectory; the others draw their seeds after the folds'. */
    @Test
    void theHeadsAreTheSeededHeadsTrainedAtTheChosenL2() {
        SplittableRandom random = new SplittableRandom(SEED ^ 0x5DEECE66DL);
        random.nextLong();
        random.nextLong();
        random.nextLong();
        long[] seeds = {SEED, random.nextLong(), random.nextLong()};
        AttentionSettings chosen = SETTINGS.withL2(result.crossValidation().chosenL2());
        assertEquals(3, result.heads().size());
        assertArrayEquals(AttentionStudy.train(examples, config.cues(), chosen, seeds[0]).head().snapshot(),
                result.first().head().snapshot(), 0);
        for (int k = 1; k < 3; k++) {
            assertArrayEquals(AttentionStudy.trainWithoutTrajectory(examples, config.cues(), chosen, seeds[k]).head()
                    .snapshot(), result.heads().get(k).head().snapshot(), 0, "head " + k);
        }
        double inSample = 0;
        for (AttentionStudy.Result head : result.heads()) {
            inSample -= AdamTrainer.loss(head.head(), examples) * 65 / 3;
        }
        assertEquals(inSample, result.inSampleLogLik(), 1e-9);
        double p = 0;
        for (AttentionStudy.Result head : result.heads()) {
            p += head.head().read(examples.stimuli().get(0)).probabilityN1() / 3;
        }
        assertEquals(p, result.probabilityN1(examples.stimuli().get(0)), 1e-15);
    }

    /**
     * Over three heads with ablations a <= b <= c: the mean, and type 7 percentiles by hand: the 2.5th at
     * h = 2 x 0.025 = 0.05, a + 0.05 (b - a); the 97.5th at h = 1.95, b + 0.95 (c - b).
     */
    @Test
    void eachContributionIsTheMeanAndPercentilesOverTheHeads() {
        List<String> names = CueContributions.parameters(examples.stimuli(), config.cues());
        assertEquals(List.of("order=NVN", "order=NNV", "order=VNN", "animacy"), names);
        for (int j = 0; j < names.size(); j++) {
            HeadEnsemble.Summary summary = result.contributions().get(j);
            assertEquals(names.get(j), summary.parameter());
            double[] values = new double[3];
            double split = 0;
            for (int k = 0; k < 3; k++) {
                values[k] = result.heads().get(k).contributions().get(j).ablation();
                split += result.heads().get(k).contributions().get(j).split() / 3;
            }
            assertEquals(split, summary.split(), 1e-12);
            assertEquals(result.first().contributions().get(j).present(), summary.present());
            if (names.get(j).equals("order=VNN")) {
                assertEquals(HeadEnsemble.Reading.NO_NEUTRAL_SENTENCE, summary.reading());
                assertTrue(Double.isNaN(summary.mean()) && Double.isNaN(summary.low()) && Double.isNaN(summary.high()));
                continue;
            }
            assertEquals(HeadEnsemble.Reading.READ, summary.reading());
            Arrays.sort(values);
            assertEquals((values[0] + values[1] + values[2]) / 3, summary.mean(), 1e-12);
            assertEquals(values[0] + 0.05 * (values[1] - values[0]), summary.low(), 1e-12);
            assertEquals(values[1] + 0.95 * (values[2] - values[1]), summary.high(), 1e-12);
        }
    }
}
