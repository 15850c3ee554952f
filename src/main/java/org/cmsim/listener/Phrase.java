package org.cmsim.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * A noun phrase as a listener hears it: its head (a noun, proper noun or pronoun), the determiners,
 * adjectives and role markers (adpositions, particles) that belong to it, and whether it is
 * coordinated ("der Hund und die Katze", whose number is plural whatever its head's).
 */
public record Phrase(Word head, List<Word> determiners, List<Word> adjectives, List<Word> markers,
                     boolean coordinated) {

    public Phrase {
        determiners = List.copyOf(determiners);
        adjectives = List.copyOf(adjectives);
        markers = List.copyOf(markers);
    }

    /** The words that agree with the head: determiners, then adjectives, then markers. */
    public List<Word> dependents() {
        List<Word> all = new ArrayList<>(determiners);
        all.addAll(adjectives);
        all.addAll(markers);
        return all;
    }
}
