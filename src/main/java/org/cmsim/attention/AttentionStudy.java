package org.cmsim.attention;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.competition.Counts;
import org.cmsim.competition.Exposure;
import org.cmsim.competition.Trajectory;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.Condition;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Cue;
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
        Examples examples = Examples.of(new Vocabulary(space), conditions.stream().map(Condition::stimulus).toList(),
                conditions.stream().mapToDouble(Condition::trials).toArray(),
                conditions.stream().mapToDouble(Condition::n1Choices).toArray());
        return train(examples, cues, settings, seed);
    }

    private static double[] toDoubles(long[] values) {
        return java.util.Arrays.stream(values).asDoubleStream().toArray();
    }

    static Result train(Examples examples, List<Cue> cues, AttentionSettings settings, long seed) {
        Vocabulary vocabulary = examples.vocabulary();
        List<Stimulus> stimuli = examples.stimuli();
        SplittableRandom seeds = new SplittableRandom(seed);
        long initSeed = seeds.nextLong();
        long splitSeed = seeds.nextLong();
        long orderSeed = seeds.nextLong();
        AttentionHead head = new AttentionHead(vocabulary, settings);
        head.initialise(initSeed);
        HeldOutSplit split = HeldOutSplit.of(examples, settings.heldOut(), splitSeed);
        if (split.heldOut().totalWeight() < HeldOutSplit.MINIMUM_HELD_OUT) {
            // Too few held-out tokens to tell a better head from noise: train on everything, no early stop.
            split = new HeldOutSplit(examples, null);
        }

        List<String> parameters = CueContributions.parameters(stimuli, cues);
        long planned = Math.max(1, Math.round(settings.epochs() * split.train().totalWeight()));
        long[] targets = Trajectory.logSpacedSteps(planned, TRAJECTORY_CHECKPOINTS);
        List<Long> steps = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        steps.add(0L);
        values.add(ablations(head, examples, cues));
        int[] next = {1};
        AdamTrainer.Result training = AdamTrainer.train(head, split.train(), split.heldOut(), orderSeed,
                (presented, trained) -> {
                    if (next[0] < targets.length && presented >= targets[next[0]]) {
                        while (next[0] < targets.length && presented >= targets[next[0]]) {
                            next[0]++;
                        }
                        steps.add(Math.round(presented));
                        values.add(ablations(trained, examples, cues));
                    }
                });
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

    private static double[] ablations(AttentionHead head, Examples examples, List<Cue> cues) {
        return CueContributions.ablations(head, examples, cues).stream()
                .mapToDouble(CueContributions.Contribution::ablation).toArray();
    }
}
