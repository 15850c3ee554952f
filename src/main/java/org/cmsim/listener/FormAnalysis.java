package org.cmsim.listener;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One reading a word form allows: its lemma, its universal part of speech and the features its tag states, named
 * and valued as in Universal Dependencies (de Marneffe et al. 2021, "Universal Dependencies", Computational
 * Linguistics 47(2); universaldependencies.org/u/feat): {@code Case=Acc}, {@code Number=Sing}, {@code Person=3}.
 * Two features are cmsim's own: {@code Clitic=Yes} for an unstressed clitic pronoun and {@code PronRole=Subj} or
 * {@code PronRole=Obj} for a pronoun form that its tag restricts to subject or object use; both are cues a listener
 * reads in a form before any word order.
 *
 * <p>An analysis holds only what the dictionary's tag says: a feature the tag leaves open is absent, not guessed.
 * The features are kept sorted by name, so that two analyses with the same content are equal and print alike.
 *
 * @param lemma the dictionary form
 * @param upos  the universal part of speech: NOUN, PROPN, PRON, DET, ADJ, VERB, AUX, ADP, ADV, PART, CCONJ, SCONJ,
 *              NUM, INTJ or X
 * @param feats feature name to value
 */
public record FormAnalysis(String lemma, String upos, Map<String, String> feats) {

    public FormAnalysis {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(upos, "upos");
        SortedMap<String, String> sorted = new TreeMap<>(Objects.requireNonNull(feats, "feats"));
        feats = Collections.unmodifiableSortedMap(sorted);
    }

    /** The value of feature {@code name}, or null when the analysis leaves it open. */
    public String feature(String name) {
        return feats.get(name);
    }

    /** True when feature {@code name} has exactly {@code value}. */
    public boolean has(String name, String value) {
        return value.equals(feats.get(name));
    }

    /** As a CoNLL-U line writes it: {@code lemma UPOS Case=Nom|Number=Sing} ({@code _} for no features). */
    @Override
    public String toString() {
        String written = feats.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("|"));
        return lemma + " " + upos + " " + (written.isEmpty() ? "_" : written);
    }
}
