package org.cmsim.attention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cmsim.design.CorpusResampler;
import org.cmsim.design.Counts;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.Cue;
import org.cmsim.numeric.Parallel;
import org.cmsim.numeric.Sampling;

/**
 * The replicates behind the head's verdicts: seeds x a bootstrap of the corpus.
 *
 * <p>The heads of different seeds ({@link HeadEnsemble}) measure how far initialisation and data
 * order move a head; they all read the same sentences, so they say nothing about how far other
 * sentences of the same kind would move it. The Competition Model's verdicts rest on B refits to
 * resamples of the corpus (the nonparametric bootstrap, Efron &amp; Tibshirani 1993, ch. 6); the
 * head gets the same, at a smaller B because a head costs thousands of times a rule's fit: for each
 * of the K heads, R resamples of the corpus (whole sentences or documents within each source where the corpus
 * traces its clauses, else tokens one by one: {@link CorpusResampler}, the same draws as the rule's bootstrap);
 * replicate (k, r) is a head trained from scratch on
 * resample r, its cue contributions read on that resample. K x R replicates in all (10 x 4 = 40 by
 * default).
 *
 * <p><i>Trained from scratch.</i> Replicate (k, r) is a new head: its own initialisation, held-out
 * split and presentation order (all drawn from the replicate's seed), the L2 the cross-validation
 * chose and the heads' early-stopping rule, trained on resample r alone. A bootstrap replicate must
 * apply the whole estimator to the resample; for a head the estimator includes where training starts
 * and when it stops. Starting from head k's parameters (as the rule's refits start from the full
 * fit, which is harmless there because the rule's likelihood has one optimum) would hand every
 * replicate the full corpus's answer, and early stopping often keeps it almost unchanged: on the
 * shipped corpora warm-started replicates agreed with each other more than the ten heads did
 * (English's modal cue ordering in 90% of them against 70% of the heads), so the verdict's share
 * would have measured the start, not the sample. Fresh replicates carry both spreads at once:
 * between initialisations and between samples of sentences.
 *
 * <p>Each replicate draws from its own seed, derived in sequence from the run's seed, so the results
 * do not depend on the number of threads. With R = 0 the replicates are the K heads themselves.
 */
public final class HeadBootstrap {

    /** Resamples per head by default: 10 heads x 4 = 40 replicates behind each head verdict. */
    public static final int DEFAULT_RESAMPLES = 4;

    /** Keeps the replicates' seeds apart from the heads' and the folds' (drawn from the same run seed). */
    private static final long SALT = 0x6A09E667F3BCC909L;

    /**
     * Replicate (head, resample): a head trained from scratch on resample {@code resample} (1..R; 0 is
     * the corpus itself, where the replicate is head {@code head} of the ensemble), its ablation contribution per parameter (NaN where unread),
     * and the epoch whose parameters it kept (the best on its held-out share; the last without one).
     */
    public record Replicate(int head, int resample, Map<String, Double> contributions, int keptEpoch) {
        public Replicate {
            contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
        }
    }

    /** The replicates in order head 0 resample 1..R, head 1 resample 1..R, ...; K x max(R, 1) of them. */
    public record Result(int heads, int resamples, List<Replicate> replicates) {
        public Result {
            replicates = List.copyOf(replicates);
        }
    }

    private HeadBootstrap() {
    }

    /**
     * Trains the K x R replicates of {@code heads} on resamples of {@code examples}' tokens, in
     * parallel; {@code settings} are the heads' own (with the L2 they were trained with).
     */
    public static Result fit(Examples examples, List<Cue> cues, HeadEnsemble.Result heads, AttentionSettings settings,
                             int resamples, long seed, int threads) {
        return fit(examples, CorpusResampler.byClause(examples.counts()), cues, heads, settings, resamples, seed,
                threads);
    }

    /**
     * As {@link #fit(Examples, List, HeadEnsemble.Result, AttentionSettings, int, long, int)}, each resample drawn
     * by {@code resampler} (whole sentences or documents where the corpus traces its clauses), on the rows of
     * {@code examples}.
     */
    public static Result fit(Examples examples, CorpusResampler resampler, List<Cue> cues, HeadEnsemble.Result heads,
                             AttentionSettings settings, int resamples, long seed, int threads) {
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples per head must not be negative, got " + resamples);
        }
        List<AttentionStudy.Result> fitted = heads.heads();
        if (resamples == 0) {
            List<Replicate> own = new ArrayList<>();
            for (int k = 0; k < fitted.size(); k++) {
                own.add(new Replicate(k, 0, contributions(fitted.get(k).contributions()),
                        fitted.get(k).training().bestEpoch()));
            }
            return new Result(fitted.size(), 0, own);
        }
        long[] seeds = Sampling.seeds(seed ^ SALT, fitted.size() * resamples);
        List<Replicate> replicates = Parallel.map(seeds.length, threads, job -> {
            int k = job / resamples;
            SplittableRandom random = new SplittableRandom(seeds[job]);
            Counts drawn = resampler.draw(random);
            Examples resample = examples.withWeights(toDoubles(drawn.trials()), toDoubles(drawn.n1()));
            AttentionStudy.Trained trained = AttentionStudy.trainHead(resample, settings, random.nextLong(),
                    (presented, head) -> { });
            return new Replicate(k, job % resamples + 1,
                    contributions(CueContributions.ablations(trained.head(), resample, cues)),
                    trained.training().bestEpoch());
        });
        return new Result(fitted.size(), resamples, replicates);
    }

    private static Map<String, Double> contributions(List<CueContributions.Contribution> contributions) {
        Map<String, Double> values = new LinkedHashMap<>();
        contributions.forEach(c -> values.put(c.parameter(), c.ablation()));
        return values;
    }

    private static double[] toDoubles(long[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
