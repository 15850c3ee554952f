package org.cmsim.competition;

import org.cmsim.design.Counts;
import org.cmsim.design.Design;

/**
 * The delta rule on the multiplicative rule's log-odds: after each sentence,
 * <pre>
 *   w += rate (y - sigmoid(w . x)) x        y = 1 when n1 is the agent, else 0
 * </pre>
 * It is stochastic gradient ascent on the multiplicative rule's log-likelihood, so in expectation it
 * settles where that likelihood is maximal: its asymptote is the maximum-likelihood fit of the
 * multiplicative rule to the corpus itself (where that does not exist, the separated weights keep
 * growing; the fit reports them as {@link Separation} does).
 */
public final class LogisticDeltaRule implements LearningRule {

    @Override
    public String name() {
        return "delta";
    }

    @Override
    public double error(double activation, boolean agentIsN1) {
        return (agentIsN1 ? 1 : 0) - MultiplicativeRule.logistic(activation);
    }

    @Override
    public double[] asymptote(Design design, Counts agents) {
        return new MultiplicativeRule().fit(design, agents).estimates();
    }
}
