package org.cmsim.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.conllu.WordNetAnimacy;
import org.cmsim.listener.FormAnalysis;
import org.cmsim.listener.Lexicon;
import org.cmsim.listener.MorphologicalDictionary;
import org.cmsim.listener.Role;
import org.cmsim.listener.Word;

/**
 * Where explain looks a word form up: the language's lexicon first; for a form it lacks, the
 * language's morphological dictionary where {@code cmsim explain} has one (not the playground); for an English form the
 * lexicon lacks (or a noun or verb reading the lexicon lacks), WordNet 3.1 (its morphological processor gives the lemma; a noun's number is
 * singular when the form is its own lemma and plural otherwise; its animacy follows the import's
 * WordNet rule; a verb form ending in -s that is not its own lemma is third person singular, any
 * other verb form marks no number or person, as in UD English).
 */
public final class WordFinder {

    /** Weight of a WordNet analysis when it competes with the lexicon's counted readings. */
    private static final long WORDNET_COUNT = 1;

    /**
     * Analyses of a form from beyond the lexicon (WordNet). An interface, so that the playground's Java,
     * compiled to JavaScript without WordNet, reaches no WordNet code: only {@link #withWordNet} makes one.
     */
    interface MoreForms {
        List<Lexicon.Analysis> analyses(String form);
    }

    private final Lexicon lexicon;
    private final Optional<MoreForms> wordNet;
    private final Optional<MoreForms> dictionary;

    private WordFinder(Lexicon lexicon, Optional<MoreForms> wordNet) {
        this(lexicon, wordNet, Optional.empty());
    }

    private WordFinder(Lexicon lexicon, Optional<MoreForms> wordNet, Optional<MoreForms> dictionary) {
        this.lexicon = lexicon;
        this.wordNet = wordNet;
        this.dictionary = dictionary;
    }

    /**
     * A lexicon backed by the language's morphological dictionary for the forms it lacks (the word list
     * holds the forms of the treebanks only; Russian "девочку" is not among them). A form the word list
     * has is read from the word list alone, as the import read it.
     */
    public static WordFinder withDictionary(Lexicon lexicon, MorphologicalDictionary dictionary) {
        return new WordFinder(lexicon, Optional.empty(), Optional.of(form -> fromDictionary(form, dictionary)));
    }

    static List<Lexicon.Analysis> fromDictionary(String form, MorphologicalDictionary dictionary) {
        List<Lexicon.Analysis> analyses = new ArrayList<>();
        for (FormAnalysis a : dictionary.analyses(form)) {
            String person = a.feature("Person");
            String animacy = "Anim".equals(a.feature("Animacy")) ? "animate"
                    : "Inan".equals(a.feature("Animacy")) ? "inanimate"
                    : a.upos().equals("PRON") && ("1".equals(person) || "2".equals(person)) ? "animate" : null;
            Lexicon.Analysis analysis = new Lexicon.Analysis(form, a.lemma(), a.upos(), a.feats(), animacy, 1);
            if (!analyses.contains(analysis)) {
                analyses.add(analysis);
            }
        }
        return analyses;
    }

    public static WordFinder of(Lexicon lexicon) {
        return new WordFinder(lexicon, Optional.empty());
    }

    /** A lexicon backed by WordNet for the forms it lacks (English). */
    public static WordFinder withWordNet(Lexicon lexicon, WordNetAnimacy wordNet) {
        return new WordFinder(lexicon, Optional.of(form -> fromWordNet(form, wordNet)));
    }

    /**
     * A lexicon backed by WordNet's analyses of some forms only, as the playground carries them (those of
     * its example sentences): for those forms it reads as {@link #withWordNet} does.
     */
    static WordFinder withWordNetForms(Lexicon lexicon, Map<String, List<Lexicon.Analysis>> wordNet) {
        return new WordFinder(lexicon, Optional.of(form -> wordNet.getOrDefault(form, List.of())));
    }

    /**
     * A lexicon backed by the morphological dictionary's analyses of some forms only, as the playground carries
     * them (those of its example sentences): for those forms it reads as {@link #withDictionary} does.
     */
    static WordFinder withDictionaryForms(Lexicon lexicon, Map<String, List<Lexicon.Analysis>> dictionary) {
        return new WordFinder(lexicon, Optional.empty(),
                Optional.of(form -> dictionary.getOrDefault(form, List.of())));
    }

    /** The dictionary's analyses of a form (none without a dictionary), whether or not the lexicon has it. */
    List<Lexicon.Analysis> dictionaryAnalyses(String form) {
        return dictionary.map(d -> d.analyses(form)).orElse(List.of());
    }

    public boolean hasDictionary() {
        return dictionary.isPresent();
    }

    /** WordNet's analyses of a form (none without WordNet), whether or not the lexicon has the form. */
    List<Lexicon.Analysis> wordNetAnalyses(String form) {
        return wordNet.map(w -> w.analyses(form)).orElse(List.of());
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public boolean hasWordNet() {
        return wordNet.isPresent();
    }

    /** The analyses of a form and where they came from; empty with {@link Word.Source#UNKNOWN}. */
    Lookup lookUp(String form) {
        List<Lexicon.Analysis> found = lexicon.analyses(form);
        if (!found.isEmpty() && wordNet.isPresent()) {
            // a treebank may have seen "kicks" only as a noun: WordNet adds the readings it lacks
            List<Lexicon.Analysis> more = new ArrayList<>(found);
            for (Lexicon.Analysis a : wordNet.get().analyses(form)) {
                if (found.stream().noneMatch(f -> Role.of(f.upos()) == Role.of(a.upos()))) {
                    more.add(a);
                }
            }
            return new Lookup(more, Word.Source.LEXICON);
        }
        if (!found.isEmpty()) {
            return new Lookup(found, Word.Source.LEXICON);
        }
        if (dictionary.isPresent()) {
            List<Lexicon.Analysis> listed = dictionary.get().analyses(form);
            if (!listed.isEmpty()) {
                return new Lookup(listed, Word.Source.DICTIONARY);
            }
        }
        if (wordNet.isPresent()) {
            List<Lexicon.Analysis> english = wordNet.get().analyses(form);
            if (!english.isEmpty()) {
                return new Lookup(english, Word.Source.WORDNET);
            }
        }
        return new Lookup(List.of(), Word.Source.UNKNOWN);
    }

    record Lookup(List<Lexicon.Analysis> analyses, Word.Source source) {
    }

    static List<Lexicon.Analysis> fromWordNet(String form, WordNetAnimacy wordNet) {
        List<Lexicon.Analysis> analyses = new ArrayList<>();
        String noun = wordNet.nounBaseForm(form);
        if (noun != null) {
            analyses.add(new Lexicon.Analysis(form, noun, "NOUN",
                    Map.of("Number", form.equals(noun) ? "Sing" : "Plur"), wordNet.animacy(noun), WORDNET_COUNT));
        }
        String verb = wordNet.verbBaseForm(form);
        if (verb != null) {
            boolean thirdSingular = !form.equals(verb) && form.endsWith("s");
            analyses.add(new Lexicon.Analysis(form, verb, "VERB",
                    thirdSingular ? Map.of("Number", "Sing", "Person", "3", "VerbForm", "Fin") : Map.of(), null,
                    WORDNET_COUNT));
        }
        return analyses;
    }
}
