package org.cmsim.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The analyses a tag table builds for one tag: it starts with one set of features and forks it where the tag allows
 * more than one value (a preposition that governs two cases, a pronoun that may stand alone or before a noun), so
 * that each analysis stays a plain conjunction of features.
 */
final class Readings {

    private final String lemma;
    private final List<String> uposes;
    private List<Map<String, String>> featureSets = new ArrayList<>();

    private Readings(String lemma, List<String> uposes) {
        this.lemma = lemma;
        this.uposes = uposes;
        featureSets.add(new TreeMap<>());
    }

    /** Readings of {@code lemma} as {@code upos}, with no features yet. */
    static Readings of(String lemma, String upos) {
        return new Readings(lemma, List.of(upos));
    }

    /** Readings of {@code lemma} as each of {@code uposes}, all with the same features. */
    static Readings ofEach(String lemma, List<String> uposes) {
        return new Readings(lemma, List.copyOf(uposes));
    }

    /** Sets feature {@code name} in every reading; a null value (the tag leaves the feature open) sets nothing. */
    Readings put(String name, String value) {
        if (value != null) {
            featureSets.forEach(features -> features.put(name, value));
        }
        return this;
    }

    /** One reading per value of feature {@code name}; an empty list leaves the feature open. */
    Readings fork(String name, List<String> values) {
        if (values.isEmpty()) {
            return this;
        }
        List<Map<String, String>> forked = new ArrayList<>();
        for (Map<String, String> features : featureSets) {
            for (String value : values) {
                Map<String, String> copy = new TreeMap<>(features);
                copy.put(name, value);
                forked.add(copy);
            }
        }
        featureSets = forked;
        return this;
    }

    List<FormAnalysis> toList() {
        List<FormAnalysis> analyses = new ArrayList<>();
        for (String upos : uposes) {
            for (Map<String, String> features : featureSets) {
                analyses.add(new FormAnalysis(lemma, upos, features));
            }
        }
        return List.copyOf(analyses);
    }

    /** The value of the first of a tag's parts that {@code values} names, or null when none does. */
    static String first(List<String> parts, java.util.Map<String, String> values) {
        for (String part : parts) {
            String value = values.get(part);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
