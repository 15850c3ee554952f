package org.cmsim.attention;

import java.util.SplittableRandom;

/**
 * Splits the tokens (or trials) of every sentence type at random between training and a held-out
 * share used for early stopping: of a type's n tokens, Binomial(n, share) are held out, so a type
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
            // Deal the type's tokens one by one: n1 choices first, then the others.
            for (long t = 0; t < tokens; t++) {
                boolean isN1 = t < n1;
                if (share > 0 && random.nextDouble() < share) {
                    heldWeight[e]++;
                    heldN1[e] += isN1 ? 1 : 0;
                } else {
                    trainWeight[e]++;
                    trainN1[e] += isN1 ? 1 : 0;
                }
            }
        }
        return new HeldOutSplit(examples.withWeights(trainWeight, trainN1), examples.withWeights(heldWeight, heldN1));
    }
}
