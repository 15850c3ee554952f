package org.cmsim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A sentence as a reader has read it, for a cue to say why it points where it does ({@link Cue#reason}):
 * its order and the three words, each with its form and its value of every declared feature (null
 * when unknown).
 */
public record SentenceWords(Order order, Word n1, Word v, Word n2) {

    /** One word: its form and, per declared feature name, its value or null. */
    public record Word(String form, Map<String, String> values) {
        public Word {
            Objects.requireNonNull(form, "form");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    public SentenceWords {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(n1, "n1");
        Objects.requireNonNull(v, "v");
        Objects.requireNonNull(n2, "n2");
    }
}
