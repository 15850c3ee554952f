package org.cmsim.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A published human result of agent-identification research (corpora/human/findings.json): the
 * language, the group studied (adults, children, learning, corpus), the result in words and the
 * study; where the result orders cues, either {@code ordering} (groups of cues from strongest to
 * weakest) or {@code strongest} (one cue above all others).
 */
public record PublishedFinding(String language, String group, String result, String study,
                               List<List<String>> ordering, Optional<String> strongest) {

    public PublishedFinding {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(study, "study");
        ordering = ordering.stream().map(List::copyOf).toList();
        if (!ordering.isEmpty() && strongest.isPresent()) {
            throw new IllegalArgumentException("give an ordering or a strongest cue, not both");
        }
    }

    /** True when the finding says something about the order of cue strengths. */
    public boolean ordersCues() {
        return !ordering.isEmpty() || strongest.isPresent();
    }
}
