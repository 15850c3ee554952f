package org.cmsim.competition;

import org.cmsim.design.Counts;
import org.cmsim.design.Design;

/**
 * A rule by which cues combine into a choice of agent: P(n1 is the agent) for each condition of a
 * design, given the rule's parameters. McDonald &amp; MacWhinney (1989) compared multiplicative
 * and additive forms; the hierarchy rule is the lexicographic alternative ("the strongest present
 * cue decides").
 */
public interface ChoiceRule {

    /** The rule's name in outputs: {@code multiplicative}, {@code additive}, {@code hierarchy}. */
    String name();

    /** The rule's parameter names for a design, in the order of the parameter vector. */
    java.util.List<String> parameters(Design design);

    /** Maximum-likelihood fit to the choices observed in each row of the design. */
    RuleFit fit(Design design, Counts counts);

    /** P(n1) in each row of the design under the given parameters. */
    double[] predict(Design design, double[] parameters);

    /**
     * Why {@code value} cannot be parameter {@code parameter} of a generating rule (what the allowed
     * range is), or null when it can. By default any finite number.
     */
    default String invalidValue(Design design, int parameter, double value) {
        return Double.isFinite(value) ? null : "must be a finite number";
    }

    /** Whether a parameter is continuous, so that a bootstrap percentile interval means something. */
    default boolean isContinuous(Design design, int parameter) {
        return true;
    }
}
