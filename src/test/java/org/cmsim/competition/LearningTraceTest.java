package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cmsim.design.Exposure;
import org.cmsim.design.Trajectory;
import org.cmsim.model.ContrastCue;
import org.cmsim.model.Cue;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.OrderCue;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;
import org.junit.jupiter.api.Test;

/**
 * Both learners, fast and reference, against traces worked out by hand on one-sentence corpora, where every
 * presentation is the same sentence and the draws cannot matter. Feature f has values a and b; cue "c" favours
 * the noun with f = a, so "NVN, n1 a, n2 b" has the design row x = (order=NVN 1, c +1).
 */
class LearningTraceTest {

    private static final double EXACT = 1e-15;
    private static final FeatureSpace SPACE = new FeatureSpace(List.of(new Feature("f", List.of("a", "b"))));
    private static final List<Cue> CUES = List.of(OrderCue.unresolved("order", java.util.Set.of()),
            new ContrastCue("c", 0, "f", 0, "a"));
    private static final long[] CHECKPOINTS = {0, 2, 2, 5};

    /** One sentence type, n1 with f = n1Value and n2 with f = n2Value, {@code count} times. */
    static Exposure oneSentence(int n1Value, int n2Value, Slot agent, long count) {
        Stimulus stimulus = new Stimulus(Order.NVN, new FeatureValues(new int[] {n1Value}),
                FeatureValues.unknown(1), new FeatureValues(new int[] {n2Value}));
        return Exposure.of(new SentenceCorpus(SPACE, List.of(new Sentence(stimulus, agent, count))), CUES);
    }

    /**
     * Rescorla-Wagner with x = (1, 1) and lambda = +1: V.x goes 0, 2r w, ... so each weight follows
     * w_t = (1 - (1 - 2 r)^t) / 2; at r = 0.25, w_2 = 3/8 and w_5 = 31/64.
     */
    @Test
    void rescorlaWagnerHalvesTheErrorAtEveryStep() {
        Exposure exposure = oneSentence(0, 1, Slot.N1, 3);
        double[][] expected = {{0, 0}, {3.0 / 8, 3.0 / 8}, {3.0 / 8, 3.0 / 8}, {31.0 / 64, 31.0 / 64}};
        assertTrace(expected, exposure, new RescorlaWagnerRule(), 0.25);
    }

    /** lambda = -1 when n2 is the agent: the same trace, negated. */
    @Test
    void rescorlaWagnerLearnsTowardsMinusOneWhenN2IsTheAgent() {
        Exposure exposure = oneSentence(0, 1, Slot.N2, 1);
        double[][] expected = {{0, 0}, {-3.0 / 8, -3.0 / 8}, {-3.0 / 8, -3.0 / 8}, {-31.0 / 64, -31.0 / 64}};
        assertTrace(expected, exposure, new RescorlaWagnerRule(), 0.25);
    }

    /**
     * An absent cue (both nouns a: x = (1, 0)) keeps its weight at 0, and the order weight alone carries
     * V.x: w_t = 1 - (1 - r)^t, so at r = 0.5 w_2 = 3/4 and w_5 = 31/32.
     */
    @Test
    void absentCueIsNeverUpdated() {
        Exposure exposure = oneSentence(0, 0, Slot.N1, 2);
        double[][] expected = {{0, 0}, {3.0 / 4, 0}, {3.0 / 4, 0}, {31.0 / 32, 0}};
        assertTrace(expected, exposure, new RescorlaWagnerRule(), 0.5);
    }

    /**
     * The delta rule with x = (1, 1): w += r (1 - sigmoid(2 w)). By hand at r = 0.5: w_1 = 0.25,
     * w_2 = 0.25 + 0.5 (1 - sigmoid(0.5)) = 0.4387703344..., then three more steps of the same recurrence.
     */
    @Test
    void deltaRuleFollowsTheLogisticErrorStepByStep() {
        Exposure exposure = oneSentence(0, 1, Slot.N1, 1);
        double w2 = 0.25 + 0.5 * (1 - 1 / (1 + Math.exp(-0.5)));
        assertEquals(0.4387703344, w2, 1e-10);
        double w = w2;
        for (int t = 2; t < 5; t++) {
            w += 0.5 * (1 - 1 / (1 + Math.exp(-2 * w)));
        }
        double[][] expected = {{0, 0}, {w2, w2}, {w2, w2}, {w, w}};
        assertTrace(expected, exposure, new LogisticDeltaRule(), 0.5);
    }

    /** The delta rule's error is y - sigmoid(activation): n2 as the agent (y = 0) pushes the weights down. */
    @Test
    void deltaRuleErrorIsTheResidualOfTheLogistic() {
        LogisticDeltaRule delta = new LogisticDeltaRule();
        assertEquals(0.5, delta.error(0, true), EXACT);
        assertEquals(-0.5, delta.error(0, false), EXACT);
        assertEquals(1 - 1 / (1 + Math.exp(-2)), delta.error(2, true), EXACT);
        assertEquals(-1 / (1 + Math.exp(1.5)), delta.error(-1.5, false), EXACT);
        RescorlaWagnerRule rw = new RescorlaWagnerRule();
        assertEquals(0.7, rw.error(0.3, true), EXACT);
        assertEquals(-1.3, rw.error(0.3, false), EXACT);
        assertEquals(List.of("delta", "rescorla-wagner"), LearningRule.all().stream().map(LearningRule::name).toList());
    }

    private static void assertTrace(double[][] expected, Exposure exposure, LearningRule rule, double rate) {
        for (Trajectory trajectory : List.of(
                ExposureLearning.learn(exposure, rule, 5, rate, CHECKPOINTS, 1),
                ReferenceLearning.learn(exposure, rule, 5, rate, CHECKPOINTS, 1))) {
            assertEquals(rule.name(), trajectory.learner());
            assertEquals(List.of("order=NVN", "c"), trajectory.parameters());
            assertArrayEquals(CHECKPOINTS, trajectory.steps());
            for (int c = 0; c < expected.length; c++) {
                assertArrayEquals(expected[c], trajectory.values()[c], EXACT, "checkpoint " + c);
            }
        }
    }
}
