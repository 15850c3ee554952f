package org.cmsim.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.testing.TinyLanguage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How sentence types become the head's input rows and training signal, and how their tokens are dealt out. */
class ExamplesTest {

    private static final String CORPUS = """
            order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,agent,count
            NVN,animate,sg,sg,inanimate,pl,n1,30
            NVN,animate,sg,sg,inanimate,pl,n2,10
            VNN,inanimate,pl,pl,animate,sg,n2,7
            """;

    @TempDir
    Path dir;

    private LanguageConfig config;
    private Examples examples;

    @BeforeEach
    void readCorpus() throws Exception {
        config = TinyLanguage.write(dir, CORPUS);
        SentenceCorpus corpus = CorpusReader.read(config.corpus(), config.features());
        examples = AttentionStudy.examples(corpus, config.cues());
    }

    /**
     * Rows by hand: noun 0, verb 1, animacy unknown/animate/inanimate 2-4, number unknown/sg/pl 5-7,
     * positions 8-10. The NVN type: n1 = noun, animate, sg, position 0; the verb = verb, animacy unknown,
     * sg, position 1; n2 = noun, inanimate, pl, position 2.
     */
    @Test
    void aSentenceTypeIsTheRowsOfItsThreeTokens() {
        Vocabulary vocabulary = examples.vocabulary();
        assertEquals(List.of("noun", "verb", "animacy=unknown", "animacy=animate", "animacy=inanimate",
                "number=unknown", "number=sg", "number=pl", "position=0", "position=1", "position=2"),
                vocabulary.rowNames());
        assertEquals(11, vocabulary.rows());
        assertEquals(5, vocabulary.featureRow(1, FeatureValues.UNKNOWN));
        assertEquals(7, vocabulary.featureRow(1, 1));
        assertEquals(10, vocabulary.positionRow(2));
        assertEquals(1, vocabulary.categoryRow(true));
        assertEquals(0, vocabulary.categoryRow(false));
        assertEquals(2, examples.size());
        int[][] nvn = examples.rows[0];
        assertArrayEquals(new int[] {0, 3, 6, 8}, nvn[Examples.N1]);
        assertArrayEquals(new int[] {1, 2, 6, 9}, nvn[Examples.VERB]);
        assertArrayEquals(new int[] {0, 4, 7, 10}, nvn[Examples.N2]);
        // VNN: the verb first, then n1 (inanimate, pl) and n2 (animate, sg).
        int[][] vnn = examples.rows[1];
        assertArrayEquals(new int[] {0, 4, 7, 9}, vnn[Examples.N1]);
        assertArrayEquals(new int[] {1, 2, 7, 8}, vnn[Examples.VERB]);
        assertArrayEquals(new int[] {0, 3, 6, 10}, vnn[Examples.N2]);
        assertEquals(6, examples.signatureCount(), "six different tokens");
        for (int e = 0; e < 2; e++) {
            for (int t = 0; t < 3; t++) {
                assertArrayEquals(examples.rows[e][t], examples.signatureRows[examples.tokens[e][t]]);
            }
        }
    }

    /** The training signal: 40 tokens of the NVN type, 30 with n1 as agent; 7 of VNN, none with n1. */
    @Test
    void theSignalIsTheTokensAndTheShareWithN1AsAgent() {
        assertEquals(40, examples.weight(0));
        assertEquals(0.75, examples.targetN1(0));
        assertEquals(7, examples.weight(1));
        assertEquals(0, examples.targetN1(1));
        assertEquals(47, examples.totalWeight());
        Examples none = examples.withWeights(new double[] {0, 4}, new double[] {0, 1});
        assertEquals(0.5, none.targetN1(0), "no tokens: no preference");
        assertEquals(0.25, none.targetN1(1));
        assertEquals(4, none.totalWeight());
    }

    /**
     * Another share of the same types carries the same encoding (one copy, not rebuilt for every fold and
     * resample), its own weights and targets, and copies of what it is given; its weights must be one per type.
     */
    @Test
    void anotherShareOfTheTypesKeepsTheirEncoding() {
        double[] weight = {2, 4};
        Examples share = examples.withWeights(weight, new double[] {2, 1});
        weight[0] = 9;
        assertEquals(2, share.weight(0), "a copy of the weights");
        assertEquals(1, share.targetN1(0));
        assertEquals(examples.stimuli(), share.stimuli());
        assertEquals(examples.vocabulary(), share.vocabulary());
        assertEquals(examples.rows, share.rows);
        assertEquals(examples.tokens, share.tokens);
        assertEquals(examples.signatureRows, share.signatureRows);
        Examples fresh = Examples.of(examples.vocabulary(), examples.stimuli(), new double[] {2, 4},
                new double[] {2, 1});
        for (int e = 0; e < 2; e++) {
            assertArrayEquals(fresh.tokens[e], share.tokens[e]);
            assertEquals(fresh.targetN1(e), share.targetN1(e));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> examples.withWeights(new double[] {1}, new double[] {1, 0}));
        assertEquals("one weight and one n1 count per sentence type (2), got 1 and 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> examples.withWeights(new double[] {1, 1}, new double[] {1}));
    }

    /** Every token is dealt to exactly one side, agents and all, whatever the share. */
    @Test
    void splitsAndFoldsDealEveryTokenAndEveryAgentOnce() {
        for (double share : new double[] {0, 0.3, 0.9}) {
            HeldOutSplit split = HeldOutSplit.of(examples, share, 5);
            for (int e = 0; e < examples.size(); e++) {
                assertEquals(examples.weight(e), split.train().weight(e) + split.heldOut().weight(e), 0);
                assertEquals(examples.weight(e) * examples.targetN1(e), split.train().weight(e)
                        * split.train().targetN1(e) + split.heldOut().weight(e) * split.heldOut().targetN1(e), 1e-12);
            }
            if (share == 0) {
                assertEquals(0, split.heldOut().totalWeight());
            }
        }
        Folds folds = Folds.of(examples, 4, 2);
        assertEquals(4, folds.count());
        for (int e = 0; e < examples.size(); e++) {
            double n1 = 0;
            for (int f = 0; f < 4; f++) {
                Examples held = folds.heldOut().get(f);
                Examples rest = folds.training().get(f);
                n1 += held.weight(e) * held.targetN1(e);
                assertEquals(examples.weight(e) * examples.targetN1(e),
                        held.weight(e) * held.targetN1(e) + rest.weight(e) * rest.targetN1(e), 1e-12);
            }
            assertEquals(examples.weight(e) * examples.targetN1(e), n1, 1e-12);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Folds.of(examples, 1, 2));
        assertEquals("cross-validation needs at least 2 folds, got 1", e.getMessage());
    }

    /**
     * The inner training set of nested folds: every fold but f and h, the same set for (f, h) and (h, f), with its
     * tokens and agents those of the other folds added up.
     */
    @Test
    void leavingTwoFoldsOutKeepsTheTokensOfTheOthers() {
        Folds folds = Folds.of(examples, 4, 2);
        Examples rest = folds.trainingWithout(0, 2);
        Examples again = folds.trainingWithout(2, 0);
        for (int e = 0; e < examples.size(); e++) {
            Examples one = folds.heldOut().get(1);
            Examples three = folds.heldOut().get(3);
            assertEquals(one.weight(e) + three.weight(e), rest.weight(e), 0);
            assertEquals(one.weight(e) * one.targetN1(e) + three.weight(e) * three.targetN1(e),
                    rest.weight(e) * rest.targetN1(e), 1e-12);
            assertEquals(rest.weight(e), again.weight(e), 0);
            assertEquals(rest.targetN1(e), again.targetN1(e), 0);
        }
        Examples ofThree = Folds.of(examples, 3, 2).trainingWithout(0, 1);
        assertEquals(Folds.of(examples, 3, 2).heldOut().get(2).totalWeight(), ofThree.totalWeight(), 0);
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class, () -> folds.trainingWithout(1, 1));
        assertEquals("two different folds are left out, got 1 twice", same.getMessage());
    }

    @Test
    void anEnsemblePlanNeedsAHeadAGridAndTwoFolds() {
        assertEquals(new HeadEnsemble.Plan(10, List.of(1e-4, 1e-3, 1e-2), 3), HeadEnsemble.Plan.defaults());
        assertEquals(4, HeadEnsemble.Plan.defaults().withSeeds(4).seeds());
        IllegalArgumentException seeds = assertThrows(IllegalArgumentException.class,
                () -> new HeadEnsemble.Plan(0, List.of(0.1), 3));
        assertEquals("the number of heads (seeds) must be at least 1, got 0", seeds.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HeadEnsemble.Plan(1, List.of(), 3));
        assertThrows(IllegalArgumentException.class, () -> new HeadEnsemble.Plan(1, List.of(0.1), 1));
    }
}
