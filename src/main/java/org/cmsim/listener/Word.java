package org.cmsim.listener;

import java.util.List;

/**
 * One word of the sentence in the role the parse gave it, with the lexicon's analyses of its form
 * in that role (several when the form is ambiguous, e.g. German "Hund" as nominative, dative or
 * accusative). {@code source} says where the analyses came from.
 */
public record Word(int position, String form, Role role, List<Lexicon.Analysis> analyses, Source source) {

    /** Where a word's analyses came from. */
    public enum Source { LEXICON, DICTIONARY, WORDNET, UNKNOWN }

    public Word {
        analyses = List.copyOf(analyses);
    }

    public boolean known() {
        return source != Source.UNKNOWN;
    }
}
