package org.cmsim.listener;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reader concluded about one word of a clause (a noun phrase's head, or the verb): per
 * feature the values its form allows, in {@link Values}' order (one value when the form decides it,
 * several when it allows several, none when it says nothing), why, and how the noun phrase's words
 * were brought together.
 */
public record SlotReading(Word word, Map<String, List<String>> values, Map<String, String> reasons,
                          Resolution resolution) {

    /** How a noun's values were settled against its determiners, adjectives and markers. */
    public enum Resolution {
        /** The verb, or a noun with no determiner, adjective or marker: its own analyses alone. */
        WORD_ALONE,
        /** The analyses of the noun and its dependents that agree on case, number and gender. */
        AGREEMENT,
        /** As AGREEMENT, leaving out adjectives: no analysis of an adjective agrees with the rest. */
        ADJECTIVES_IGNORED,
        /**
         * No analysis of the noun agrees and a dependent carries case: the dependent's case decides (a
         * form the word list knows from the treebank only in some cases). Never where determiners carry
         * no case (French, Italian, Spanish, Dutch articles).
         */
        CASE_FROM_DETERMINER,
        /** No analysis agrees and no dependent carries case: the noun's own analyses, dependents ignored. */
        DEPENDENTS_IGNORED
    }

    public SlotReading {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        values = Collections.unmodifiableMap(copy);
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /** The values of a feature (empty when unknown or not read). */
    public List<String> get(String feature) {
        return values.getOrDefault(feature, List.of());
    }

    /** The corpus cell of a feature: one value, the values joined by {@code |}, or {@code -} when unknown. */
    public String cell(String feature) {
        List<String> v = get(feature);
        return v.isEmpty() ? "-" : String.join("|", v);
    }
}
