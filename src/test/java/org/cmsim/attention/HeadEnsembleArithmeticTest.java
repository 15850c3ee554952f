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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ensemble's numbers recomputed the slow, plain way from its parts (each tested on its own): the
 * held-out log-likelihood of every L2 value summed over folds, the choice of the largest, the heads'
 * seeds, the control head on the same folds, and each contribution's mean
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

    @Test
    void crossValidationSumsHeldOutLogLikelihoodsAndChoosesTheLargest() {
        SplittableRandom random = new SplittableRandom(SEED ^ 0x5DEECE66DL);
        long foldSeed = random.nextLong();
        long[] cvSeeds = {random.nextLong(), random.nextLong()};
        Folds folds = Folds.of(examples, 2, foldSeed);
        double[] expected = new double[2];
        for (int g = 0; g < 2; g++) {
            for (int f = 0; f < 2; f++) {
                expected[g] += heldOut(folds, f, SETTINGS.withL2(PLAN.l2Grid().get(g)), cvSeeds[f]);
            }
        }
        HeadEnsemble.CrossValidation cv = result.crossValidation();
        assertArrayEquals(expected, cv.headLogLik(), 0);
        double chosen = expected[1] > expected[0] ? 0.3 : 1e-3;
        assertEquals(chosen, cv.chosenL2());
        assertEquals(Math.max(expected[0], expected[1]), cv.bestHeadLogLik());
        assertEquals(foldSeed, cv.seed());
        assertEquals(65, cv.tokens());
        assertEquals(2, cv.folds());

        Folds controlFolds = Folds.of(HeadEnsemble.restrictedToCueFeatures(examples, config.cues()), 2, foldSeed);
        double control = 0;
        for (int f = 0; f < 2; f++) {
            control += heldOut(controlFolds, f, SETTINGS.withL2(chosen), cvSeeds[f]);
        }
        assertEquals(control, cv.controlLogLik(), 0);

        assertTrue(cv.controlLogLik() < 0 && cv.bestHeadLogLik() < 0);
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

    private static double heldOut(Folds folds, int f, AttentionSettings settings, long seed) {
        Examples held = folds.heldOut().get(f);
        if (held.totalWeight() == 0) {
            return 0;
        }
        AttentionHead head = AttentionStudy.trainHead(folds.training().get(f), settings, seed, (p, h) -> { }).head();
        return -AdamTrainer.loss(head, held) * held.totalWeight();
    }
}
