package org.cmsim.model;

import java.util.Map;
import java.util.Objects;

/**
 * One row of a sentence corpus: a stimulus, the correct agent, and how many times it occurs.
 * {@code extra} carries the row's other columns ({@code text}, {@code source}, ...) untouched.
 */
public record Sentence(Stimulus stimulus, Slot agent, long count, Map<String, String> extra) {

    public Sentence {
        Objects.requireNonNull(stimulus, "stimulus");
        Objects.requireNonNull(agent, "agent");
        if (agent == Slot.V) {
            throw new IllegalArgumentException("the agent must be n1 or n2");
        }
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
        extra = Map.copyOf(extra);
    }

    public Sentence(Stimulus stimulus, Slot agent, long count) {
        this(stimulus, agent, count, Map.of());
    }

    public Order order() {
        return stimulus.order();
    }
}
