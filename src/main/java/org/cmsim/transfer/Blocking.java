package org.cmsim.transfer;

import java.util.List;
import org.cmsim.attention.AttentionHead;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.attention.Examples;
import org.cmsim.attention.HeadTransfer;
import org.cmsim.competition.ExposureLearning;
import org.cmsim.competition.LogisticDeltaRule;
import org.cmsim.design.Exposure;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.ContrastCue;
import org.cmsim.model.Cue;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;
import org.cmsim.numeric.Parallel;
import org.cmsim.numeric.Sampling;

/**
 * Blocking (Kamin 1969; for cue learning in sentence interpretation, Matessa &amp; Anderson 2000) in a designed
 * two-phase corpus. Two noun features, {@code a} and {@code b} (yes, no), are contrast cues A and B favouring the
 * noun marked yes. Phase 1: A alone points to the agent (b unknown), one sentence with n1 as the agent and one with
 * n2. Phase 2: A and a redundant B both point to the agent. The control reads phase 2 alone, from the same start
 * as the learner (zero weights; the same initial head) and in the same presentation order. An error-driven
 * learner that has learned A in phase 1 makes small errors in phase 2 and so learns less of B: blocking is B's
 * strength after phase 2 being smaller than in the control.
 */
public final class Blocking {

    /** The two cues, as the designed corpus names them. */
    public static final String A = "A";
    public static final String B = "B";
    private static final long SALT = 0x2545F4914F6CDD1DL;

    /**
     * B's strength after phase 2 in each replicate, with phase 1 first ({@code blocked}) and without it
     * ({@code control}): the delta rule over presentation orders, the heads over seeds.
     */
    public record Result(long phase1, long phase2, double rate, double[] deltaBlocked, double[] deltaControl,
                         double[] headBlocked, double[] headControl) {
    }

    private Blocking() {
    }

    /** The designed corpus of one phase: A alone (phase 1) or A and B together (phase 2). */
    public static SentenceCorpus corpus(boolean withB) {
        FeatureSpace space = space();
        FeatureValues none = FeatureValues.unknown(2);
        FeatureValues yes = none.with(0, 0);
        FeatureValues no = none.with(0, 1);
        if (withB) {
            yes = yes.with(1, 0);
            no = no.with(1, 1);
        }
        return new SentenceCorpus(space, List.of(new Sentence(new Stimulus(Order.NVN, yes, none, no), Slot.N1, 1),
                new Sentence(new Stimulus(Order.NVN, no, none, yes), Slot.N2, 1)));
    }

    /** Cues A and B: contrasts on features a and b favouring yes. */
    public static List<Cue> cues() {
        return List.of(new ContrastCue(A, 0, "a", 0, "yes"), new ContrastCue(B, 1, "b", 0, "yes"));
    }

    private static FeatureSpace space() {
        return new FeatureSpace(List.of(new Feature("a", List.of("yes", "no")), new Feature("b", List.of("yes", "no"))));
    }

    /**
     * {@code phase1} then {@code phase2} presentations for the delta rule at {@code rate} over {@code orders}
     * presentation orders, and the same exposures in tokens for {@code seeds} heads at {@code settings}.
     */
    public static Result run(long phase1, long phase2, double rate, int orders, int seeds, AttentionSettings settings,
                             long seed, int threads) {
        Exposure first = Exposure.of(corpus(false), cues());
        Exposure second = Exposure.of(corpus(true), cues());
        int b = second.design().parameters().indexOf(B);
        LogisticDeltaRule rule = new LogisticDeltaRule();
        long[] orderSeeds = Sampling.seeds(seed ^ SALT, 2 * orders);
        List<double[]> delta = Parallel.map(orders, threads, r -> {
            double[] afterA = ExposureLearning.learn(first, rule, phase1, rate, new long[] {phase1}, orderSeeds[2 * r])
                    .last();
            long[] end = {phase2};
            double blocked = ExposureLearning.learnFrom(afterA, second, rule, phase2, rate, end, orderSeeds[2 * r + 1])
                    .last()[b];
            double control = ExposureLearning.learnFrom(new double[afterA.length], second, rule, phase2, rate, end,
                    orderSeeds[2 * r + 1]).last()[b];
            return new double[] {blocked, control};
        });
        Examples phaseOne = AttentionStudy.examples(corpus(false), cues());
        Examples phaseTwo = AttentionStudy.examples(corpus(true), cues());
        long[] headSeeds = Sampling.seeds(seed ^ SALT ^ 1, seeds);
        List<double[]> heads = Parallel.map(seeds, threads, s -> {
            AttentionHead start = new AttentionHead(phaseTwo.vocabulary(), settings);
            start.initialise(headSeeds[s]);
            AttentionHead control = new AttentionHead(phaseTwo.vocabulary(), settings);
            control.restore(start.snapshot());
            HeadTransfer.train(start, phaseOne, cues(), phase1, new long[] {phase1}, headSeeds[s] + 1);
            long[] end = {phase2};
            org.cmsim.design.Trajectory blocked = HeadTransfer.train(start, phaseTwo, cues(), phase2, end,
                    headSeeds[s] + 2);
            org.cmsim.design.Trajectory unblocked = HeadTransfer.train(control, phaseTwo, cues(), phase2, end,
                    headSeeds[s] + 2);
            int j = blocked.parameters().indexOf(B);
            return new double[] {blocked.last()[j], unblocked.last()[j]};
        });
        return new Result(phase1, phase2, rate, column(delta, 0), column(delta, 1), column(heads, 0),
                column(heads, 1));
    }

    private static double[] column(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(r -> r[c]).toArray();
    }
}
