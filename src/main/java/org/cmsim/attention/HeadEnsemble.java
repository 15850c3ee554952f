package org.cmsim.attention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.Cue;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;
import org.cmsim.numeric.Parallel;
import org.cmsim.numeric.Percentiles;

/**
 * K attention heads instead of one, and the weight decay chosen by held-out likelihood.
 *
 * <p>One head is one draw: another initialisation and another data order can give another head
 * with similar accuracy and different cue contributions. So K heads are trained (different seeds,
 * in parallel) and each contribution is reported as the mean over heads with the 2.5th and 97.5th
 * percentiles (type 7 of Hyndman &amp; Fan 1996).
 *
 * <p>The L2 weight decay is chosen from a small grid by k-fold cross-validation over sentence
 * tokens ({@link Folds}): for each value, the held-out log-likelihood summed over folds,
 * sum_f sum_{tokens in f} ln P(agent), with the head trained on the other folds; the largest wins.
 * On the same folds a control head that sees only the features the cues use (every other feature
 * unknown) is scored; the comparison scores the multiplicative rule on them too, so the three compare
 * out of sample.
 */
public final class HeadEnsemble {

    /** How many heads, which L2 values, how many folds. */
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

        /** Ten heads, L2 in {1e-4, 1e-3, 1e-2}, 3 folds. */
        public static Plan defaults() {
            return new Plan(10, List.of(1e-4, 1e-3, 1e-2), 3);
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
     * The L2 choice and the control head, on folds that {@code Folds.of(examples, folds, seed)} deals again, so
     * another model can be scored on the same held-out tokens (log-likelihoods summed over folds).
     */
    public record CrossValidation(List<Double> l2Grid, double[] headLogLik, double chosenL2,
                                  AttentionSettings.L2Choice l2Choice, int folds, long seed, double tokens,
                                  double controlLogLik) {
        public CrossValidation {
            headLogLik = headLogLik.clone();
        }

        public double bestHeadLogLik() {
            return headLogLik[l2Grid.indexOf(chosenL2)];
        }

        @Override
        public double[] headLogLik() {
            return headLogLik.clone();
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
        // An L2 set in the config is used as it is (scored on the folds, not chosen); otherwise the grid's best.
        List<Double> l2Grid = settings.l2Choice() == AttentionSettings.L2Choice.AS_SET
                ? List.of(settings.l2()) : plan.l2Grid();
        int grid = l2Grid.size();
        // Every (L2, fold): a head trained on the other folds, scored on the held-out one.
        List<Double> foldLogLik = Parallel.map(grid * folds.count(), threads, job -> {
            int g = job / folds.count();
            int f = job % folds.count();
            return heldOutLogLik(folds, f, examples, settings.withL2(l2Grid.get(g)), cvSeeds[f]);
        });
        double[] headLogLik = new double[grid];
        for (int job = 0; job < foldLogLik.size(); job++) {
            headLogLik[job / folds.count()] += foldLogLik.get(job);
        }
        int best = 0;
        for (int g = 1; g < grid; g++) {
            best = headLogLik[g] > headLogLik[best] ? g : best;
        }
        AttentionSettings chosen = settings.withL2(l2Grid.get(best));

        // The K heads on every token, and the control head on the folds, in one parallel batch.
        Examples control = restrictedToCueFeatures(examples, cues);
        Folds controlFolds = Folds.of(control, plan.folds(), foldSeed);
        int k = plan.seeds();
        List<Object> jobs = Parallel.map(k + folds.count(), threads, job -> job == 0
                ? AttentionStudy.train(examples, cues, chosen, headSeeds[0])
                : job < k ? AttentionStudy.trainWithoutTrajectory(examples, cues, chosen, headSeeds[job])
                : (Object) heldOutLogLik(controlFolds, job - k, control, chosen, cvSeeds[job - k]));
        List<AttentionStudy.Result> heads = new ArrayList<>();
        double controlLogLik = 0;
        for (Object job : jobs) {
            if (job instanceof AttentionStudy.Result head) {
                heads.add(head);
            } else {
                controlLogLik += (Double) job;
            }
        }
        double inSample = heads.stream().mapToDouble(h -> -AdamTrainer.loss(h.head(), examples) * examples.totalWeight())
                .average().orElseThrow();
        CrossValidation cv = new CrossValidation(l2Grid, headLogLik, chosen.l2(), settings.l2Choice(), plan.folds(),
                foldSeed, examples.totalWeight(), controlLogLik);
        return new Result(heads, summaries(heads, examples, cues), cv, inSample);
    }

    /** ln-likelihood of fold f's held-out tokens under a head trained on the other folds. */
    private static double heldOutLogLik(Folds folds, int f, Examples examples, AttentionSettings settings, long seed) {
        Examples heldOut = folds.heldOut().get(f);
        if (heldOut.totalWeight() == 0) {
            return 0;
        }
        AttentionStudy.Trained trained = AttentionStudy.trainHead(folds.training().get(f), settings, seed,
                (presented, head) -> { });
        return -AdamTrainer.loss(trained.head(), heldOut) * heldOut.totalWeight();
    }

    /** The same sentence types with every feature no cue reads set to unknown (the control head's input). */
    static Examples restrictedToCueFeatures(Examples examples, List<Cue> cues) {
        Set<Integer> used = new HashSet<>();
        for (Cue cue : cues) {
            used.addAll(cue.featuresRead());
        }
        List<Stimulus> restricted = new ArrayList<>();
        for (Stimulus s : examples.stimuli()) {
            Stimulus r = s;
            for (Slot slot : new Slot[] {Slot.N1, Slot.V, Slot.N2}) {
                FeatureValues values = r.slot(slot);
                for (int f = 0; f < values.size(); f++) {
                    if (!used.contains(f)) {
                        values = values.with(f, FeatureValues.UNKNOWN);
                    }
                }
                r = r.withSlot(slot, values);
            }
            restricted.add(r);
        }
        double[] weight = new double[examples.size()];
        double[] n1 = new double[examples.size()];
        for (int e = 0; e < weight.length; e++) {
            weight[e] = examples.weight(e);
            n1[e] = examples.weight(e) * examples.targetN1(e);
        }
        return Examples.of(examples.vocabulary(), restricted, weight, n1);
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
