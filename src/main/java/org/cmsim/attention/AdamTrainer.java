package org.cmsim.attention;

import java.util.SplittableRandom;
import org.cmsim.model.AttentionSettings;

/**
 * Trains an {@link AttentionHead} with Adam (Kingma &amp; Ba 2015, "Adam: a method for stochastic
 * optimization", Algorithm 1, with the paper's beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8; the step
 * size is the config's {@code learningRate}) on mini-batches of sentence types in a seeded order,
 * with optional L2 (lambda/2 ||theta||^2 added to the loss). After each epoch the loss on the held-out
 * share is measured; training stops after {@code patience} epochs without improvement and the best
 * parameters are restored (early stopping). A flat loop, separate from the model; progress is
 * reported to a {@link Listener}.
 */
public final class AdamTrainer {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    /** Told after every batch how many sentence tokens (or trials) have been presented so far. */
    public interface Listener {
        void presented(double presentations, AttentionHead head);
    }

    /** How training went: epochs run, the epoch kept, losses, and whether early stopping ended it. */
    public record Result(int epochs, int bestEpoch, double trainLoss, double heldOutLoss, boolean stoppedEarly,
                         double presentations, long examplesProcessed) {
    }

    private AdamTrainer() {
    }

    public static Result train(AttentionHead head, Examples train, Examples heldOut, long seed, Listener listener) {
        AttentionSettings settings = head.settings();
        double[] theta = head.parameters();
        int p = theta.length;
        double[] gradient = new double[p];
        double[] m = new double[p];
        double[] v = new double[p];
        SplittableRandom random = new SplittableRandom(seed);
        ProjectedBatch kernel = new ProjectedBatch(head);
        SignatureForward forward = new SignatureForward(head);
        int[] order = activeExamples(train);
        boolean validate = heldOut != null && heldOut.totalWeight() > 0;
        double best = Double.POSITIVE_INFINITY;
        double[] bestTheta = head.snapshot();
        int bestEpoch = 0;
        int sinceBest = 0;
        long step = 0;
        long processed = 0;
        double presented = 0;
        double trainLoss = Double.NaN;
        int epoch = 0;
        boolean stoppedEarly = false;
        while (epoch < settings.epochs()) {
            epoch++;
            shuffle(order, random);
            double epochLoss = 0;
            for (int from = 0; from < order.length; from += settings.batchSize()) {
                int to = Math.min(order.length, from + settings.batchSize());
                java.util.Arrays.fill(gradient, 0);
                double batchWeight = 0;
                for (int i = from; i < to; i++) {
                    batchWeight += train.weight(order[i]);
                }
                epochLoss += batchWeight * kernel.lossAndGradient(train, order, from, to, gradient);
                step++;
                // Adam (Kingma & Ba 2015, Algorithm 1):
                //   m = b1 m + (1 - b1) g;  v = b2 v + (1 - b2) g^2
                //   theta -= lr * (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)
                double correction1 = 1 - Math.pow(BETA1, step);
                double correction2 = 1 - Math.pow(BETA2, step);
                for (int j = 0; j < p; j++) {
                    double g = gradient[j] + settings.l2() * theta[j];
                    m[j] = BETA1 * m[j] + (1 - BETA1) * g;
                    v[j] = BETA2 * v[j] + (1 - BETA2) * g * g;
                    theta[j] -= settings.learningRate() * (m[j] / correction1) / (Math.sqrt(v[j] / correction2) + EPSILON);
                }
                processed += to - from;
                presented += batchWeight;
                if (listener != null) {
                    listener.presented(presented, head);
                }
            }
            trainLoss = epochLoss / train.totalWeight();
            if (!Double.isFinite(trainLoss)) {
                throw new org.cmsim.model.DivergenceException("the attention head diverged: its training loss is "
                        + trainLoss + " after " + (epoch + 1) + " epochs; lower attention.learningRate");
            }
            if (validate) {
                double loss = forward.loss(heldOut);              // = loss(head, heldOut), bit for bit
                if (loss < best - 1e-12) {
                    best = loss;
                    bestTheta = head.snapshot();
                    bestEpoch = epoch;
                    sinceBest = 0;
                } else if (++sinceBest >= settings.patience()) {
                    stoppedEarly = true;
                    break;
                }
            }
        }
        if (validate) {
            head.restore(bestTheta);
        } else {
            bestEpoch = epoch;
        }
        return new Result(epoch, bestEpoch, trainLoss, validate ? best : Double.NaN, stoppedEarly, presented,
                processed);
    }

    /** Weighted mean cross-entropy of the head on the examples. */
    public static double loss(AttentionHead head, Examples examples) {
        return head.loss(examples);
    }

    private static int[] activeExamples(Examples examples) {
        return java.util.stream.IntStream.range(0, examples.size()).filter(e -> examples.weight(e) > 0).toArray();
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
