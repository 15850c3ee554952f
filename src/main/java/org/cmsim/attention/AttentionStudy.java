package org.cmsim.attention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cmsim.design.Counts;
import org.cmsim.design.Exposure;
import org.cmsim.design.Trajectory;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.Condition;
import org.cmsim.model.Cue;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Stimulus;

/**
 * Trains an attention head on an exposure corpus (cross-entropy against the agent, weighted by
 * count) or fits it to choice data (binomial likelihood of n1_choices of trials), and reads off its
 * cue contributions, also at log-spaced checkpoints during training (the trajectory).
 */
public final class AttentionStudy {

    private static final int TRAJECTORY_CHECKPOINTS = 30;

    /** A trained head with everything cmsim reports about it. */
    public record Result(AttentionHead head, Examples examples, List<CueContributions.Contribution> contributions,
                         AdamTrainer.Result training, Trajectory trajectory) {

        /** The encoded rows of example e, for {@link AttentionHead#read}. */
        public int[][] rows(int e) {
            return Examples.encode(head.vocabulary(), examples.stimuli().get(e));
        }
    }

    private AttentionStudy() {
    }

    /** Trains on the sentence types of a corpus; the target is the share of tokens with n1 as agent. */
    public static Result fromCorpus(SentenceCorpus corpus, List<Cue> cues, AttentionSettings settings, long seed) {
        return train(examples(corpus, cues), cues, settings, seed);
    }

    /** A corpus's distinct sentence types as training examples (as {@link Exposure} counts them). */
    public static Examples examples(SentenceCorpus corpus, List<Cue> cues) {
        Exposure exposure = Exposure.of(corpus, cues);
        Counts agents = exposure.agents();
        return Examples.of(new Vocabulary(corpus.space()), exposure.design().stimuli(), toDoubles(agents.trials()),
                toDoubles(agents.n1()));
    }

    /** Fits to choices (one condition per distinct stimulus); the target is the share of trials choosing n1. */
    public static Result fromChoices(FeatureSpace space, List<Condition> conditions, List<Cue> cues,
                                     AttentionSettings settings, long seed) {
        return train(choiceExamples(space, conditions), cues, settings, seed);
    }

    /** Choice conditions as training examples: weight = trials, target = share choosing n1. */
    public static Examples choiceExamples(FeatureSpace space, List<Condition> conditions) {
        return Examples.of(new Vocabulary(space), conditions.stream().map(Condition::stimulus).toList(),
                conditions.stream().mapToDouble(Condition::trials).toArray(),
                conditions.stream().mapToDouble(Condition::n1Choices).toArray());
    }

    private static double[] toDoubles(long[] values) {
        return java.util.Arrays.stream(values).asDoubleStream().toArray();
    }

    /** A head trained without a trajectory: what the ensemble's other seeds and the folds of its L2 choice need. */
    record Trained(AttentionHead head, AdamTrainer.Result training) {
    }

    /**
     * Trains one head: initialisation, early-stopping split and presentation order all drawn from
     * {@code seed}, so another seed gives another initialisation and another data order.
     */
    static Trained trainHead(Examples examples, AttentionSettings settings, long seed, AdamTrainer.Listener listener) {
        return trainHead(examples, settings, seed, null, listener);
    }

    /**
     * Trains one head from {@code start} (a head's parameters: a warm start) or, when it is null,
     * from a seeded initialisation; the early-stopping split and the presentation order are drawn
     * from {@code seed} either way.
     */
    static Trained trainHead(Examples examples, AttentionSettings settings, long seed, double[] start,
                             AdamTrainer.Listener listener) {
        return train(new AttentionHead(examples.vocabulary(), settings), examples, seed, start, listener);
    }

    /**
     * The logit of every sentence type of {@code training} (ln P(n1) / P(n2)) under a head trained on its
     * weights from {@code seed}: what a cross-validation reads off a head trained on the other folds.
     */
    public static double[] logitsOfTrainedHead(Examples training, AttentionSettings settings, long seed) {
        return trainHead(training, settings, seed, null, (presented, head) -> { }).head().logits(training);
    }

    /**
     * A head trained on {@code training} as {@link #logitsOfTrainedHead} trains it: its logits on every type, and
     * its cue contributions (ablations) read on {@code all}, parameter to value.
     */
    public static FoldHead foldHead(Examples training, Examples all, List<Cue> cues, AttentionSettings settings,
                                    long seed) {
        AttentionHead head = trainHead(training, settings, seed, null, (presented, trained) -> { }).head();
        Map<String, Double> contributions = new LinkedHashMap<>();
        CueContributions.ablations(head, all, cues).forEach(c -> contributions.put(c.parameter(), c.ablation()));
        return new FoldHead(head.logits(training), contributions);
    }

    /** What the cross-validation keeps of a head trained on all folds but one. */
    public record FoldHead(double[] logits, Map<String, Double> contributions) {
        public FoldHead {
            logits = logits.clone();
            contributions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
        }
    }

    /**
     * The same for the head with uniform attention ({@link AttentionHead#withUniformAttention}), trained as a
     * head is: the same initialisation scales, early stopping, Adam and L2.
     */
    public static double[] logitsOfTrainedUniformHead(Examples training, AttentionSettings settings, long seed) {
        AttentionHead head = AttentionHead.withUniformAttention(training.vocabulary(), settings);
        return train(head, training, seed, null, (presented, trained) -> { }).head().logits(training);
    }

    private static Trained train(AttentionHead head, Examples examples, long seed, double[] start,
                                 AdamTrainer.Listener listener) {
        AttentionSettings settings = head.settings();
        SplittableRandom seeds = new SplittableRandom(seed);
        long initSeed = seeds.nextLong();
        long splitSeed = seeds.nextLong();
        long orderSeed = seeds.nextLong();
        if (start == null) {
            head.initialise(initSeed);
        } else {
            head.restore(start);
        }
        HeldOutSplit split = HeldOutSplit.of(examples, settings.heldOut(), splitSeed);
        if (split.heldOut().totalWeight() < HeldOutSplit.MINIMUM_HELD_OUT) {
            // Too few held-out tokens to tell a better head from noise: train on everything, no early stop.
            split = new HeldOutSplit(examples, null);
        }
        AdamTrainer.Result training = AdamTrainer.train(head, split.train(), split.heldOut(), orderSeed, listener);
        return new Trained(head, training);
    }

    /** A head with its contributions but no trajectory. */
    static Result trainWithoutTrajectory(Examples examples, List<Cue> cues, AttentionSettings settings, long seed) {
        Trained trained = trainHead(examples, settings, seed, (presented, head) -> { });
        List<CueContributions.Contribution> contributions = CueContributions.of(trained.head(), examples, cues);
        List<String> parameters = CueContributions.parameters(examples.stimuli(), cues);
        double[] last = contributions.stream().mapToDouble(CueContributions.Contribution::ablation).toArray();
        Trajectory trajectory = new Trajectory("attention", parameters,
                new long[] {Math.round(trained.training().presentations())}, new double[][] {last});
        return new Result(trained.head(), examples, contributions, trained.training(), trajectory);
    }

    static Result train(Examples examples, List<Cue> cues, AttentionSettings settings, long seed) {
        List<Stimulus> stimuli = examples.stimuli();
        // The split's size decides the planned presentations, so it is drawn as trainHead draws it.
        SplittableRandom seeds = new SplittableRandom(seed);
        seeds.nextLong();
        long splitSeed = seeds.nextLong();
        HeldOutSplit split = HeldOutSplit.of(examples, settings.heldOut(), splitSeed);
        if (split.heldOut().totalWeight() < HeldOutSplit.MINIMUM_HELD_OUT) {
            split = new HeldOutSplit(examples, null);
        }

        List<String> parameters = CueContributions.parameters(stimuli, cues);
        long planned = Math.max(1, Math.round(settings.epochs() * split.train().totalWeight()));
        long[] targets = Trajectory.logSpacedSteps(planned, TRAJECTORY_CHECKPOINTS);
        List<Long> steps = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        steps.add(0L);
        values.add(initialAblations(examples, cues, settings, seed));
        int[] next = {1};
        Trained trained0 = trainHead(examples, settings, seed,
                (presented, trained) -> {
                    if (next[0] < targets.length && presented >= targets[next[0]]) {
                        while (next[0] < targets.length && presented >= targets[next[0]]) {
                            next[0]++;
                        }
                        steps.add(Math.round(presented));
                        values.add(ablations(trained, examples, cues));
                    }
                });
        AttentionHead head = trained0.head();
        AdamTrainer.Result training = trained0.training();
        long end = Math.round(training.presentations());
        if (steps.get(steps.size() - 1) == end) {
            steps.remove(steps.size() - 1);
            values.remove(values.size() - 1);
        }
        steps.add(end);
        List<CueContributions.Contribution> contributions = CueContributions.of(head, examples, cues);
        values.add(contributions.stream().mapToDouble(CueContributions.Contribution::ablation).toArray());
        Trajectory trajectory = new Trajectory("attention", parameters,
                steps.stream().mapToLong(Long::longValue).toArray(), values.toArray(new double[0][]));
        return new Result(head, examples, contributions, training, trajectory);
    }

    /** The contributions of the head as initialised, before any training (the trajectory's first point). */
    private static double[] initialAblations(Examples examples, List<Cue> cues, AttentionSettings settings, long seed) {
        AttentionHead head = new AttentionHead(examples.vocabulary(), settings);
        head.initialise(new SplittableRandom(seed).nextLong());
        return ablations(head, examples, cues);
    }

    private static double[] ablations(AttentionHead head, Examples examples, List<Cue> cues) {
        return CueContributions.ablations(head, examples, cues).stream()
                .mapToDouble(CueContributions.Contribution::ablation).toArray();
    }
}
