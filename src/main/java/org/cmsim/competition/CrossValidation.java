package org.cmsim.competition;

import java.util.SplittableRandom;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.design.SubjectClusters;

/**
 * K-fold cross-validated log-likelihood: every trial is dealt to one of K folds at random (within
 * its condition, seeded); each fold's choices are predicted by the rule fitted to the other folds,
 * and the held-out log-likelihoods are summed. Higher is better; unlike AIC it needs no parameter
 * count, which suits the hierarchy rule's discrete ranking.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    public static double logLikelihood(ChoiceRule rule, Design design, Counts counts, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds");
        }
        int rows = counts.size();
        long[][] foldTrials = new long[folds][rows];
        long[][] foldN1 = new long[folds][rows];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < rows; i++) {
            int n = Math.toIntExact(counts.trials()[i]);
            boolean[] choseN1 = new boolean[n];
            for (int t = 0; t < counts.n1()[i]; t++) {
                choseN1[t] = true;
            }
            // Fisher-Yates shuffle, then deal the trials round-robin to the folds.
            for (int t = n - 1; t > 0; t--) {
                int j = random.nextInt(t + 1);
                boolean swap = choseN1[t];
                choseN1[t] = choseN1[j];
                choseN1[j] = swap;
            }
            for (int t = 0; t < n; t++) {
                foldTrials[t % folds][i]++;
                foldN1[t % folds][i] += choseN1[t] ? 1 : 0;
            }
        }
        double total = 0;
        for (int f = 0; f < folds; f++) {
            long[] trainTrials = new long[rows];
            long[] trainN1 = new long[rows];
            for (int i = 0; i < rows; i++) {
                trainTrials[i] = counts.trials()[i] - foldTrials[f][i];
                trainN1[i] = counts.n1()[i] - foldN1[f][i];
            }
            RuleFit fit = rule.fit(design, new Counts(trainTrials, trainN1));
            total += new Counts(foldTrials[f], foldN1[f]).logLikelihood(fit.predicted());
        }
        return total;
    }

    /**
     * Cross-validated log-likelihood by subject: the subjects are dealt at random (seeded) to K folds; each
     * fold's subjects are predicted, whole, by the rule fitted to the other subjects. This asks how well the
     * rule predicts a new person, which is what the comparison of rules is about when people differ.
     */
    public static double logLikelihoodBySubject(ChoiceRule rule, Design design, SubjectClusters clusters, int folds,
                                                long seed) {
        int subjects = clusters.size();
        if (folds < 2 || folds > subjects) {
            throw new IllegalArgumentException("cross-validation by subject needs 2 to " + subjects + " folds");
        }
        int[] order = new int[subjects];
        for (int s = 0; s < subjects; s++) {
            order[s] = s;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int t = subjects - 1; t > 0; t--) {
            int j = random.nextInt(t + 1);
            int swap = order[t];
            order[t] = order[j];
            order[j] = swap;
        }
        double total = 0;
        for (int f = 0; f < folds; f++) {
            java.util.List<Integer> train = new java.util.ArrayList<>();
            java.util.List<Integer> test = new java.util.ArrayList<>();
            for (int position = 0; position < subjects; position++) {
                (position % folds == f ? test : train).add(order[position]);
            }
            RuleFit fit = rule.fit(design, clusters.sum(train.stream().mapToInt(Integer::intValue).toArray()));
            total += clusters.sum(test.stream().mapToInt(Integer::intValue).toArray()).logLikelihood(fit.predicted());
        }
        return total;
    }
}
