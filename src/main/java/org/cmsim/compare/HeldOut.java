package org.cmsim.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.attention.Examples;
import org.cmsim.attention.Folds;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.competition.InteractionLogistic;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.Cue;
import org.cmsim.numeric.L2Path;
import org.cmsim.numeric.LinearAlgebra;
import org.cmsim.numeric.TokenLogLikelihood;

/**
 * Five models out of sample, on the same outer folds of sentence tokens (the folds the heads' L2 was
 * chosen on, dealt again from the same seed), each scored as sum_f sum_{tokens in f} ln P(agent):
 *
 * <ul>
 *   <li>{@code rule}: the multiplicative rule (order levels and cue weights, {@link MultiplicativeRule});</li>
 *   <li>{@code head}: the attention head;</li>
 *   <li>{@code uniform}: the same head with its attention removed ({@link
 *       org.cmsim.attention.AttentionHead#withUniformAttention}): the same inputs, no query or keys;</li>
 *   <li>{@code interactions}: a logistic regression on the rule's columns and every product of two
 *       ({@link InteractionLogistic}), the cues' information with interactions;</li>
 *   <li>{@code order}: the rule with only its order levels, word order alone.</li>
 * </ul>
 * The penalised models (head, uniform, interactions) choose their L2 inside each outer training set by
 * {@link NestedCrossValidation}; the rule and the order model have none to choose. An L2 the config sets
 * for the heads is used as it is. The head's outer fits are those of its own L2 curve (the same folds,
 * the same seeds), trained again only at an L2 the curve did not reach. The comparison's answer is the
 * head against each of uniform, interactions and the rule ({@link PairedDifference}).
 */
public record HeldOut(int folds, long foldSeed, double tokens, List<ModelScore> models,
                      List<PairedDifference> differences) {

    public static final String RULE = "rule";
    public static final String HEAD = "head";
    public static final String UNIFORM = "uniform-attention";
    public static final String INTERACTIONS = "interaction-logistic";
    public static final String ORDER = "order-only";
    /** The models in the order every output lists them. */
    public static final List<String> MODELS = List.of(RULE, HEAD, UNIFORM, INTERACTIONS, ORDER);
    /** What the head is compared with: attention removed, the cues with interactions, the rule. */
    public static final List<String> BASELINES = List.of(UNIFORM, INTERACTIONS, RULE);
    /** Resamples of the held-out tokens behind each difference's interval. */
    public static final int BOOTSTRAP_REPLICATES = 2000;

    /**
     * One model's held-out log-likelihood per outer fold, the L2 each fold's inner cross-validation chose (NaN
     * for a model without one) with the inner curves behind the choices, and its held-out logits per fold.
     */
    public record ModelScore(String model, double[] foldLogLik, double[] foldL2, List<L2Path.Curve> innerCurves,
                             double[][] heldOutLogits) {
        public ModelScore {
            foldLogLik = foldLogLik.clone();
            foldL2 = foldL2.clone();
            innerCurves = List.copyOf(innerCurves);
        }

        @Override
        public double[] foldLogLik() {
            return foldLogLik.clone();
        }

        @Override
        public double[] foldL2() {
            return foldL2.clone();
        }

        /** The held-out log-likelihood summed over every fold. */
        public double logLik() {
            return Arrays.stream(foldLogLik).sum();
        }

        /** Whether the model has an L2 penalty. */
        public boolean penalised() {
            return Arrays.stream(foldL2).noneMatch(Double::isNaN);
        }

        /** Whether each outer fold's inner choice beat both neighbours (all true when the L2 was set). */
        public boolean[] foldL2Interior() {
            boolean[] interior = new boolean[foldL2.length];
            for (int f = 0; f < interior.length; f++) {
                interior[f] = innerCurves.isEmpty() || innerCurves.get(f).interior();
            }
            return interior;
        }
    }

    public HeldOut {
        models = List.copyOf(models);
        differences = List.copyOf(differences);
    }

    /** The score of the model of this name. */
    public ModelScore model(String name) {
        return models.stream().filter(m -> m.model().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model " + name));
    }

    /** The head against the baseline of this name. */
    public PairedDifference headAgainst(String baseline) {
        return differences.stream().filter(d -> d.baseline().equals(baseline)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no comparison with " + baseline));
    }

    /**
     * The five models on the heads' folds; {@code settings} are the config's (with how it sets the L2), {@code seed}
     * the config's seed, from which every inner training and the bootstrap draw their own seeds.
     */
    public static HeldOut of(Examples examples, List<Cue> cues, AttentionSettings settings,
                             HeadEnsemble.CrossValidation heads, long seed, int threads) {
        int k = heads.folds();
        Folds folds = Folds.of(examples, k, heads.seed());
        List<Counts> heldOut = folds.heldOut().stream().map(Examples::counts).toList();
        Design design = Design.of(examples.stimuli(), cues);
        Design orderOnly = Design.of(examples.stimuli(), List.of());

        SplittableRandom random = new SplittableRandom(seed ^ 0x4E45535445444356L);
        long[] headInnerSeeds = draw(random, NestedCrossValidation.pairCount(k));
        long[] uniformOuterSeeds = draw(random, k);
        long[] uniformInnerSeeds = draw(random, NestedCrossValidation.pairCount(k));
        long bootstrapSeed = random.nextLong();

        boolean asSet = settings.l2Choice() == AttentionSettings.L2Choice.AS_SET;
        List<NestedCrossValidation.Candidate> candidates = List.of(
                new NestedCrossValidation.Candidate((training, l2, s) -> AttentionStudy.logitsOfTrainedHead(training,
                        settings.withL2(l2), s), heads.trainingSeeds(), headInnerSeeds,
                        asSet ? heads.chosenL2() : null, heads::heldOutLogits),
                new NestedCrossValidation.Candidate((training, l2, s) -> AttentionStudy.logitsOfTrainedUniformHead(
                        training, settings.withL2(l2), s), uniformOuterSeeds, uniformInnerSeeds, null,
                        NestedCrossValidation.KnownLogits.NONE),
                new NestedCrossValidation.Candidate((training, l2, s) -> InteractionLogistic.fit(design,
                        training.counts(), l2).logits(), new long[k], new long[NestedCrossValidation.pairCount(k)], null,
                        NestedCrossValidation.KnownLogits.NONE));
        List<NestedCrossValidation.Outcome> nested = NestedCrossValidation.run(folds, candidates, L2Path.START, threads);

        double[][] rule = new double[k][];
        double[][] order = new double[k][];
        for (int f = 0; f < k; f++) {
            rule[f] = ruleLogits(design, folds.training().get(f).counts());
            order[f] = ruleLogits(orderOnly, folds.training().get(f).counts());
        }
        double[] unpenalised = new double[k];
        Arrays.fill(unpenalised, Double.NaN);
        List<ModelScore> models = new ArrayList<>();
        models.add(score(RULE, rule, unpenalised, List.of(), heldOut));
        models.add(score(HEAD, nested.get(0), heldOut));
        models.add(score(UNIFORM, nested.get(1), heldOut));
        models.add(score(INTERACTIONS, nested.get(2), heldOut));
        models.add(score(ORDER, order, unpenalised, List.of(), heldOut));

        List<double[][]> baselines = BASELINES.stream().map(name -> models.stream()
                .filter(m -> m.model().equals(name)).findFirst().orElseThrow().heldOutLogits()).toList();
        List<PairedDifference> differences = PairedDifference.of(HEAD, models.get(1).heldOutLogits(),
                PairedDifference.baselines(BASELINES, baselines), heldOut, BOOTSTRAP_REPLICATES, bootstrapSeed, threads);
        return new HeldOut(k, heads.seed(), examples.totalWeight(), models, differences);
    }

    /** The logit of every type under the multiplicative rule on these columns, fitted to the counts. */
    static double[] ruleLogits(Design design, Counts counts) {
        RuleFit fit = new MultiplicativeRule().fit(design, counts);
        double[] logits = new double[design.rows()];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = LinearAlgebra.dot(design.row(i), fit.estimates());
        }
        return logits;
    }

    private static ModelScore score(String name, NestedCrossValidation.Outcome outcome, List<Counts> heldOut) {
        return score(name, outcome.heldOutLogits(), outcome.foldL2(), outcome.innerCurves(), heldOut);
    }

    private static ModelScore score(String name, double[][] logits, double[] foldL2, List<L2Path.Curve> curves,
                                    List<Counts> heldOut) {
        double[] byFold = new double[logits.length];
        for (int f = 0; f < byFold.length; f++) {
            byFold[f] = TokenLogLikelihood.of(heldOut.get(f).trials(), heldOut.get(f).n1(), logits[f]).sum();
        }
        return new ModelScore(name, byFold, foldL2, curves, logits);
    }

    private static long[] draw(SplittableRandom random, int count) {
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = random.nextLong();
        }
        return seeds;
    }
}
