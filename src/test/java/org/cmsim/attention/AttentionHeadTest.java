package org.cmsim.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.AttentionSettings.QuerySource;
import org.cmsim.model.AttentionSettings.Readout;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Slot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AttentionHeadTest {

    private static final double RELATIVE_ERROR = 1e-6;
    /** Five-point stencil step: truncation error O(STEP^4), round-off about 1e-16 / STEP. */
    private static final double STEP = 1e-3;
    private static final double ROUND_OFF = 1e-11;

    static Examples illustrativeExamples() throws Exception {
        LanguageConfig config = ConfigReader.readLanguage(Path.of("configs/illustrative.json"));
        SentenceCorpus corpus = CorpusReader.read(config.corpus(), config.features());
        List<Sentence> sentences = corpus.sentences();
        double[] weight = sentences.stream().mapToDouble(Sentence::count).toArray();
        double[] n1 = sentences.stream().mapToDouble(s -> s.agent() == Slot.N1 ? s.count() : 0).toArray();
        return Examples.of(new Vocabulary(config.features()), sentences.stream().map(Sentence::stimulus).toList(),
                weight, n1);
    }

    static List<AttentionSettings> everyVariant() {
        AttentionSettings base = AttentionSettings.DEFAULTS;
        return List.of(base, base.withReadout(Readout.VALUE),
                base.withQuery(QuerySource.VERB_BLIND), base.withQuery(QuerySource.LEARNED),
                base.withReadout(Readout.VALUE).withQuery(QuerySource.LEARNED),
                base.withReadout(Readout.VALUE).withQuery(QuerySource.VERB_BLIND));
    }

    /** Every parameter's gradient against central finite differences of the loss. */
    @ParameterizedTest
    @MethodSource("everyVariant")
    void gradientMatchesFiniteDifferencesForEveryParameter(AttentionSettings settings) throws Exception {
        Examples examples = illustrativeExamples();
        assertGradientMatchesFiniteDifferences(new AttentionHead(examples.vocabulary(), settings), examples);
    }

    /** The head with uniform attention: its value path's gradient, every parameter of it. */
    @Test
    void uniformAttentionGradientMatchesFiniteDifferences() throws Exception {
        Examples examples = illustrativeExamples();
        AttentionHead head = AttentionHead.withUniformAttention(examples.vocabulary(), AttentionSettings.DEFAULTS);
        assertGradientMatchesFiniteDifferences(head, examples);
        assertProjectedBatchGivesThePlainGradient(head, examples);
    }

    private static void assertGradientMatchesFiniteDifferences(AttentionHead head, Examples examples) {
        head.initialise(17);
        double[] theta = head.parameters();
        double[] gradient = new double[theta.length];
        int[] all = java.util.stream.IntStream.range(0, examples.size()).toArray();
        head.lossAndGradient(examples, all, 0, all.length, gradient);
        int checked = 0;
        double worst = 0;
        String where = "";
        for (int j = 0; j < theta.length; j++) {
            double saved = theta[j];
            // f'(x) = (-f(x+2h) + 8 f(x+h) - 8 f(x-h) + f(x-2h)) / 12h + O(h^4)
            double[] f = new double[4];
            double[] offsets = {2 * STEP, STEP, -STEP, -2 * STEP};
            for (int i = 0; i < 4; i++) {
                theta[j] = saved + offsets[i];
                f[i] = head.loss(examples);
            }
            theta[j] = saved;
            double numeric = (-f[0] + 8 * f[1] - 8 * f[2] + f[3]) / (12 * STEP);
            // Relative error where the gradient is above round-off; an unused parameter's gradient is 0.
            double scale = Math.abs(numeric) + Math.abs(gradient[j]);
            double error = scale < ROUND_OFF ? 0 : Math.abs(numeric - gradient[j]) / scale;
            if (error > worst) {
                worst = error;
                where = j + ": analytic " + gradient[j] + ", numeric " + numeric;
            }
            checked += gradient[j] != 0 ? 1 : 0;
        }
        assertTrue(worst < RELATIVE_ERROR, "worst relative error " + worst + " at " + where);
        assertTrue(checked > theta.length / 2, "most parameters receive a gradient: " + checked + "/" + theta.length);
    }

    /** The training kernel's projected-row gradient equals the plain chain rule's. */
    @ParameterizedTest
    @MethodSource("everyVariant")
    void projectedBatchGivesThePlainGradient(AttentionSettings settings) throws Exception {
        Examples examples = illustrativeExamples();
        assertProjectedBatchGivesThePlainGradient(new AttentionHead(examples.vocabulary(), settings), examples);
    }

    private static void assertProjectedBatchGivesThePlainGradient(AttentionHead head, Examples examples) {
        head.initialise(23);
        int[] all = java.util.stream.IntStream.range(0, examples.size()).toArray();
        double[] plain = new double[head.parameters().length];
        double[] fast = new double[head.parameters().length];
        double plainLoss = head.lossAndGradient(examples, all, 0, all.length, plain);
        double fastLoss = new ProjectedBatch(head).lossAndGradient(examples, all, 0, all.length, fast);
        assertEquals(plainLoss, fastLoss, 1e-12);
        for (int j = 0; j < plain.length; j++) {
            assertEquals(plain[j], fast[j], 1e-12 * Math.max(1, Math.abs(plain[j])), "parameter " + j);
        }
    }

    /**
     * Batch after batch on one kernel, as training calls it: each small batch (missing most signatures, which
     * the kernel then neither sums nor spreads) still gives the plain chain rule's loss and gradient.
     */
    @ParameterizedTest
    @MethodSource("everyVariant")
    void projectedBatchGivesThePlainGradientBatchAfterBatch(AttentionSettings settings) throws Exception {
        Examples examples = illustrativeExamples();
        AttentionHead head = new AttentionHead(examples.vocabulary(), settings);
        head.initialise(29);
        int[] order = java.util.stream.IntStream.range(0, examples.size()).map(e -> examples.size() - 1 - e)
                .toArray();
        ProjectedBatch kernel = new ProjectedBatch(head);
        int batch = 3;
        for (int from = 0; from < order.length; from += batch) {
            int to = Math.min(order.length, from + batch);
            double[] plain = new double[head.parameters().length];
            double[] fast = new double[head.parameters().length];
            double plainLoss = head.lossAndGradient(examples, order, from, to, plain);
            double fastLoss = kernel.lossAndGradient(examples, order, from, to, fast);
            assertEquals(plainLoss, fastLoss, 1e-12, "batch from " + from);
            for (int j = 0; j < plain.length; j++) {
                assertEquals(plain[j], fast[j], 1e-12 * Math.max(1, Math.abs(plain[j])), "batch from " + from
                        + ", parameter " + j);
            }
        }
    }

    /** The pointer readout's score split sums to s_1 - s_2, the logit. */
    @ParameterizedTest
    @EnumSource(value = QuerySource.class)
    void scoreSplitSumsToTheLogit(QuerySource query) throws Exception {
        Examples examples = illustrativeExamples();
        AttentionHead head = new AttentionHead(examples.vocabulary(), AttentionSettings.DEFAULTS.withQuery(query));
        head.initialise(5);
        for (int e = 0; e < examples.size(); e++) {
            double[] terms = head.scoreSplit(examples.rows[e]);
            double sum = 0;
            for (double term : terms) {
                sum += term;
            }
            AttentionHead.Reading reading = head.read(examples.rows[e]);
            assertEquals(reading.logit(), sum, 1e-12);
            assertEquals(reading.attentionN1(), reading.probabilityN1(), 1e-15);
        }
    }

    /**
     * With attention removed the head reads the nouns as a pair: a = 1/2 on each, no query or key parameters, and
     * the same logit when the two nouns trade their features (positions stay), so it cannot tell which noun bears
     * a feature; the verb's features do not matter either.
     */
    @Test
    void uniformAttentionCannotTieAFeatureToANoun() throws Exception {
        Examples examples = illustrativeExamples();
        AttentionSettings settings = AttentionSettings.DEFAULTS;
        AttentionHead head = AttentionHead.withUniformAttention(examples.vocabulary(), settings);
        head.initialise(3);
        AttentionHead full = new AttentionHead(examples.vocabulary(), settings.withReadout(Readout.VALUE));
        int d = settings.dModel();
        assertEquals(full.parameterCount() - 2 * settings.dK() * d, head.parameterCount(), "no W_Q, no W_K");
        assertTrue(head.hasUniformAttention());
        assertEquals(Readout.VALUE, head.settings().readout());
        assertTrue(head.export().wq() == null && head.export().wk() == null);
        for (int e = 0; e < examples.size(); e++) {
            int[][] rows = examples.rows[e];
            AttentionHead.Reading reading = head.read(rows);
            assertEquals(0.5, reading.attentionN1());
            int[][] swapped = {rows[0].clone(), rows[1].clone(), rows[2].clone()};
            // Every feature row (between the category and the position) moves to the other noun.
            for (int c = 1; c < rows[0].length - 1; c++) {
                swapped[Examples.N1][c] = rows[Examples.N2][c];
                swapped[Examples.N2][c] = rows[Examples.N1][c];
            }
            for (int c = 1; c < rows[1].length - 1; c++) {
                swapped[Examples.VERB][c] = rows[Examples.N1][c];
            }
            assertEquals(reading.logit(), head.read(swapped).logit(), 1e-12);
        }
    }
}
