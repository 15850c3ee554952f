package org.cmsim.attention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cmsim.design.Counts;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.Cue;
import org.cmsim.model.Stimulus;
import org.cmsim.numeric.L2Path;
import org.cmsim.numeric.Parallel;
import org.cmsim.numeric.Percentiles;
import org.cmsim.numeric.TokenLogLikelihood;

/**
 * K attention heads instead of one, and the weight decay chosen by held-out likelihood.
 *
 * <p>One head is one draw: another initialisation and another data order can give another head
 * with similar accuracy and different cue contributions. So K heads are trained (different seeds,
 * in parallel) and each contribution is reported as the mean over heads with the 2.5th and 97.5th
 * percentiles (type 7 of Hyndman &amp; Fan 1996).
 *
 * <p>The L2 weight decay is chosen by k-fold cross-validation over sentence tokens ({@link Folds}): for
 * each value, the held-out log-likelihood summed over folds, sum_f sum_{tokens in f} ln P(agent), with
 * the head trained on the other folds, and its standard error over the tokens; the largest wins. The
 * grid starts at {1e-4, 1e-3, 1e-2} and grows by factors of 10 until the best is interior
 * ({@link L2Path}), so that the choice is the data's and not the grid's edge; the values within one
 * standard error of the best (the one-SE set) are the ones the data cannot tell from it. Every fold's
 * held-out logits are kept, so that the held-out comparison can score the head at any L2 of the curve
 * on the same folds without training it again.
 */
public final class HeadEnsemble {

    /** How many heads, where the L2 search starts, how many folds. */
    public record Plan(int seeds, List<Double> l2Grid, int folds) {
        public Plan {
            l2Grid = List.copyOf(l2Grid);
            if (seeds < 1) {
                throw new IllegalArgumentException("the number of heads (seeds) must be at least 1, got " + seeds);
            }
            if (l2Grid.isEmpty() || folds < 2) {
                throw new IllegalArgumentException("an L2 grid and at least 2 folds are needed");
            }
        }

        /** Ten heads, the L2 search from {1e-4, 1e-3, 1e-2}, 3 folds. */
        public static Plan defaults() {
            return new Plan(10, L2Path.START, 3);
        }

        public Plan withSeeds(int value) {
            return new Plan(value, l2Grid, folds);
        }
    }

    /** One parameter over the heads: mean, 2.5th and 97.5th percentiles of the ablation; mean split. */
    public record Summary(String parameter, double mean, double low, double high, double split, double present,
                          Reading reading) {
    }

    /** Whether a parameter could be read off the heads. */
    public enum Reading {
        /** The contribution is defined. */
        READ,
        /** An order level with no sentence in which no other cue points either way. */
        NO_NEUTRAL_SENTENCE,
        /** The cue is never present. */
        NOT_PRESENT
    }

    /**
     * The L2 choice on folds that {@code Folds.of(examples, folds, seed)} deals again: the curve of held-out
     * log-likelihoods (each summed over the folds' held-out tokens, with its standard error), how the L2 was
     * set, the seed each fold's head was trained from, and each fold's held-out logits at every L2 of the curve
     * (for the types of the examples, in their order), so another model can be compared on the same tokens.
     */
    public record CrossValidation(L2Path.Curve curve, AttentionSettings.L2Choice l2Choice, int folds, long seed,
                                  double tokens, long[] trainingSeeds, Map<Double, double[][]> heldOutLogits,
                                  Map<Double, List<Map<String, Double>>> foldContributions) {
        public CrossValidation {
            trainingSeeds = trainingSeeds.clone();
            heldOutLogits = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(heldOutLogits));
            foldContributions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(foldContributions));
        }

        /**
         * The fold heads' mean cue contributions at this L2 (parameter to value; a parameter some fold head
         * could not read is NaN): what the heads answer at each L2 of the curve, from the heads the curve was
         * scored with, so an answer can be followed across the one-SE set without training more heads.
         */
        public java.util.Optional<Map<String, Double>> meanFoldContributions(double l2) {
            List<Map<String, Double>> byFold = foldContributions.get(l2);
            if (byFold == null || byFold.isEmpty()) {
                return java.util.Optional.empty();
            }
            Map<String, Double> mean = new java.util.LinkedHashMap<>();
            for (Map<String, Double> fold : byFold) {
                fold.forEach((parameter, value) -> mean.merge(parameter, value / byFold.size(), Double::sum));
            }
            return java.util.Optional.of(mean);
        }

        /** The L2 the heads were trained at: the curve's best (or the one the config set). */
        public double chosenL2() {
            return curve.chosen();
        }

        public double bestHeadLogLik() {
            return curve.best().logLik();
        }

        /** Whether the chosen L2 beats both its neighbours on the grid (false at a limit of the search). */
        public boolean chosenIsInterior() {
            return curve.interior();
        }

        /**
         * The one-SE set: the L2 values whose held-out log-likelihood is within one standard error of the chosen
         * one's, in increasing order. A head's answer that changes within this set is not settled by the data.
         */
        public List<Double> oneSeSet() {
            return curve.withinOneSe();
        }

        /** The seed from which fold f's head (trained on the other folds) was trained, at every L2. */
        public long trainingSeed(int fold) {
            return trainingSeeds[fold];
        }

        @Override
        public long[] trainingSeeds() {
            return trainingSeeds.clone();
        }

        /** Fold f's held-out logits at this L2, when the curve has it. */
        public java.util.Optional<double[]> heldOutLogits(double l2, int fold) {
            double[][] byFold = heldOutLogits.get(l2);
            return byFold == null ? java.util.Optional.empty() : java.util.Optional.of(byFold[fold].clone());
        }
    }

    /** The heads (the first with its training trajectory), their summaries and the cross-validation. */
    public record Result(List<AttentionStudy.Result> heads, List<Summary> contributions, CrossValidation crossValidation,
                         double inSampleLogLik) {

        /** The first head: the one drawn in the plots. */
        public AttentionStudy.Result first() {
            return heads.get(0);
        }

        /** Mean P(n1) over the heads for a sentence. */
        public double probabilityN1(Stimulus stimulus) {
            return heads.stream().mapToDouble(h -> h.head().read(stimulus).probabilityN1()).average().orElseThrow();
        }
    }

    private HeadEnsemble() {
    }

    public static Result fit(Examples examples, List<Cue> cues, AttentionSettings settings, long seed, Plan plan,
                             int threads) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        long foldSeed = random.nextLong();
        long[] cvSeeds = new long[plan.folds()];
        for (int f = 0; f < cvSeeds.length; f++) {
            cvSeeds[f] = random.nextLong();
        }
        long[] headSeeds = new long[plan.seeds()];
        headSeeds[0] = seed;
        for (int k = 1; k < headSeeds.length; k++) {
            headSeeds[k] = random.nextLong();
        }
        Folds folds = Folds.of(examples, plan.folds(), foldSeed);
        // An L2 set in the config is used as it is (scored on the folds, not chosen); otherwise the search's best.
        boolean asSet = settings.l2Choice() == AttentionSettings.L2Choice.AS_SET;
        Map<Double, double[][]> logits = new java.util.TreeMap<>();
        Map<Double, List<Map<String, Double>>> contributions = new java.util.TreeMap<>();
        L2Path.Curve curve = L2Path.search(1, asSet ? List.of(settings.l2()) : plan.l2Grid(), !asSet,
                requests -> scoreOnFolds(requests, folds, examples, cues, settings, cvSeeds, threads, logits,
                        contributions)).get(0);
        AttentionSettings chosen = settings.withL2(curve.chosen());

        // The K heads on every token, in parallel.
        int k = plan.seeds();
        List<AttentionStudy.Result> heads = Parallel.map(k, threads, job -> job == 0
                ? AttentionStudy.train(examples, cues, chosen, headSeeds[0])
                : AttentionStudy.trainWithoutTrajectory(examples, cues, chosen, headSeeds[job]));
        double inSample = heads.stream().mapToDouble(h -> -AdamTrainer.loss(h.head(), examples) * examples.totalWeight())
                .average().orElseThrow();
        CrossValidation cv = new CrossValidation(curve, settings.l2Choice(), plan.folds(), foldSeed,
                examples.totalWeight(), cvSeeds, logits, contributions);
        return new Result(heads, summaries(heads, examples, cues), cv, inSample);
    }

    /**
     * One round of the L2 search: for every requested L2 and fold, a head trained on the other folds (fold f's
     * seed at every L2) and read on every type; its held-out tokens scored, summed over folds.
     */
    private static List<L2Path.Point> scoreOnFolds(List<L2Path.Request> requests, Folds folds, Examples examples,
                                                   List<Cue> cues, AttentionSettings settings, long[] cvSeeds,
                                                   int threads, Map<Double, double[][]> logits,
                                                   Map<Double, List<Map<String, Double>>> contributions) {
        int k = folds.count();
        List<AttentionStudy.FoldHead> heads = Parallel.map(requests.size() * k, threads, job -> {
            int f = job % k;
            if (folds.heldOut().get(f).totalWeight() == 0) {
                return null;
            }
            return AttentionStudy.foldHead(folds.training().get(f), examples, cues,
                    settings.withL2(requests.get(job / k).l2()), cvSeeds[f]);
        });
        List<double[]> trained = heads.stream().map(h -> h == null ? new double[examples.size()] : h.logits())
                .toList();
        for (int r = 0; r < requests.size(); r++) {
            contributions.put(requests.get(r).l2(), heads.subList(r * k, r * k + k).stream()
                    .filter(java.util.Objects::nonNull).map(AttentionStudy.FoldHead::contributions).toList());
        }
        List<L2Path.Point> points = new ArrayList<>();
        for (int r = 0; r < requests.size(); r++) {
            double l2 = requests.get(r).l2();
            double[][] byFold = new double[k][];
            TokenLogLikelihood score = TokenLogLikelihood.NONE;
            for (int f = 0; f < k; f++) {
                byFold[f] = trained.get(r * k + f);
                Counts held = folds.heldOut().get(f).counts();
                score = score.plus(TokenLogLikelihood.of(held.trials(), held.n1(), byFold[f]));
            }
            logits.put(l2, byFold);
            points.add(new L2Path.Point(l2, score.sum(), score.standardError()));
        }
        return points;
    }

    private static List<Summary> summaries(List<AttentionStudy.Result> heads, Examples examples, List<Cue> cues) {
        List<CueContributions.Contribution> first = heads.get(0).contributions();
        double[][] ablations = new double[heads.size()][first.size()];
        double[] splits = new double[first.size()];
        for (int h = 0; h < heads.size(); h++) {
            List<CueContributions.Contribution> contributions = heads.get(h).contributions();
            for (int j = 0; j < first.size(); j++) {
                ablations[h][j] = contributions.get(j).ablation();
                splits[j] += contributions.get(j).split() / heads.size();
            }
        }
        List<Summary> summaries = new ArrayList<>();
        for (int j = 0; j < first.size(); j++) {
            CueContributions.Contribution c = first.get(j);
            Reading reading = !(c.present() > 0) ? Reading.NOT_PRESENT
                    : Double.isNaN(c.ablation()) ? Reading.NO_NEUTRAL_SENTENCE : Reading.READ;
            double mean = 0;
            for (double[] head : ablations) {
                mean += head[j] / heads.size();
            }
            boolean read = reading == Reading.READ;
            summaries.add(new Summary(c.parameter(), read ? mean : Double.NaN,
                    read ? Percentiles.percentile(ablations, j, 0.025) : Double.NaN,
                    read ? Percentiles.percentile(ablations, j, 0.975) : Double.NaN, splits[j], c.present(), reading));
        }
        return summaries;
    }
}
