package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Simulated participants on the 27-condition factorial design, against the rules' own probabilities. */
class SimulatorTest {

    private static final double[] MULTIPLICATIVE = {1.5, -1, 0.5, 2, 1};

    /** Participant s draws from seed s of the run's sequence, so a larger sample starts with the smaller one. */
    @Test
    void participantsDrawFromTheirOwnSeeds() throws Exception {
        Design design = Fixtures.factorialDesign();
        MultiplicativeRule rule = new MultiplicativeRule();
        List<Simulator.Participant> five = Simulator.simulate(rule, design, MULTIPLICATIVE, 5, 6, 0.5, 77);
        List<Simulator.Participant> twelve = Simulator.simulate(rule, design, MULTIPLICATIVE, 12, 6, 0.5, 77);
        for (int s = 0; s < 5; s++) {
            assertArrayEquals(five.get(s).parameters(), twelve.get(s).parameters(), 0);
            assertArrayEquals(five.get(s).n1Choices(), twelve.get(s).n1Choices());
        }
        assertEquals(List.of("s1", "s2", "s3", "s4", "s5"), five.stream().map(Simulator.Participant::id).toList());
        assertEquals("s01", twelve.get(0).id());
        assertEquals("s12", twelve.get(11).id());
    }

    /**
     * Without individual variation every participant has the generating values, and the share of n1 choices per
     * condition is the rule's P(n1): 2,000 x 5 trials per condition, within 4 binomial standard errors.
     */
    @Test
    void choicesFollowTheRulesProbabilities() throws Exception {
        Design design = Fixtures.factorialDesign();
        MultiplicativeRule rule = new MultiplicativeRule();
        double[] p = rule.predict(design, MULTIPLICATIVE);
        int subjects = 2000;
        int trials = 5;
        List<Simulator.Participant> sample = Simulator.simulate(rule, design, MULTIPLICATIVE, subjects, trials, 0, 3);
        long[] n1 = new long[design.rows()];
        for (Simulator.Participant participant : sample) {
            assertArrayEquals(MULTIPLICATIVE, participant.parameters(), 0);
            for (int i = 0; i < design.rows(); i++) {
                long chosen = 0;
                for (boolean choice : participant.choices()[i]) {
                    chosen += choice ? 1 : 0;
                }
                assertEquals(trials, participant.choices()[i].length);
                assertEquals(chosen, participant.n1Choices()[i]);
                n1[i] += chosen;
            }
        }
        double n = subjects * trials;
        for (int i = 0; i < design.rows(); i++) {
            assertEquals(p[i], n1[i] / n, 4 * Math.sqrt(p[i] * (1 - p[i]) / n) + 1e-12, "condition " + i);
        }
    }

    /**
     * With sd > 0 each participant's weights are the group's plus sd z: over 4,000 participants the deviations
     * have mean 0 (4 SE = 4 sd / sqrt(n)) and standard deviation sd (4 SE = 4 sd / sqrt(2 n)).
     */
    @Test
    void individualWeightsSpreadWithTheGivenSd() throws Exception {
        Design design = Fixtures.factorialDesign();
        double sd = 0.7;
        int n = 4000;
        List<Simulator.Participant> sample = Simulator.simulate(new MultiplicativeRule(), design, MULTIPLICATIVE, n,
                1, sd, 12);
        for (int j = 0; j < MULTIPLICATIVE.length; j++) {
            double[] deviations = new double[n];
            for (int s = 0; s < n; s++) {
                deviations[s] = sample.get(s).parameters()[j] - MULTIPLICATIVE[j];
            }
            assertMeanAndSd(deviations, sd, "parameter " + j);
        }
    }

    /** The hierarchy rule keeps its directions and ranking and varies the lapse on the logit scale. */
    @Test
    void hierarchyParticipantsDifferOnlyInTheirLapseLogit() throws Exception {
        Design design = Fixtures.factorialDesign();
        HierarchyRule rule = new HierarchyRule();
        double[] truth = Recovery.defaultGenerator(rule, design);
        double sd = 0.5;
        int n = 600;
        List<Simulator.Participant> sample = Simulator.simulate(rule, design, truth, n, 1, sd, 13);
        int lapse = truth.length - 1;
        double[] deviations = new double[n];
        for (int s = 0; s < n; s++) {
            double[] own = sample.get(s).parameters();
            assertArrayEquals(java.util.Arrays.copyOf(truth, lapse), java.util.Arrays.copyOf(own, lapse), 0);
            deviations[s] = Math.log(own[lapse] / (1 - own[lapse])) - Math.log(truth[lapse] / (1 - truth[lapse]));
        }
        assertMeanAndSd(deviations, sd, "lapse logit");
    }

    /** Box-Muller draws against the standard normal: mean, variance and P(z < -1), P(z < 0.5) within 4 SE. */
    @Test
    void gaussianDrawsAreStandardNormal() {
        SplittableRandom random = new SplittableRandom(21);
        int n = 100_000;
        double[] z = new double[n];
        int belowMinusOne = 0;
        int belowHalf = 0;
        for (int i = 0; i < n; i++) {
            z[i] = Simulator.gaussian(random);
            belowMinusOne += z[i] < -1 ? 1 : 0;
            belowHalf += z[i] < 0.5 ? 1 : 0;
        }
        assertMeanAndSd(z, 1, "z");
        double p1 = 0.15865525393145707;
        double p2 = 0.6914624612740131;
        assertEquals(p1, (double) belowMinusOne / n, 4 * Math.sqrt(p1 * (1 - p1) / n));
        assertEquals(p2, (double) belowHalf / n, 4 * Math.sqrt(p2 * (1 - p2) / n));
    }

    /**
     * Group counts for recovery: subjects x trials per condition, n1 binomial with the rule's P(n1); an additive
     * rule pushed past P = 1 or below 0 is clamped there (every choice n1, or none).
     */
    @Test
    void simulatedCountsFollowTheRuleAndStayInsideZeroAndOne() throws Exception {
        Design design = Fixtures.factorialDesign();
        MultiplicativeRule rule = new MultiplicativeRule();
        double[] p = rule.predict(design, MULTIPLICATIVE);
        Counts counts = Simulator.simulateCounts(rule, design, MULTIPLICATIVE, 400, 25, new SplittableRandom(4));
        for (int i = 0; i < design.rows(); i++) {
            assertEquals(10_000, counts.trials()[i]);
            assertEquals(p[i], counts.proportion(i), 4 * Math.sqrt(p[i] * (1 - p[i]) / 10_000) + 1e-12);
        }
        AdditiveRule additive = new AdditiveRule();
        double[] extreme = {0.9, -0.9, 0.9, 0.3, 0.3};
        double[] q = additive.predict(design, extreme);
        Counts clamped = Simulator.simulateCounts(additive, design, extreme, 300, 10, new SplittableRandom(5));
        for (int i = 0; i < design.rows(); i++) {
            if (q[i] >= 1) {
                assertEquals(3000, clamped.n1()[i], "row " + i);
            } else if (q[i] <= 0) {
                assertEquals(0, clamped.n1()[i], "row " + i);
            }
        }
    }

    private static void assertMeanAndSd(double[] values, double sd, String what) {
        int n = values.length;
        double mean = 0;
        for (double v : values) {
            mean += v / n;
        }
        double variance = 0;
        for (double v : values) {
            variance += (v - mean) * (v - mean) / (n - 1);
        }
        assertEquals(0, mean, 4 * sd / Math.sqrt(n), what + " mean");
        assertEquals(sd, Math.sqrt(variance), 4 * sd / Math.sqrt(2.0 * n), what + " sd");
    }
}
