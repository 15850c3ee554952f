package org.cmsim.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cmsim.model.AttentionSettings;
import org.junit.jupiter.api.Test;

/** The trainer against Adam written out from the paper, and its early stopping against the rule in words. */
class AdamTrainerTest {

    /** Adam's steps are lr x (m-hat / (sqrt(v-hat) + eps)), of order lr; the gradients agree to 1e-12. */
    private static final double THETA_TOLERANCE = 1e-9;

    /**
     * Two epochs of one full batch each are two steps of Kingma &amp; Ba (2015), Algorithm 1, with
     * beta1 = 0.9, beta2 = 0.999, eps = 1e-8 and the L2 term l2 theta added to the gradient, computed here
     * from the plain chain-rule gradient ({@link AttentionHead#lossAndGradient}).
     */
    @Test
    void twoFullBatchStepsAreAdamAsThePaperWritesIt() throws Exception {
        Examples examples = AttentionHeadTest.illustrativeExamples();
        AttentionSettings settings = AttentionSettings.DEFAULTS.withEpochs(2).withL2(0.01);
        AttentionHead head = new AttentionHead(examples.vocabulary(), settings);
        head.initialise(4);
        AttentionHead reference = new AttentionHead(examples.vocabulary(), settings);
        reference.initialise(4);
        List<Double> presented = new ArrayList<>();
        AdamTrainer.Result result = AdamTrainer.train(head, examples, null, 9, (p, h) -> presented.add(p));

        int[] active = IntStream.range(0, examples.size()).filter(e -> examples.weight(e) > 0).toArray();
        double[] theta = reference.parameters();
        double[] m = new double[theta.length];
        double[] v = new double[theta.length];
        double lossAtSecondStep = Double.NaN;
        for (int t = 1; t <= 2; t++) {
            double[] g = new double[theta.length];
            double loss = reference.lossAndGradient(examples, active, 0, active.length, g);
            lossAtSecondStep = loss;
            for (int j = 0; j < theta.length; j++) {
                double gj = g[j] + 0.01 * theta[j];
                m[j] = 0.9 * m[j] + 0.1 * gj;
                v[j] = 0.999 * v[j] + 0.001 * gj * gj;
                double mHat = m[j] / (1 - Math.pow(0.9, t));
                double vHat = v[j] / (1 - Math.pow(0.999, t));
                theta[j] -= settings.learningRate() * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        double[] trained = head.snapshot();
        for (int j = 0; j < theta.length; j++) {
            assertEquals(theta[j], trained[j], THETA_TOLERANCE, "parameter " + j);
        }
        double tokens = examples.totalWeight();
        assertEquals(List.of(tokens, 2 * tokens), presented);
        assertEquals(new AdamTrainer.Result(2, 2, lossAtSecondStep, Double.NaN, false, 2 * tokens, 2L * active.length)
                .toString(), withLossRounded(result, lossAtSecondStep).toString());
        assertEquals(lossAtSecondStep, result.trainLoss(), 1e-12);
    }

    /**
     * Early stopping as the class comment says it: the epoch with the lowest held-out loss is kept (an
     * improvement must exceed 1e-12), training stops after {@code patience} epochs without one, and the
     * kept epoch's parameters are restored. The held-out loss of every epoch is recomputed here from
     * the parameters the listener sees after the epoch's one batch.
     */
    @Test
    void earlyStoppingKeepsTheBestEpochAndStopsAfterPatience() throws Exception {
        Examples examples = AttentionHeadTest.illustrativeExamples();
        HeldOutSplit split = HeldOutSplit.of(examples, 0.4, 3);
        AttentionSettings settings = new AttentionSettings(16, 8, 8, AttentionSettings.Readout.POINTER,
                AttentionSettings.QuerySource.VERB, 400, 256, 0.05, 0, 0.1, 4, AttentionSettings.L2Choice.AS_SET);
        AttentionHead head = new AttentionHead(examples.vocabulary(), settings);
        head.initialise(8);
        List<double[]> afterEpoch = new ArrayList<>();
        AdamTrainer.Result result = AdamTrainer.train(head, split.train(), split.heldOut(), 2,
                (p, h) -> afterEpoch.add(h.snapshot()));

        AttentionHead probe = new AttentionHead(examples.vocabulary(), settings);
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int since = 0;
        int epochs = 0;
        for (double[] theta : afterEpoch) {
            epochs++;
            probe.restore(theta);
            double loss = AdamTrainer.loss(probe, split.heldOut());
            if (loss < best - 1e-12) {
                best = loss;
                bestEpoch = epochs;
                since = 0;
            } else if (++since >= settings.patience()) {
                break;
            }
        }
        assertEquals(afterEpoch.size(), epochs, "no epoch after the stop");
        assertTrue(epochs < settings.epochs() && bestEpoch > 1, "the case tested: stopped early, after improving");
        assertEquals(epochs, result.epochs());
        assertEquals(bestEpoch, result.bestEpoch());
        assertEquals(epochs - settings.patience(), result.bestEpoch());
        assertTrue(result.stoppedEarly());
        assertEquals(best, result.heldOutLoss(), 0);
        assertEquals(java.util.Arrays.toString(afterEpoch.get(bestEpoch - 1)), java.util.Arrays.toString(head.snapshot()),
                "the best epoch's parameters are restored");
        assertEquals(epochs * split.train().totalWeight(), result.presentations(), 1e-9);
    }

    private static AdamTrainer.Result withLossRounded(AdamTrainer.Result r, double loss) {
        // The two gradients agree to 1e-12, not bit for bit: compare the other fields exactly.
        return new AdamTrainer.Result(r.epochs(), r.bestEpoch(), loss, r.heldOutLoss(), r.stoppedEarly(),
                r.presentations(), r.examplesProcessed());
    }
}
