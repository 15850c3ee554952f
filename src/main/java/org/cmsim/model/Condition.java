package org.cmsim.model;

import java.util.Objects;

/** One cell of a design with its aggregated outcome: {@code n1Choices} of {@code trials} picked n1. */
public record Condition(Stimulus stimulus, long trials, long n1Choices) {

    public Condition {
        Objects.requireNonNull(stimulus, "stimulus");
        if (trials < 0 || n1Choices < 0 || n1Choices > trials) {
            throw new IllegalArgumentException("need 0 <= n1Choices <= trials, got " + n1Choices + "/" + trials);
        }
    }
}
