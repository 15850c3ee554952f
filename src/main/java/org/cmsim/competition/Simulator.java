package org.cmsim.competition;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.numeric.Sampling;

/**
 * Synthetic participants in an agent-identification experiment: each sees every condition of a
 * design {@code trials} times and picks n1 with the probability a choice rule gives. With
 * {@code sd > 0} participants differ: each draws its own continuous parameters around the group
 * values, w_s = w + sd z (z standard normal); the hierarchy rule varies its lapse on the logit scale
 * and keeps the ranking. Participant s draws from its own seed, derived in sequence from the run's.
 */
public final class Simulator {

    /** One simulated participant: generating parameters and per-condition n1 counts. */
    public record Participant(String id, double[] parameters, long[] n1Choices, boolean[][] choices) {
    }

    private Simulator() {
    }

    public static List<Participant> simulate(ChoiceRule rule, Design design, double[] parameters, int subjects,
                                             int trials, double sd, long seed) {
        long[] seeds = Sampling.seeds(seed, subjects);
        int width = Integer.toString(subjects).length();
        List<Participant> participants = new ArrayList<>(subjects);
        for (int s = 0; s < subjects; s++) {
            SplittableRandom random = new SplittableRandom(seeds[s]);
            double[] own = vary(rule, design, parameters, sd, random);
            double[] p = clamp(rule.predict(design, own));
            long[] n1 = new long[design.rows()];
            boolean[][] choices = new boolean[design.rows()][trials];
            for (int i = 0; i < design.rows(); i++) {
                for (int t = 0; t < trials; t++) {
                    choices[i][t] = random.nextDouble() < p[i];
                    n1[i] += choices[i][t] ? 1 : 0;
                }
            }
            participants.add(new Participant(String.format("s%0" + width + "d", s + 1), own, n1, choices));
        }
        return participants;
    }

    /** Group counts of a whole simulated sample, without keeping the trials: for recovery studies. */
    static Counts simulateCounts(ChoiceRule rule, Design design, double[] parameters, int subjects, int trials,
                                 SplittableRandom random) {
        double[] p = clamp(rule.predict(design, parameters));
        long[] total = new long[design.rows()];
        long[] n1 = new long[design.rows()];
        for (int i = 0; i < p.length; i++) {
            total[i] = (long) subjects * trials;
            n1[i] = Sampling.binomial(random, total[i], p[i]);
        }
        return new Counts(total, n1);
    }

    private static double[] vary(ChoiceRule rule, Design design, double[] parameters, double sd,
                                 SplittableRandom random) {
        return sd == 0 ? parameters.clone() : rule.participant(design, parameters, sd, () -> gaussian(random));
    }

    /** An additive rule with varied weights can leave [0, 1]; a probability cannot. */
    private static double[] clamp(double[] p) {
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.min(1, Math.max(0, p[i]));
        }
        return p;
    }

    /** Standard normal by the Box-Muller transform. */
    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
