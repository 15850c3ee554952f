package org.cmsim.listener;

import java.util.Comparator;
import java.util.List;

/**
 * What the listener's reader is given of a clause: its two noun phrases (n1 the first heard) and its
 * verb group (auxiliaries and the lexical verb, each with the analyses its form allows). Nothing
 * else: no annotation of case, no dependency labels. Which words these are is decided before (by a
 * treebank's syntax on import, by the parser for a typed sentence); what they tell is decided here.
 */
public record ClauseWords(Phrase n1, List<Word> verbGroup, Word verb, Phrase n2) {

    public ClauseWords {
        verbGroup = verbGroup.stream().sorted(Comparator.comparingInt(Word::position)).toList();
        if (!verbGroup.contains(verb)) {
            throw new IllegalArgumentException("the verb group must contain the lexical verb");
        }
        if (n1.head().position() > n2.head().position()) {
            throw new IllegalArgumentException("n1 is the noun heard first");
        }
    }
}
