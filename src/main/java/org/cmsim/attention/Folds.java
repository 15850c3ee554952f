package org.cmsim.attention;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.numeric.Sampling;

/**
 * K-fold cross-validation over sentence tokens (or trials): every token of every sentence type is
 * dealt at random to one of k folds, so a type seen often lands in every fold and one seen once in
 * one. Fold f is held out while the head (or rule) is trained on the others. The same seed deals the
 * same folds, so every model compared on them sees the same held-out tokens.
 */
public record Folds(List<Examples> heldOut, List<Examples> training) {

    public static Folds of(Examples examples, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        }
        int n = examples.size();
        double[][] weight = new double[k][n];
        double[][] n1 = new double[k][n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int e = 0; e < n; e++) {
            long tokens = Math.round(examples.weight(e));
            long agentsN1 = Math.round(examples.weight(e) * examples.targetN1(e));
            // Each token to a fold uniformly: a multinomial, drawn as sequential binomials (cost per type, not token).
            long[] left = {agentsN1, tokens - agentsN1};
            for (int f = 0; f < k; f++) {
                double p = 1.0 / (k - f);
                long toN1 = f == k - 1 ? left[0] : Sampling.binomial(random, left[0], p);
                long toN2 = f == k - 1 ? left[1] : Sampling.binomial(random, left[1], p);
                left[0] -= toN1;
                left[1] -= toN2;
                weight[f][e] = toN1 + toN2;
                n1[f][e] = toN1;
            }
        }
        List<Examples> heldOut = new ArrayList<>();
        List<Examples> training = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            double[] restWeight = new double[n];
            double[] restN1 = new double[n];
            for (int g = 0; g < k; g++) {
                if (g == f) {
                    continue;
                }
                for (int e = 0; e < n; e++) {
                    restWeight[e] += weight[g][e];
                    restN1[e] += n1[g][e];
                }
            }
            heldOut.add(examples.withWeights(weight[f], n1[f]));
            training.add(examples.withWeights(restWeight, restN1));
        }
        return new Folds(heldOut, training);
    }

    public int count() {
        return heldOut.size();
    }

    /**
     * The tokens of every fold but {@code f} and {@code h}. Within fold f's training set (every fold but f), the
     * other folds are an inner cross-validation's folds, and this is its training set when h is held out; it is
     * also the training set of fold f within fold h's, so one model trained on it serves both.
     */
    public Examples trainingWithout(int f, int h) {
        if (f == h) {
            throw new IllegalArgumentException("two different folds are left out, got " + f + " twice");
        }
        Examples any = heldOut.get(0);
        double[] weight = new double[any.size()];
        double[] n1 = new double[any.size()];
        for (int g = 0; g < count(); g++) {
            if (g == f || g == h) {
                continue;
            }
            Examples fold = heldOut.get(g);
            for (int e = 0; e < weight.length; e++) {
                weight[e] += fold.weight[e];
                n1[e] += Math.round(fold.weight[e] * fold.targetN1[e]);
            }
        }
        return any.withWeights(weight, n1);
    }
}
