package org.cmsim.model;

import java.util.Objects;

/**
 * One row of choice data: {@code n1Choices} of {@code trials} chose n1 as the agent of {@code stimulus}.
 * A trial-level row has {@code trials == 1}. {@code subject} and {@code item} are null when the data do not
 * name them; {@code group} is the row's level of the grouping column ({@code fit --by}), null without one.
 */
public record ChoiceRow(Stimulus stimulus, long trials, long n1Choices, String subject, String item, String group) {

    public ChoiceRow {
        Objects.requireNonNull(stimulus, "stimulus");
        if (trials <= 0) {
            throw new IllegalArgumentException("trials must be positive, was " + trials);
        }
        if (n1Choices < 0 || n1Choices > trials) {
            throw new IllegalArgumentException("n1_choices must lie in 0.." + trials + ", was " + n1Choices);
        }
    }

    public ChoiceRow(Stimulus stimulus, long trials, long n1Choices, String subject) {
        this(stimulus, trials, n1Choices, subject, null, null);
    }
}
