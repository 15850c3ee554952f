package org.cmsim.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.AttentionSettings.QuerySource;
import org.cmsim.model.AttentionSettings.Readout;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.Order;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.testing.TinyLanguage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A head small enough to compute by hand: dModel = dK = dV = 1, so every embedding is a number, W_Q = W_K
 * = 1 and sqrt(dK) = 1. With the verb's query, q = x_v and s_1 - s_2 = q (x_n1 - x_n2); the noun category
 * cancels in the difference. Embeddings: noun 0.7, verb 1, animate 1, inanimate -0.5, sg 0.4, pl -0.1,
 * every unknown value 0, positions 0.3, 0, -0.2. The five sentence types of {@link #CORPUS}, by hand:
 * <pre>
 *   type  tokens  q = x_v                x_n1 - x_n2 (animacy + number + position)   logit
 *   A     3       1 + 0.4 + 0    = 1.4   1.5 + 0.5 + 0.5 = 2.5                        3.5
 *   B     1       1 - 0.1 + 0    = 0.9   -1.5 + 0.5 + 0.5 = -0.5                      -0.45
 *   C     2       1.4                    0 + 0 + 0.5                                  0.7
 *   D     4       1 + 0.4 - 0.2  = 1.2   0 + 0 + 0.3                                  0.36
 *   E     1       1 - 0.1 + 0.3  = 1.2   1.5 + 0 + 0.2 = 1.7                          2.04
 * </pre>
 * Animacy (present in A +1, B -1, E +1), its information removed: A 1.4 x 1 = 1.4, B 0.9 x 1 = 0.9, E 1.2
 * x 0.2 = 0.24; d (logit - ablated) = 2.1, 1.35, 1.8; weighted mean (3 x 2.1 + 1.35 + 1.8) / 5 = 1.89.
 * Agreement (A +1, B -1), the verb's number removed (q = 1): A 2.5, B -0.5; d (logit - ablated) = 1, -0.05;
 * mean (3 - 0.05) / 4 = 0.7375. Its score split keeps the query: q x (number term) = 0.7 and 0.45, so
 * (3 x 0.7 - 0.45) / 4 = 0.4125. Order levels: NVN's only neutral type is C, 0.7; its position terms 0.7,
 * 0.45, 0.7 give the split (3 x 0.7 + 0.45 + 2 x 0.7) / 6; NNV is D alone, 0.36 both ways; VNN has no
 * neutral type (NaN), its split is 1.2 x 0.2 = 0.24.
 */
class HandBuiltHeadTest {

    private static final double EXACT = 1e-12;
    private static final String CORPUS = """
            order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,agent,count
            NVN,animate,sg,sg,inanimate,pl,n1,3
            NVN,inanimate,sg,pl,animate,pl,n2,1
            NVN,animate,sg,sg,animate,sg,n1,2
            NNV,inanimate,sg,sg,inanimate,sg,n2,4
            VNN,animate,pl,pl,inanimate,pl,n1,1
            """;
    private static final AttentionSettings POINTER =
            new AttentionSettings(1, 1, 1, Readout.POINTER, QuerySource.VERB, 1, 1, 0.01, 0, 0.1, 1,
                    AttentionSettings.L2Choice.AS_SET);

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

    private AttentionHead head(AttentionSettings settings, double[][] wv, double[] w, Double b) {
        Map<String, double[]> embeddings = new LinkedHashMap<>();
        Map<String, Double> values = Map.of("noun", 0.7, "verb", 1.0, "animacy=animate", 1.0,
                "animacy=inanimate", -0.5, "number=sg", 0.4, "number=pl", -0.1, "position=0", 0.3,
                "position=2", -0.2);
        for (String row : examples.vocabulary().rowNames()) {
            embeddings.put(row, new double[] {values.getOrDefault(row, 0.0)});
        }
        double[][] one = {{1}};
        boolean learned = settings.query() == QuerySource.LEARNED;
        return AttentionHead.fromExport(examples.vocabulary(), settings, new AttentionHead.Export(embeddings,
                learned ? null : one, one, wv, learned ? new double[] {1} : null, w, b));
    }

    @Test
    void contributionsOfAHandBuiltHeadAreTheHandComputedOnes() {
        AttentionHead head = head(POINTER, null, null, null);
        List<CueContributions.Contribution> contributions = CueContributions.of(head, examples, config.cues());
        assertEquals(List.of("order=NVN", "order=NNV", "order=VNN", "animacy", "agreement"),
                contributions.stream().map(CueContributions.Contribution::parameter).toList());
        assertEquals(List.of("order=NVN", "order=NNV", "order=VNN", "animacy", "agreement"),
                CueContributions.parameters(examples.stimuli(), config.cues()));
        double[][] expected = {   // ablation, split, tokens present
            {0.7, 3.95 / 6, 6}, {0.36, 0.36, 4}, {Double.NaN, 0.24, 1}, {1.89, 1.89, 5}, {0.7375, 0.4125, 4}};
        for (int j = 0; j < expected.length; j++) {
            CueContributions.Contribution c = contributions.get(j);
            assertEquals(expected[j][0], c.ablation(), EXACT, c.parameter() + " ablation");
            assertEquals(expected[j][1], c.split(), EXACT, c.parameter() + " split");
            assertEquals(expected[j][2], c.present(), 0, c.parameter() + " present");
        }
        List<CueContributions.Contribution> ablations = CueContributions.ablations(head, examples, config.cues());
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j][0], ablations.get(j).ablation(), EXACT);
            assertTrue(Double.isNaN(ablations.get(j).split()), "ablations alone carry no split");
        }
        assertTrue(CueContributions.hasNeutralSentence(examples.stimuli(), config.cues(), Order.NNV));
        assertFalse(CueContributions.hasNeutralSentence(examples.stimuli(), config.cues(), Order.VNN));
    }

    @Test
    void theLogitsAndAttentionAreTheHandComputedOnes() {
        AttentionHead head = head(POINTER, null, null, null);
        double[] logits = {3.5, -0.45, 0.7, 0.36, 2.04};
        for (int e = 0; e < logits.length; e++) {
            AttentionHead.Reading reading = head.read(examples.stimuli().get(e));
            assertEquals(logits[e], reading.logit(), EXACT, "type " + e);
            assertEquals(1 / (1 + Math.exp(-logits[e])), reading.probabilityN1(), EXACT);
            assertEquals(reading.probabilityN1(), reading.attentionN1(), EXACT);
        }
        // Type A split by hand: q x (animacy, number, position differences) = 1.4 x (1.5, 0.5, 0.5).
        double[] split = head.scoreSplit(examples.rows[0]);
        assertEquals(3, split.length);
        assertEquals(2.1, split[0], EXACT);
        assertEquals(0.7, split[1], EXACT);
        assertEquals(0.7, split[2], EXACT);
    }

    /**
     * The value readout on type A, W_V = 2, w = 0.5, b = -0.1: a_1 = sigmoid(3.5); x_n1 = 0.7 + 1 + 0.4 + 0.3
     * = 2.4, x_n2 = 0.7 - 0.5 - 0.1 - 0.2 = -0.1; o = a_1 4.8 + (1 - a_1)(-0.2); logit = 0.5 o - 0.1.
     */
    @Test
    void theValueReadoutFollowsItsEquationByHand() {
        AttentionHead head = head(POINTER.withReadout(Readout.VALUE), new double[][] {{2}}, new double[] {0.5}, -0.1);
        double a1 = 1 / (1 + Math.exp(-3.5));
        double logit = 0.5 * (a1 * 4.8 + (1 - a1) * -0.2) - 0.1;
        AttentionHead.Reading reading = head.read(examples.stimuli().get(0));
        assertEquals(a1, reading.attentionN1(), EXACT);
        assertEquals(logit, reading.logit(), EXACT);
        assertEquals(1 / (1 + Math.exp(-logit)), reading.probabilityN1(), EXACT);
        assertTrue(CueContributions.of(head, examples, config.cues()).stream().allMatch(c -> Double.isNaN(c.split())),
                "the score split exists for the pointer readout only");
    }

    /** With a learned query (q = 1 for every sentence) the verb plays no part: agreement contributes nothing. */
    @Test
    void aLearnedQueryIgnoresTheVerb() {
        AttentionHead head = head(POINTER.withQuery(QuerySource.LEARNED), null, null, null);
        assertEquals(2.5, head.read(examples.stimuli().get(0)).logit(), EXACT);
        CueContributions.Contribution agreement = CueContributions.of(head, examples, config.cues()).get(4);
        assertEquals(0, agreement.ablation(), EXACT);
        assertEquals((3 * 0.5 - 0.5) / 4, agreement.split(), EXACT);
    }

    /** The verb-blind query sees the verb's category and position only: A's q = 1 + 0, E's q = 1 + 0.3. */
    @Test
    void aVerbBlindQueryIgnoresTheVerbsFeatures() {
        AttentionHead head = head(POINTER.withQuery(QuerySource.VERB_BLIND), null, null, null);
        assertEquals(2.5, head.read(examples.stimuli().get(0)).logit(), EXACT);
        assertEquals(1.3 * 1.7, head.read(examples.stimuli().get(4)).logit(), EXACT);
    }

    /**
     * Initialisation draws every block from its own normal (the scales of {@link AttentionHead#initialise}:
     * 1/sqrt(dModel) = 0.25 for embeddings and projections, 1/sqrt(dV) for the readout) and leaves the bias 0.
     * Blocks of 128 or more draws: the sample SD within 20% (over 3 standard errors of an SD).
     */
    @Test
    void initialisationDrawsEachBlockAtItsScale() {
        AttentionSettings settings = AttentionSettings.DEFAULTS.withReadout(Readout.VALUE);
        AttentionHead head = new AttentionHead(examples.vocabulary(), settings);
        head.initialise(11);
        double[] theta = head.snapshot();
        AttentionHead.Layout at = head.layout();
        int[][] blocks = {{at.embeddings, at.wq}, {at.wq, at.wk}, {at.wk, at.wv}, {at.wv, at.w}};
        for (int[] block : blocks) {
            double sumSquares = 0;
            for (int i = block[0]; i < block[1]; i++) {
                sumSquares += theta[i] * theta[i];
            }
            double sd = Math.sqrt(sumSquares / (block[1] - block[0]));
            assertEquals(0.25, sd, 0.05, "block from " + block[0]);
        }
        for (int i = at.w; i < at.b; i++) {
            assertTrue(theta[i] != 0 && Math.abs(theta[i]) < 5 / Math.sqrt(8), "w[" + (i - at.w) + "]");
        }
        assertEquals(0, theta[at.b]);
        head.initialise(11);
        assertEquals(java.util.Arrays.toString(theta), java.util.Arrays.toString(head.snapshot()), "seeded");
    }

    /** Box-Muller draws: mean 0, variance 1, and 4.6% beyond 2 SD (2 x (1 - Phi(2)) = 0.0455). */
    @Test
    void gaussianDrawsAreStandardNormal() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        int n = 200_000;
        double sum = 0;
        double sumSquares = 0;
        int beyondTwo = 0;
        for (int i = 0; i < n; i++) {
            double z = AttentionHead.gaussian(random);
            sum += z;
            sumSquares += z * z;
            beyondTwo += Math.abs(z) > 2 ? 1 : 0;
        }
        // Standard errors: mean 1/sqrt(n) = 0.0022, variance sqrt(2/n) = 0.0032, share 0.00047.
        assertEquals(0, sum / n, 0.01);
        assertEquals(1, sumSquares / n, 0.015);
        assertEquals(0.0455, (double) beyondTwo / n, 0.002);
    }

    @Test
    void anExportReadsBackAsTheSameHead() {
        for (AttentionSettings settings : AttentionHeadTest.everyVariant()) {
            AttentionHead head = new AttentionHead(examples.vocabulary(), settings);
            head.initialise(3);
            AttentionHead back = AttentionHead.fromExport(examples.vocabulary(), settings, head.export());
            assertEquals(java.util.Arrays.toString(head.snapshot()), java.util.Arrays.toString(back.snapshot()),
                    settings.toString());
        }
        AttentionHead.Export export = new AttentionHead(examples.vocabulary(), AttentionSettings.DEFAULTS).export();
        Map<String, double[]> missing = new LinkedHashMap<>(export.embeddings());
        missing.remove("number=pl");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AttentionHead.fromExport(
                examples.vocabulary(), AttentionSettings.DEFAULTS, new AttentionHead.Export(missing, export.wq(),
                        export.wk(), null, null, null, null)));
        assertEquals("embedding 'number=pl' missing or not of length 16", e.getMessage());
        double[][] shortRows = {new double[15]};
        assertThrows(IllegalArgumentException.class, () -> AttentionHead.fromExport(examples.vocabulary(),
                AttentionSettings.DEFAULTS, new AttentionHead.Export(export.embeddings(), export.wq(),
                        shortRows, null, null, null, null)));
    }

    /**
     * Parameter counts by hand for the vocabulary's 11 rows (noun, verb, 3 animacy, 3 number, 3 positions)
     * and dModel 16, dK = dV = 8: embeddings 176, W_Q and W_K 128 each, a learned query 8, W_V 128, w 8, b 1.
     */
    @Test
    void theParameterLayoutHasTheHandCountedSize() {
        assertEquals(11, examples.vocabulary().rows());
        AttentionSettings d = AttentionSettings.DEFAULTS;
        assertEquals(176 + 128 + 128, new AttentionHead(examples.vocabulary(), d).parameterCount());
        assertEquals(176 + 128 + 8, new AttentionHead(examples.vocabulary(), d.withQuery(QuerySource.LEARNED))
                .parameterCount());
        assertEquals(176 + 128 + 128 + 128 + 8 + 1, new AttentionHead(examples.vocabulary(),
                d.withReadout(Readout.VALUE)).parameterCount());
    }
}
