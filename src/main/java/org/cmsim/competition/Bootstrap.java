package org.cmsim.competition;

import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.design.CorpusResampler;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.design.Resampling;
import org.cmsim.design.SubjectClusters;
import org.cmsim.numeric.Parallel;
import org.cmsim.numeric.Sampling;

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
                random -> Resampling.resampleTrials(counts, random));
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
            return rule.fit(design, resampled, full).estimates();
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
        return overCorpus(design, CorpusResampler.byClause(counts), full, replicates, seed, threads);
    }

    /**
     * The multiplicative rule refitted to B resamples the corpus's resampler draws (whole sentences or documents
     * within each source where the corpus has a clause trace, {@link CorpusResampler}), each starting from the
     * full fit.
     */
    public static List<RuleFit> overCorpus(Design design, CorpusResampler resampler, RuleFit full, int replicates,
                                           long seed, int threads) {
        long[] seeds = Sampling.seeds(seed, replicates);
        MultiplicativeRule rule = new MultiplicativeRule();
        return Parallel.map(replicates, threads,
                r -> rule.refit(design, resampler.draw(new SplittableRandom(seeds[r])), full));
    }
}
