package org.cmsim.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.attention.Examples;
import org.cmsim.attention.Folds;
import org.cmsim.design.Counts;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.LanguageConfig;
import org.cmsim.numeric.L2Path;
import org.cmsim.numeric.TokenLogLikelihood;
import org.cmsim.testing.TinyLanguage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nested cross-validation on a constructed data set, with a model whose penalty is easy to reason about: each
 * type's share of n1 agents in the training tokens, shrunk towards the overall share by c = 100 L2 pseudo-tokens,
 * p_e = (n1_e + c p) / (n_e + c). No shrinkage overfits the tokens of each type (a type whose training tokens
 * all went one way predicts the other way as nearly impossible), and a lot of it forgets that the types differ,
 * so the held-out log-likelihood peaks in between.
 */
class NestedCrossValidationTest {

    @TempDir
    static Path dir;
    private static Examples examples;
    private static Folds folds;

    /** 96 sentence types (3 orders x 2^5 feature values), 8 to 20 tokens each, n1 the agent in 10, 30, ..., 90%. */
    @BeforeAll
    static void corpus() throws Exception {
        StringBuilder csv = new StringBuilder("order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,agent,count\n");
        String[] orders = {"NVN", "NNV", "VNN"};
        String[] animacy = {"animate", "inanimate"};
        String[] number = {"sg", "pl"};
        int type = 0;
        for (String order : orders) {
            for (int code = 0; code < 32; code++) {
                int tokens = 8 + (type * 7) % 13;
                int n1 = (int) Math.round(tokens * (0.1 + 0.2 * ((type * 3) % 5)));
                String row = order + "," + animacy[code & 1] + "," + number[(code >> 1) & 1] + ","
                        + number[(code >> 2) & 1] + "," + animacy[(code >> 3) & 1] + "," + number[(code >> 4) & 1];
                if (n1 > 0) {
                    csv.append(row).append(",n1,").append(n1).append('\n');
                }
                if (tokens - n1 > 0) {
                    csv.append(row).append(",n2,").append(tokens - n1).append('\n');
                }
                type++;
            }
        }
        LanguageConfig config = TinyLanguage.write(dir, csv.toString());
        examples = AttentionStudy.examples(CorpusReader.read(config.corpus(), config.features()), config.cues());
        folds = Folds.of(examples, 3, 41);
    }

    /** Calls of the model: the training set's tokens and the L2. */
    private record Call(double tokens, double l2) {
    }

    private static NestedCrossValidation.PenalisedModel shrinkage(List<Call> calls) {
        return (training, l2, seed) -> {
            calls.add(new Call(training.totalWeight(), l2));
            Counts counts = training.counts();
            double all = 0;
            double n1 = 0;
            for (int e = 0; e < counts.size(); e++) {
                all += counts.trials()[e];
                n1 += counts.n1()[e];
            }
            double share = n1 / all;
            double c = 100 * l2;
            double[] logits = new double[counts.size()];
            for (int e = 0; e < logits.length; e++) {
                double p = (counts.n1()[e] + c * share) / (counts.trials()[e] + c);
                logits[e] = Math.log(p / (1 - p));
            }
            return logits;
        };
    }

    @Test
    void eachFoldChoosesAnInteriorL2InsideItsTrainingSet() {
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        NestedCrossValidation.PenalisedModel model = shrinkage(calls);
        NestedCrossValidation.Outcome outcome = NestedCrossValidation.run(folds, List.of(new NestedCrossValidation
                .Candidate(model, new long[3], new long[3], null, NestedCrossValidation.KnownLogits.NONE)),
                L2Path.START, 2).get(0);
        assertEquals(3, outcome.innerCurves().size());
        for (int f = 0; f < 3; f++) {
            L2Path.Curve curve = outcome.innerCurves().get(f);
            assertTrue(curve.interior(), "fold " + f + ": " + curve.points());
            assertEquals(curve.chosen(), outcome.foldL2()[f]);
            // Each inner point by hand: the model on the folds other than f and h, scored on h, summed over h.
            for (L2Path.Point point : curve.points()) {
                double sum = 0;
                for (int h = 0; h < 3; h++) {
                    if (h != f) {
                        Counts held = folds.heldOut().get(h).counts();
                        sum += TokenLogLikelihood.of(held.trials(), held.n1(),
                                model.logits(folds.trainingWithout(f, h), point.l2(), 0)).sum();
                    }
                }
                assertEquals(sum, point.logLik(), 1e-9);
            }
            // The outer fit: on every fold but f, at the fold's own L2, read on its held-out types.
            assertArrayEquals(model.logits(folds.training().get(f), outcome.foldL2()[f], 0),
                    outcome.heldOutLogits()[f], 0);
        }
    }

    /**
     * The inner training sets are shared: the folds other than f and h serve fold f's choice and fold h's, so no
     * (training set, L2) is fitted twice, and the curves are searched together.
     */
    @Test
    void noInnerTrainingIsFittedTwice() {
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        NestedCrossValidation.Outcome outcome = NestedCrossValidation.run(folds, List.of(new NestedCrossValidation
                .Candidate(shrinkage(calls), new long[3], new long[3], null, NestedCrossValidation.KnownLogits.NONE)),
                L2Path.START, 1).get(0);
        List<Call> inner = calls.subList(0, calls.size() - 3);
        assertEquals(inner.size(), inner.stream().distinct().count(), "each inner (training set, L2) once");
        java.util.Set<Double> l2s = new java.util.TreeSet<>();
        outcome.innerCurves().forEach(c -> l2s.addAll(c.l2s()));
        assertTrue(inner.size() <= 3 * l2s.size(), "at most three inner training sets per L2");
        assertEquals(3, NestedCrossValidation.pairCount(3));
        assertEquals(List.of(0, 1, 2, 0, 2, 1), List.of(NestedCrossValidation.pairIndex(0, 1, 3),
                NestedCrossValidation.pairIndex(0, 2, 3), NestedCrossValidation.pairIndex(1, 2, 3),
                NestedCrossValidation.pairIndex(1, 0, 3), NestedCrossValidation.pairIndex(2, 1, 3),
                NestedCrossValidation.pairIndex(2, 0, 3)));
        assertEquals(5, NestedCrossValidation.pairIndex(2, 3, 4), "(0,1) (0,2) (0,3) (1,2) (1,3) (2,3)");
    }

    /** An L2 set beforehand is used in every fold, with no inner search; known outer logits are not refitted. */
    @Test
    void aSetL2IsUsedAsItIsAndKnownLogitsAreNotRefitted() {
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        double[] marker = new double[examples.size()];
        java.util.Arrays.fill(marker, 0.25);
        NestedCrossValidation.Outcome outcome = NestedCrossValidation.run(folds, List.of(new NestedCrossValidation
                .Candidate(shrinkage(calls), new long[3], new long[3], 0.05,
                        (l2, fold) -> fold == 1 ? Optional.of(marker) : Optional.empty())), L2Path.START, 2).get(0);
        assertArrayEquals(new double[] {0.05, 0.05, 0.05}, outcome.foldL2());
        assertTrue(outcome.innerCurves().isEmpty());
        assertArrayEquals(marker, outcome.heldOutLogits()[1]);
        assertEquals(2, calls.size(), "only folds 0 and 2 are fitted");
    }

    /** A training set without tokens (two tokens dealt into three folds leave one empty) is not fitted: P = 1/2. */
    @Test
    void anEmptyTrainingSetAnswersOneHalf(@TempDir Path tiny) throws Exception {
        LanguageConfig config = TinyLanguage.write(tiny, """
                order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,agent,count
                NVN,animate,sg,sg,inanimate,pl,n1,2
                """);
        Examples two = AttentionStudy.examples(CorpusReader.read(config.corpus(), config.features()), config.cues());
        Folds dealt = Folds.of(two, 3, 1);
        NestedCrossValidation.PenalisedModel model = (training, l2, seed) -> {
            assertTrue(training.totalWeight() > 0, "fitted only to tokens");
            return new double[] {1};
        };
        NestedCrossValidation.Outcome outcome = NestedCrossValidation.run(dealt, List.of(new NestedCrossValidation
                .Candidate(model, new long[3], new long[3], null, NestedCrossValidation.KnownLogits.NONE)),
                L2Path.START, 1).get(0);
        for (int f = 0; f < 3; f++) {
            assertEquals(dealt.training().get(f).totalWeight() == 0 ? 0 : 1, outcome.heldOutLogits()[f][0], 0);
        }
    }
}
