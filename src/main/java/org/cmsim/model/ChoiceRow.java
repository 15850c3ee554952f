package org.cmsim.model;

import java.util.Objects;

/**
 * One row of choice data: {@code n1Choices} of {@code trials} chose n1 as the agent of {@code stimulus}.
 * A trial-level row has {@code trials == 1}. {@code subject} and {@code item} are null when the data do not
 * name them; {@code group} is the row's level of the grouping column ({@code fit --by}), null without one.
 * {@code rt} is the trial's reaction time in milliseconds, NaN when the data record none; only a single trial
 * has one.
 */
public record ChoiceRow(Stimulus stimulus, long trials, long n1Choices, String subject, String item, String group,
                        double rt) {

    public ChoiceRow {
        Objects.requireNonNull(stimulus, "stimulus");
        if (trials <= 0) {
            throw new IllegalArgumentException("trials must be positive, was " + trials);
        }
        if (n1Choices < 0 || n1Choices > trials) {
            throw new IllegalArgumentException("n1_choices must lie in 0.." + trials + ", was " + n1Choices);
        }
        if (!Double.isNaN(rt) && !(rt > 0 && rt < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("a reaction time must be a positive number of ms, was " + rt);
        }
        if (!Double.isNaN(rt) && trials != 1) {
            throw new IllegalArgumentException("a reaction time belongs to one trial, not " + trials);
        }
    }

    /** A row without a reaction time. */
    public ChoiceRow(Stimulus stimulus, long trials, long n1Choices, String subject, String item, String group) {
        this(stimulus, trials, n1Choices, subject, item, group, Double.NaN);
    }

    public ChoiceRow(Stimulus stimulus, long trials, long n1Choices, String subject) {
        this(stimulus, trials, n1Choices, subject, null, null);
    }

    /** Whether the row records a reaction time. */
    public boolean hasRt() {
        return !Double.isNaN(rt);
    }
}
