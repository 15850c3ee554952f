package org.cmsim.competition;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Nonparametric bootstrap of a rule's estimates. With subjects (the default when the data name them) each
 * replicate draws as many subjects as there are, with replacement, and refits to their pooled choices: the
 * cluster bootstrap (Davison &amp; Hinkley 1997, sec. 3.8; Field &amp; Welsh 2007), which keeps the variation
 * between people that a trial-level resample hides. Without subjects ({@code --resample trials}) each
 * replicate resamples the trials within every condition (so the n1 count is Binomial(trials, observed
 * proportion)).
 * Percentile intervals (Efron &amp; Tibshirani 1993, ch. 13) come from the replicates' quantiles.
 * Replicate r draws from its own seed, derived in sequence from the run's seed, so the results do
 * not depend on the number of threads.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    /** Estimates of each replicate, resampling trials within conditions: [replicate][parameter]. */
    public static double[][] replicates(ChoiceRule rule, Design design, Counts counts, RuleFit full,
                                        int replicates, long seed, int threads) {
        return replicates(rule, design, full, replicates, seed, threads,
                random -> resample(counts, random));
    }

    /** Estimates of each replicate, resampling whole subjects: [replicate][parameter]. */
    public static double[][] clusterReplicates(ChoiceRule rule, Design design, SubjectClusters clusters, RuleFit full,
                                               int replicates, long seed, int threads) {
        return replicates(rule, design, full, replicates, seed, threads, random -> {
            int[] chosen = new int[clusters.size()];
            for (int s = 0; s < chosen.length; s++) {
                chosen[s] = random.nextInt(clusters.size());
            }
            return clusters.sum(chosen);
        });
    }

    private static double[][] replicates(ChoiceRule rule, Design design, RuleFit full, int replicates, long seed,
                                         int threads, java.util.function.Function<SplittableRandom, Counts> draw) {
        long[] seeds = Sampling.seeds(seed, replicates);
        List<double[]> results = Parallel.map(replicates, threads, r -> {
            Counts resampled = draw.apply(new SplittableRandom(seeds[r]));
            RuleFit fit = rule instanceof MultiplicativeRule multiplicative
                    ? multiplicative.fit(design, resampled, full.estimates())
                    : rule.fit(design, resampled);
            return fit.estimates();
        });
        return results.toArray(new double[0][]);
    }

    /**
     * The multiplicative rule refitted to B resamples of the corpus's tokens (sentences drawn with
     * replacement, as many as the corpus has: the nonparametric bootstrap of Efron &amp; Tibshirani
     * 1993, ch. 6), each starting from the full fit ({@link MultiplicativeRule#refit}).
     */
    public static List<RuleFit> overTokens(Design design, Counts counts, RuleFit full, int replicates, long seed,
                                           int threads) {
        long[] seeds = Sampling.seeds(seed, replicates);
        MultiplicativeRule rule = new MultiplicativeRule();
        return Parallel.map(replicates, threads,
                r -> rule.refit(design, resampleTokens(counts, new SplittableRandom(seeds[r])), full));
    }

    /**
     * N tokens drawn with replacement from the N of the corpus: a multinomial over the cells (type,
     * agent n1 or n2) with the cells' shares, drawn as sequential binomials, so the cost follows the
     * types, not the tokens.
     */
    public static Counts resampleTokens(Counts counts, SplittableRandom random) {
        int rows = counts.size();
        long total = counts.totalTrials();
        long[] trials = new long[rows];
        long[] n1 = new long[rows];
        long left = total;
        long remainingWeight = total;
        for (int i = 0; i < rows && left > 0; i++) {
            long[] cells = {counts.n1()[i], counts.trials()[i] - counts.n1()[i]};
            long[] drawn = new long[2];
            for (int c = 0; c < 2; c++) {
                long weight = cells[c];
                drawn[c] = remainingWeight == weight ? left
                        : Sampling.binomial(random, left, (double) weight / remainingWeight);
                left -= drawn[c];
                remainingWeight -= weight;
            }
            n1[i] = drawn[0];
            trials[i] = drawn[0] + drawn[1];
        }
        return new Counts(trials, n1);
    }

    static Counts resample(Counts counts, SplittableRandom random) {
        long[] n1 = new long[counts.size()];
        for (int i = 0; i < n1.length; i++) {
            n1[i] = Sampling.binomial(random, counts.trials()[i], counts.proportion(i));
        }
        return new Counts(counts.trials().clone(), n1);
    }

    /**
     * The q-quantile of one parameter's replicates (type 7 of Hyndman &amp; Fan 1996, R's default),
     * ignoring undefined values; NaN when none is defined.
     */
    public static double percentile(double[][] replicates, int parameter, double q) {
        double[] values = Arrays.stream(replicates).mapToDouble(r -> r[parameter]).filter(v -> !Double.isNaN(v))
                .sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        double h = (values.length - 1) * q;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, values.length - 1);
        return values[low] + (h - low) * (values[high] - values[low]);
    }
}
