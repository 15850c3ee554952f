package org.cmsim.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.attention.Examples;
import org.cmsim.attention.Folds;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.competition.InteractionLogistic;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.LanguageConfig;
import org.cmsim.numeric.L2Path;
import org.cmsim.numeric.TokenLogLikelihood;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five models' held-out log-likelihoods recomputed by hand on the folds the heads' cross-validation dealt. */
class HeldOutTest {

    private static final String CONFIG = """
            {"name": "tiny", "corpus": "corpus.csv",
             "features": {"animacy": ["animate", "inanimate"]},
             "cues": [{"name": "order", "kind": "order"},
                      {"name": "animacy", "kind": "contrast", "feature": "animacy", "value": "animate"}],
             "seed": 1}
            """;
    private static final String CORPUS = """
            order,n1.animacy,n2.animacy,agent,count
            NVN,animate,inanimate,n1,30
            NVN,animate,inanimate,n2,4
            NVN,inanimate,animate,n2,10
            NVN,inanimate,animate,n1,5
            NVN,animate,animate,n1,12
            NVN,animate,animate,n2,5
            NNV,inanimate,inanimate,n2,4
            NNV,animate,inanimate,n1,3
            VNN,animate,inanimate,n1,6
            VNN,animate,inanimate,n2,3
            """;
    private static final AttentionSettings SETTINGS = AttentionSettings.DEFAULTS.withEpochs(5);
    private static final long SEED = 5;

    @TempDir
    static Path dir;
    static LanguageConfig config;
    static Examples examples;
    static HeadEnsemble.CrossValidation heads;
    static HeldOut heldOut;

    @BeforeAll
    static void compare() throws Exception {
        Files.writeString(dir.resolve("config.json"), CONFIG);
        Files.writeString(dir.resolve("corpus.csv"), CORPUS);
        config = ConfigReader.readLanguage(dir.resolve("config.json"));
        examples = AttentionStudy.examples(CorpusReader.read(config.corpus(), config.features()), config.cues());
        heads = HeadEnsemble.fit(examples, config.cues(), SETTINGS, SEED, new HeadEnsemble.Plan(1, L2Path.START, 3), 2)
                .crossValidation();
        heldOut = HeldOut.of(examples, config.cues(), SETTINGS, heads, SEED, 2);
    }

    private static double score(Counts held, double[] logits) {
        return TokenLogLikelihood.of(held.trials(), held.n1(), logits).sum();
    }

    /** sum over folds f and held-out types e of n1 ln p_e + n2 ln(1 - p_e), p from the rule fitted to the other folds. */
    @Test
    void theRuleAndWordOrderAloneAreFittedOnEachTrainingFoldAndScoredOnItsHeldOutFold() {
        Folds folds = Folds.of(examples, 3, heads.seed());
        Design design = Design.of(examples.stimuli(), config.cues());
        Design order = Design.of(examples.stimuli(), List.of());
        assertEquals(List.of("order=NVN", "order=NNV", "order=VNN"), order.parameters());
        for (int f = 0; f < 3; f++) {
            Examples held = folds.heldOut().get(f);
            double rule = 0;
            double orderAlone = 0;
            double[] p = new MultiplicativeRule().fit(design, folds.training().get(f).counts()).predicted();
            double[] q = new MultiplicativeRule().fit(order, folds.training().get(f).counts()).predicted();
            for (int e = 0; e < held.size(); e++) {
                double n1 = Math.round(held.weight(e) * held.targetN1(e));
                double n2 = held.weight(e) - n1;
                rule += (n1 > 0 ? n1 * Math.log(p[e]) : 0) + (n2 > 0 ? n2 * Math.log(1 - p[e]) : 0);
                orderAlone += (n1 > 0 ? n1 * Math.log(q[e]) : 0) + (n2 > 0 ? n2 * Math.log(1 - q[e]) : 0);
            }
            assertEquals(rule, heldOut.model(HeldOut.RULE).foldLogLik()[f], 1e-9);
            assertEquals(orderAlone, heldOut.model(HeldOut.ORDER).foldLogLik()[f], 1e-9);
            assertTrue(Double.isNaN(heldOut.model(HeldOut.RULE).foldL2()[f]));
        }
        assertEquals(HeldOut.MODELS, heldOut.models().stream().map(HeldOut.ModelScore::model).toList());
        assertEquals(3, heldOut.folds());
        assertEquals(82, heldOut.tokens());
    }

    /**
     * The penalised models: each fold's L2 is its inner curve's best, and each inner point is the model fitted to
     * the folds other than f and h, scored on h, summed over h. The head's outer fits are its L2 curve's (the same
     * seeds); the uniform head's draw their seeds after the head's inner ones.
     */
    @Test
    void thePenalisedModelsChooseTheirL2InsideEachTrainingSet() {
        Folds folds = Folds.of(examples, 3, heads.seed());
        Design design = Design.of(examples.stimuli(), config.cues());
        SplittableRandom random = new SplittableRandom(SEED ^ 0x4E45535445444356L);
        for (int i = 0; i < 3; i++) {
            random.nextLong();
        }
        long[] uniformSeeds = {random.nextLong(), random.nextLong(), random.nextLong()};
        HeldOut.ModelScore interactions = heldOut.model(HeldOut.INTERACTIONS);
        HeldOut.ModelScore head = heldOut.model(HeldOut.HEAD);
        HeldOut.ModelScore uniform = heldOut.model(HeldOut.UNIFORM);
        for (int f = 0; f < 3; f++) {
            Counts held = folds.heldOut().get(f).counts();
            L2Path.Curve curve = interactions.innerCurves().get(f);
            assertEquals(curve.chosen(), interactions.foldL2()[f]);
            for (L2Path.Point point : curve.points()) {
                double sum = 0;
                for (int h = 0; h < 3; h++) {
                    if (h != f) {
                        sum += score(folds.heldOut().get(h).counts(), InteractionLogistic.fit(design,
                                folds.trainingWithout(f, h).counts(), point.l2()).logits());
                    }
                }
                assertEquals(sum, point.logLik(), 1e-9);
            }
            assertEquals(score(held, InteractionLogistic.fit(design, folds.training().get(f).counts(),
                    interactions.foldL2()[f]).logits()), interactions.foldLogLik()[f], 1e-9);

            assertEquals(head.innerCurves().get(f).chosen(), head.foldL2()[f]);
            double[] headLogits = AttentionStudy.logitsOfTrainedHead(folds.training().get(f),
                    SETTINGS.withL2(head.foldL2()[f]), heads.trainingSeed(f));
            assertEquals(score(held, headLogits), head.foldLogLik()[f], 1e-9);
            heads.heldOutLogits(head.foldL2()[f], f).ifPresent(known -> assertArrayEquals(known, headLogits, 0));

            assertEquals(uniform.innerCurves().get(f).chosen(), uniform.foldL2()[f]);
            assertEquals(score(held, AttentionStudy.logitsOfTrainedUniformHead(folds.training().get(f),
                    SETTINGS.withL2(uniform.foldL2()[f]), uniformSeeds[f])), uniform.foldLogLik()[f], 1e-9);
        }
    }

    /** The head against each other model: the difference of their totals, per fold and summed. */
    @Test
    void theHeadsDifferencesAreThoseOfTheTotals() {
        assertEquals(HeldOut.BASELINES, heldOut.differences().stream().map(PairedDifference::baseline).toList());
        for (String baseline : HeldOut.BASELINES) {
            PairedDifference d = heldOut.headAgainst(baseline);
            assertEquals(heldOut.model(HeldOut.HEAD).logLik() - heldOut.model(baseline).logLik(), d.total(), 1e-9);
            for (int f = 0; f < 3; f++) {
                assertEquals(heldOut.model(HeldOut.HEAD).foldLogLik()[f] - heldOut.model(baseline).foldLogLik()[f],
                        d.byFold()[f], 1e-9);
            }
            assertEquals(HeldOut.BOOTSTRAP_REPLICATES, d.replicates());
            assertTrue(d.tokenLow() <= d.tokenHigh() && d.foldLow() <= d.foldHigh());
        }
    }

    @Test
    void theComparisonIsTheSameOnAnyNumberOfThreads() {
        HeldOut once = HeldOut.of(examples, config.cues(), SETTINGS, heads, SEED, 1);
        for (String model : HeldOut.MODELS) {
            assertArrayEquals(heldOut.model(model).foldLogLik(), once.model(model).foldLogLik(), 0, model);
            assertArrayEquals(heldOut.model(model).foldL2(), once.model(model).foldL2(), 0, model);
        }
        for (String baseline : HeldOut.BASELINES) {
            assertEquals(heldOut.headAgainst(baseline).tokenLow(), once.headAgainst(baseline).tokenLow(), 0);
        }
    }

    /** An L2 set in the config is the head's in every fold, with no inner search. */
    @Test
    void anL2SetForTheHeadsIsUsedInEveryFold() {
        AttentionSettings set = SETTINGS.withL2AsSet(0.02);
        HeadEnsemble.CrossValidation fixed = HeadEnsemble.fit(examples, config.cues(), set, SEED,
                new HeadEnsemble.Plan(1, L2Path.START, 3), 2).crossValidation();
        HeldOut.ModelScore head = HeldOut.of(examples, config.cues(), set, fixed, SEED, 2).model(HeldOut.HEAD);
        assertArrayEquals(new double[] {0.02, 0.02, 0.02}, head.foldL2());
        assertTrue(head.innerCurves().isEmpty());
        assertEquals(fixed.bestHeadLogLik(), head.logLik(), 1e-9, "the curve's one point, the same folds and seeds");
    }
}
