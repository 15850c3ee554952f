package org.cmsim.attention;

import java.util.SplittableRandom;
import org.cmsim.numeric.Sampling;

/**
 * Splits the tokens (or trials) of every sentence type at random between training and a held-out
 * share used for early stopping: of a type's n tokens, Binomial(n, share) are held out (drawn for the
 * tokens with n1 as the agent and for the others apart), so a type
 * seen often lands on both sides and one seen once on one side. Early stopping on fewer than
 * {@value #MINIMUM_HELD_OUT} held-out tokens would follow noise, so {@link AttentionStudy} then
 * trains on every token for all epochs ({@code heldOut} null).
 */
public record HeldOutSplit(Examples train, Examples heldOut) {

    /** Fewest held-out tokens (or trials) for early stopping. */
    public static final int MINIMUM_HELD_OUT = 100;

    public static HeldOutSplit of(Examples examples, double share, long seed) {
        int n = examples.size();
        double[] trainWeight = new double[n];
        double[] trainN1 = new double[n];
        double[] heldWeight = new double[n];
        double[] heldN1 = new double[n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int e = 0; e < n; e++) {
            long tokens = Math.round(examples.weight(e));
            long n1 = Math.round(examples.weight(e) * examples.targetN1(e));
            // Each token is held out with probability share: Binomial draws for the n1 tokens and the
            // others (time that follows the sentence types, not their counts).
            long heldOutN1 = share > 0 ? Sampling.binomial(random, n1, share) : 0;
            long heldOutOthers = share > 0 ? Sampling.binomial(random, tokens - n1, share) : 0;
            heldWeight[e] = heldOutN1 + heldOutOthers;
            heldN1[e] = heldOutN1;
            trainWeight[e] = tokens - heldWeight[e];
            trainN1[e] = n1 - heldOutN1;
        }
        return new HeldOutSplit(examples.withWeights(trainWeight, trainN1), examples.withWeights(heldWeight, heldN1));
    }
}
