package org.cmsim.competition;

import org.cmsim.design.Counts;
import org.cmsim.design.Design;

/**
 * An error-driven update of cue weights after one sentence: w += rate x error x x, where x is the
 * sentence's row of the {@link Design} (order one-hot, cue directions) and the error compares what
 * the weights predicted with who the agent was.
 */
public interface LearningRule {

    /** The learner's name in trajectory.csv. */
    String name();

    /**
     * The prediction error after seeing a sentence whose agent is n1 ({@code agentIsN1}) given the
     * summed input {@code activation} = w . x.
     */
    double error(double activation, boolean agentIsN1);

    /** The weights the learner settles at on a corpus, in expectation (its asymptote). */
    double[] asymptote(Design design, Counts agents);

    /** The logistic delta rule and Rescorla-Wagner, in that order. */
    static java.util.List<LearningRule> all() {
        return java.util.List.of(new LogisticDeltaRule(), new RescorlaWagnerRule());
    }
}
