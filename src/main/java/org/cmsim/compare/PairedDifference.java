package org.cmsim.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TDistribution;
import org.cmsim.design.Counts;
import org.cmsim.numeric.AliasTable;
import org.cmsim.numeric.Parallel;
import org.cmsim.numeric.Percentiles;
import org.cmsim.numeric.Sampling;
import org.cmsim.numeric.TokenLogLikelihood;

/**
 * One model against another on the same held-out tokens: the difference of their held-out
 * log-likelihoods, sum over tokens i of ln P_model(agent_i) - ln P_baseline(agent_i), positive where
 * the model predicts the held-out agents better. Two intervals, each 95%:
 *
 * <ul>
 *   <li><em>over tokens</em> (the verdict's): a paired bootstrap (Efron &amp; Tibshirani 1993, ch. 13,
 *       percentile interval): the held-out tokens, N of them, drawn N times with replacement, each draw
 *       carrying both models' terms for that token, and the interval the 2.5th and 97.5th percentiles of
 *       the summed differences over the replicates. It keeps the fitted models as they are and asks how far
 *       another sample of held-out sentences could move the difference; pairing removes what the two
 *       models share (a hard token is hard for both).</li>
 *   <li><em>over folds</em>: the mean of the K per-fold differences with a t interval on K - 1 degrees of
 *       freedom (t = 4.30 for K = 3). It carries the variation from retraining too, but with three folds it
 *       is wide; it is reported beside the other, not used for the verdict.</li>
 * </ul>
 * The model is <em>better</em> when the token interval lies above 0, <em>worse</em> when below, and
 * <em>undecided</em> otherwise.
 */
public record PairedDifference(String model, String baseline, double total, double[] byFold, double meanOverFolds,
                               double foldLow, double foldHigh, double tokenLow, double tokenHigh, int replicates) {

    /** How the model compares with the baseline by the token interval. */
    public enum Verdict {
        BETTER, WORSE, UNDECIDED;

        /** "better", "worse", "undecided". */
        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PairedDifference {
        byFold = byFold.clone();
    }

    @Override
    public double[] byFold() {
        return byFold.clone();
    }

    public Verdict verdict() {
        return tokenLow > 0 ? Verdict.BETTER : tokenHigh < 0 ? Verdict.WORSE : Verdict.UNDECIDED;
    }

    /**
     * The model against each baseline (in the map's order). {@code logits[fold][type]} are each model's held-out
     * logits on fold f's types; {@code heldOut} each fold's held-out counts; the bootstrap draws
     * {@code replicates} resamples of the tokens from {@code seed}, each from its own seed.
     */
    public static List<PairedDifference> of(String model, double[][] logits, Map<String, double[][]> baselines,
                                            List<Counts> heldOut, int replicates, long seed, int threads) {
        List<String> names = new ArrayList<>(baselines.keySet());
        int k = heldOut.size();
        // Cells of tokens alike: (fold, type, agent), with the difference of their terms under each pair.
        List<Long> counts = new ArrayList<>();
        List<double[]> differences = new ArrayList<>();
        double[][] byFold = new double[names.size()][k];
        for (int f = 0; f < k; f++) {
            Counts held = heldOut.get(f);
            for (int e = 0; e < held.size(); e++) {
                long[] byAgent = {held.n1()[e], held.trials()[e] - held.n1()[e]};
                for (int agent = 0; agent < 2; agent++) {
                    if (byAgent[agent] == 0) {
                        continue;
                    }
                    double[] cell = new double[names.size()];
                    for (int b = 0; b < names.size(); b++) {
                        cell[b] = term(logits[f][e], agent) - term(baselines.get(names.get(b))[f][e], agent);
                        byFold[b][f] += byAgent[agent] * cell[b];
                    }
                    counts.add(byAgent[agent]);
                    differences.add(cell);
                }
            }
        }
        double[][] resampled = bootstrap(counts, differences, names.size(), replicates, seed, threads);
        double t = new TDistribution(null, k - 1).inverseCumulativeProbability(0.975);
        List<PairedDifference> results = new ArrayList<>();
        for (int b = 0; b < names.size(); b++) {
            double total = 0;
            for (double d : byFold[b]) {
                total += d;
            }
            double mean = total / k;
            double squares = 0;
            for (double d : byFold[b]) {
                squares += (d - mean) * (d - mean);
            }
            double halfWidth = t * Math.sqrt(squares / (k - 1) / k);
            results.add(new PairedDifference(model, names.get(b), total, byFold[b], mean, mean - halfWidth,
                    mean + halfWidth, Percentiles.percentile(resampled, b, 0.025),
                    Percentiles.percentile(resampled, b, 0.975), replicates));
        }
        return results;
    }

    /** The models' held-out logits by name, for {@link #of}: an ordered map. */
    public static Map<String, double[][]> baselines(List<String> names, List<double[][]> logits) {
        Map<String, double[][]> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), logits.get(i));
        }
        return map;
    }

    /** A token's log-likelihood under a logit: ln P(n1) for an n1 agent (0), ln P(n2) for an n2 agent (1). */
    private static double term(double logit, int agent) {
        return agent == 0 ? TokenLogLikelihood.logProbabilityN1(logit) : TokenLogLikelihood.logProbabilityN2(logit);
    }

    /** Each replicate's summed differences: N tokens drawn with replacement, cells in proportion to their counts. */
    private static double[][] bootstrap(List<Long> counts, List<double[]> differences, int pairs, int replicates,
                                        long seed, int threads) {
        if (counts.isEmpty() || replicates == 0) {
            return new double[0][pairs];
        }
        long[] weights = counts.stream().mapToLong(Long::longValue).toArray();
        long tokens = 0;
        for (long w : weights) {
            tokens += w;
        }
        AliasTable table = new AliasTable(weights);
        double[][] cells = differences.toArray(new double[0][]);
        long[] seeds = Sampling.seeds(seed, replicates);
        long n = tokens;
        return Parallel.map(replicates, threads, r -> {
            SplittableRandom random = new SplittableRandom(seeds[r]);
            double[] sums = new double[pairs];
            for (long i = 0; i < n; i++) {
                double[] cell = cells[table.draw(random)];
                for (int b = 0; b < pairs; b++) {
                    sums[b] += cell[b];
                }
            }
            return sums;
        }).toArray(new double[0][]);
    }
}
