package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.design.Exposure;
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
import org.cmsim.numeric.LinearAlgebra;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Where the learners settle in expectation, checked against the condition that defines it. */
class LearningAsymptoteTest {

    /**
     * The delta rule is stochastic gradient ascent on the multiplicative rule's log-likelihood, so at its
     * asymptote the expected update vanishes: sum_s (n1_s - N_s sigmoid(w . x_s)) x_s = 0 (the score).
     */
    @Test
    void deltaAsymptoteIsWhereTheExpectedUpdateVanishes() throws Exception {
        Exposure exposure = Fixtures.exposure("configs/illustrative.json");
        Design design = exposure.design();
        Counts agents = exposure.agents();
        double[] w = new LogisticDeltaRule().asymptote(design, agents);
        double[] expectedChange = new double[w.length];
        for (int i = 0; i < design.rows(); i++) {
            double[] x = design.row(i);
            double p = 1 / (1 + Math.exp(-LinearAlgebra.dot(w, x)));
            for (int j = 0; j < w.length; j++) {
                expectedChange[j] += (agents.n1()[i] - agents.trials()[i] * p) * x[j];
            }
        }
        for (int j = 0; j < w.length; j++) {
            assertEquals(0, expectedChange[j] / agents.totalTrials(), 1e-9, design.parameters().get(j));
        }
    }

    /**
     * Two cues that always point the same way (both read feature f) cannot be told apart: E[x x'] is singular
     * and every split of the one cue's weight between them is an equilibrium. The minimum-norm one, where
     * learning from zero converges, splits it equally; the order weight is the one-cue corpus's.
     * Corpus (all NVN): a/b n1 x6, a/b n2 x2, b/a n2 x5, b/a n1 x1, a/a n1 x3.
     */
    @Test
    void rescorlaWagnerSplitsConfoundedCuesEqually() {
        FeatureSpace space = new FeatureSpace(List.of(new Feature("f", List.of("a", "b"))));
        List<Sentence> sentences = List.of(sentence(0, 1, Slot.N1, 6), sentence(0, 1, Slot.N2, 2),
                sentence(1, 0, Slot.N2, 5), sentence(1, 0, Slot.N1, 1), sentence(0, 0, Slot.N1, 3));
        SentenceCorpus corpus = new SentenceCorpus(space, sentences);
        Cue order = OrderCue.unresolved("order", Set.of());
        List<Cue> one = List.of(order, new ContrastCue("c", 0, "f", 0, "a"));
        List<Cue> two = List.of(order, new ContrastCue("c", 0, "f", 0, "a"), new ContrastCue("d", 0, "f", 0, "a"));
        Exposure single = Exposure.of(corpus, one);
        Exposure doubled = Exposure.of(corpus, two);
        RescorlaWagnerRule rule = new RescorlaWagnerRule();
        double[] v = rule.asymptote(single.design(), single.agents());
        // By hand, over the 17 tokens: E[x x'] = [[17, 2], [2, 14]] / 17 (x_c sums 6 + 2 - 5 - 1 = 2) and
        // E[lambda x] = (3, 8) / 17 (lambda sums 6 - 2 - 5 + 1 + 3 = 3; lambda x_c sums 6 - 2 + 5 - 1 = 8), so
        // V = (3 * 14 - 2 * 8, 17 * 8 - 2 * 3) / (17 * 14 - 2 * 2) = (26, 130) / 234 = (1/9, 5/9).
        assertArrayEquals(new double[] {1.0 / 9, 5.0 / 9}, v, 1e-12);
        assertArrayEquals(new double[] {v[0], v[1] / 2, v[1] / 2},
                rule.asymptote(doubled.design(), doubled.agents()), 1e-12);
    }

    private static Sentence sentence(int n1, int n2, Slot agent, long count) {
        return new Sentence(new Stimulus(Order.NVN, new FeatureValues(new int[] {n1}), FeatureValues.unknown(1),
                new FeatureValues(new int[] {n2})), agent, count);
    }
}
