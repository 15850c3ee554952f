package org.cmsim.competition;

import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;

/**
 * A rule by which cues combine into a choice of agent: P(n1 is the agent) for each condition of a
 * design, given the rule's parameters. McDonald &amp; MacWhinney (1989) compared multiplicative
 * and additive forms; the hierarchy rule is the lexicographic alternative ("the strongest present
 * cue decides").
 *
 * <p>Sealed, and everything a caller needs to know about a rule is one of its methods, so that the
 * compiler checks that a new rule answers it: a new rule is one class here, named in {@code permits},
 * and one entry in {@link Rules#ALL}. {@code explain} and the playground show every registered rule, in
 * that order, reading a sentence with the rule's {@link #reader}.
 */
public sealed interface ChoiceRule permits MultiplicativeRule, AdditiveRule, HierarchyRule {

    /** The rule's name in outputs and on the command line: {@code multiplicative}, {@code additive}, {@code hierarchy}. */
    String name();

    /** The rule's parameter names for a design, in the order of the parameter vector. */
    java.util.List<String> parameters(Design design);

    /** Maximum-likelihood fit to the choices observed in each row of the design. */
    RuleFit fit(Design design, Counts counts);

    /** P(n1) in each row of the design under the given parameters. */
    double[] predict(Design design, double[] parameters);

    /**
     * How the rule reads one sentence with given parameters, term by term or by its decision, as
     * {@code explain} and the playground show it: the same P(n1) as {@link #predict} for that sentence's
     * row. A reader is pure arithmetic (the playground runs it as JavaScript); a rule whose reading none
     * of them gives adds one to {@link RuleReader}.
     */
    RuleReader reader();

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

    /**
     * A fit that may start from an earlier fit of the same design (a bootstrap replicate starts from
     * the full data's: the same optimum, fewer steps). By default it starts afresh.
     */
    default RuleFit fit(Design design, Counts counts, RuleFit start) {
        return fit(design, counts);
    }

    /**
     * Illustrative generating parameters for a design, used by model recovery when none are given
     * (and stated in its output): clear order effects and cues of decreasing strength in config order.
     */
    double[] illustrativeParameters(Design design);

    /**
     * One simulated participant's parameters around the group's {@code parameters}, with
     * between-participant standard deviation {@code sd} on the scale where the parameter is unbounded;
     * {@code normal} draws standard normal deviates, in parameter order.
     */
    double[] participant(Design design, double[] parameters, double sd, DoubleSupplier normal);

    /**
     * Whether a generating parameter may be left out (empty in strengths.csv, no {@code --param}): a
     * hierarchy cue's rank, whose absence ranks the cue below order.
     */
    boolean mayBeLeftOut(Design design, int parameter);

    /**
     * The strength strengths.csv reports beside a parameter's estimate, on the literature's 0.5..1
     * scale, or NaN when the rule has none for it.
     */
    double strength(String parameter, double estimate);

    /** A caveat fit.json states beside the rule's AIC and BIC, when they only approximate a penalty. */
    Optional<String> informationCriteriaCaveat();

    /** Every parameter shifted by its own normal deviate: w_s = w + sd z, in parameter order. */
    static double[] shiftedEach(double[] parameters, double sd, DoubleSupplier normal) {
        double[] own = parameters.clone();
        for (int j = 0; j < own.length; j++) {
            own[j] += sd * normal.getAsDouble();
        }
        return own;
    }
}
