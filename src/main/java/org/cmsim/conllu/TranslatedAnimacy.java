package org.cmsim.conllu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.io.InputException;

/**
 * Noun animacy for languages other than English, through a bilingual dictionary into WordNet: the
 * lemma's FreeDict entries give English translations, sense by sense; each sense votes with the
 * WordNet answer ({@link WordNetAnimacy}) of its most common translation that WordNet has as a noun,
 * weighted by how common that English noun is ({@link SenseVote}); the votes are combined by
 * {@link Vote}. German and Dutch compounds that the dictionary lacks take the
 * answer of their longest final part that it has (the head of a compound is its last part:
 * Handelsbeauftragte -> Beauftragte); Romance nouns, an abstract-noun suffix or an English cognate
 * ({@link RomanceMorphology}); Italian and Spanish nouns that all of these leave unknown, a larger
 * dictionary from Dutch, French or German read backwards ({@link PivotDictionaries}). Answers are
 * cached per lemma.
 */
final class TranslatedAnimacy {

    /** Where Debian's dict-freedict-* packages put their files; the system property cmsim.dictd overrides it. */
    static final Path DICTD = Path.of(System.getProperty("cmsim.dictd", "/usr/share/dictd"));

    /** The FreeDict dictionary (and Debian package dict-&lt;name&gt;) of each language. */
    static final Map<String, String> DICTIONARIES = Map.of("de", "freedict-deu-eng", "it", "freedict-ita-eng",
            "fr", "freedict-fra-eng", "es", "freedict-spa-eng", "nl", "freedict-nld-eng");

    /**
     * Right, answered and sampled on the hand-checked nouns of each language (src/test/resources/animacy;
     * AnimacySamplesTest recomputes these), for the import's report.
     */
    static final Map<String, int[]> SAMPLE_RIGHT_OF_ANSWERED = Map.of("de", new int[] {91, 96, 100},
            "it", new int[] {165, 170, 200}, "fr", new int[] {80, 82, 100}, "es", new int[] {188, 193, 200},
            "nl", new int[] {76, 78, 100});

    /** How the source did on the language's hand-checked sample, in words. */
    static String sampleCheck(String language) {
        int[] check = SAMPLE_RIGHT_OF_ANSWERED.get(language);
        return String.format(java.util.Locale.ROOT, "of %d hand-checked nouns it answered %d, %d of them right, %.1f%%",
                check[2], check[1], check[0], 100.0 * check[0] / check[1]);
    }

    /** Parts shorter than this are not tried as the head of a compound (too many are words of their own). */
    static final int SHORTEST_HEAD = 4;

    /** How the senses' answers decide a lemma. */
    enum Vote {
        /** The first sense that WordNet can answer decides (through its most common English noun). */
        FIRST_SENSE,
        /** The answer of more senses (weighted by how common their English words are); a tie goes to the first. */
        MAJORITY
    }

    private final String language;
    private final FreeDict dictionary;
    private final WordNetAnimacy wordNet;
    private final Vote vote;
    private final boolean headFinal;
    private final PivotDictionaries pivots;
    private final Map<String, Optional<Answer>> cache = new HashMap<>();

    /** How an answer was found. */
    enum Route {
        /** The lemma's dictionary entries into WordNet. */
        DICTIONARY,
        /** The dictionary entries of the compound's last part (German, Dutch). */
        COMPOUND_HEAD,
        /** An abstract-noun suffix (Italian, Spanish, French): inanimate. */
        ABSTRACT_SUFFIX,
        /** An English cognate or loanword that WordNet has (Italian, Spanish, French). */
        COGNATE,
        /** A larger dictionary from a third language, read backwards (Italian, Spanish: {@link PivotDictionaries}). */
        BRIDGE
    }

    /** An answer ("animate" or "inanimate"), how it was found, and the bridge dictionary when through one. */
    record Answer(String animacy, Route route, PivotDictionaries.Bridge bridge) {
        Answer {
            if (!animacy.equals("animate") && !animacy.equals("inanimate")) {
                throw new IllegalArgumentException("animacy is animate or inanimate, not " + animacy);
            }
            if ((route == Route.BRIDGE) != (bridge != null)) {
                throw new IllegalArgumentException("a bridge is named exactly when the route is BRIDGE: " + route);
            }
        }

        Answer(String animacy, Route route) {
            this(animacy, route, null);
        }
    }

    TranslatedAnimacy(String language, FreeDict dictionary, WordNetAnimacy wordNet, Vote vote,
                      PivotDictionaries pivots) {
        this.language = language;
        this.pivots = pivots;
        this.dictionary = dictionary;
        this.wordNet = wordNet;
        this.vote = vote;
        this.headFinal = language.equals("de") || language.equals("nl");
    }

    /** The Debian package that holds a language's dictionary, e.g. dict-freedict-deu-eng. */
    static String debianPackage(String language) {
        return "dict-" + DICTIONARIES.get(language);
    }

    /** The language's source, or empty when the language has no dictionary or it is not installed. */
    static Optional<TranslatedAnimacy> open(String language, Path dictd, Vote vote) throws InputException {
        String name = DICTIONARIES.get(language);
        if (name == null || !Files.isRegularFile(dictd.resolve(name + ".index"))) {
            return Optional.empty();
        }
        return Optional.of(new TranslatedAnimacy(language, FreeDict.open(dictd, name), WordNetAnimacy.load(), vote,
                PivotDictionaries.open(language, dictd, vote)));
    }

    /** "animate", "inanimate" or null for a noun lemma. */
    String animacy(String lemma) {
        Answer answer = answer(lemma);
        return answer == null ? null : answer.animacy();
    }

    /** The answer for a noun lemma and how it was found, or null. */
    Answer answer(String lemma) {
        return cache.computeIfAbsent(lemma, l -> Optional.ofNullable(lookUp(l))).orElse(null);
    }

    private Answer lookUp(String lemma) {
        String fromDictionary = decide(votes(lemma));
        if (fromDictionary != null) {
            return new Answer(fromDictionary, Route.DICTIONARY);
        }
        if (headFinal) {
            String head = compoundHead(lemma);
            return head == null ? null : new Answer(head, Route.COMPOUND_HEAD);
        }
        if (RomanceMorphology.abstractNoun(language, lemma)) {
            return new Answer("inanimate", Route.ABSTRACT_SUFFIX);
        }
        for (String english : RomanceMorphology.cognates(language, lemma)) {
            String answer = wordNet.animacy(english);
            if (answer != null) {
                return new Answer(answer, Route.COGNATE);
            }
        }
        PivotDictionaries.Found found = pivots.answer(lemma);
        return found == null ? null : new Answer(found.animacy(), Route.BRIDGE, found.bridge());
    }

    /** The answer of the longest final part of a compound that the dictionary has, or null. */
    private String compoundHead(String lemma) {
        String answer;
        String word = lemma.substring(Math.max(lemma.lastIndexOf('_'), lemma.lastIndexOf('-')) + 1);
        for (int start = 0; word.length() - start >= SHORTEST_HEAD; start++) {
            if (start == 0 && word.equals(lemma)) {
                continue;
            }
            String head = word.substring(start);
            if (dictionary.has(head)) {
                answer = decide(votes(head));
                if (answer != null) {
                    return answer;
                }
            }
        }
        return null;
    }

    /**
     * "animate", "inanimate" or null for a proper noun: only through the dictionary's own proper-name
     * entries (a capitalised headword: it. Germania -&gt; Germany, Archimede -&gt; Archimedes), never
     * through a common noun that a name happens to spell (es. Rosa is not a rose). German capitalises
     * every noun, so German proper nouns stay unknown.
     */
    String properNounAnimacy(String lemma) {
        if (language.equals("de") || lemma.isEmpty() || !Character.isUpperCase(lemma.codePointAt(0))) {
            return null;
        }
        return decide(votes(lemma, true));
    }

    /** One answer per sense of the lemma's noun entries that WordNet can answer, in dictionary order. */
    List<SenseVote> votes(String lemma) {
        return votes(lemma, false);
    }

    private List<SenseVote> votes(String lemma, boolean properNames) {
        List<List<String>> senses = new ArrayList<>();
        for (String entry : dictionary.entries(lemma)) {
            if (!properNames || entry.startsWith(lemma + " ")) {
                senses.addAll(FreeDict.senses(entry));
            }
        }
        List<SenseVote> votes = new ArrayList<>();
        for (List<String> sense : senses) {
            // The sense speaks through its most common English noun (the first of equally common ones).
            String best = null;
            for (String english : sense) {
                String noun = englishNoun(english);
                if (noun != null && (best == null || wordNet.firstSenseCount(noun) > wordNet.firstSenseCount(best))) {
                    best = noun;
                }
            }
            if (best != null) {
                votes.add(new SenseVote(wordNet.animacy(best), 1 + wordNet.firstSenseCount(best)));
            }
        }
        return votes;
    }

    /**
     * One sense's answer, weighted by 1 + how often its English noun's first sense is tagged in
     * WordNet's corpora: a dictionary lists rare senses beside common ones in no particular order
     * (German Hund: "mine car" before "dog"), and the common word is the likelier reading.
     */
    record SenseVote(String animacy, int weight) {
    }

    private String decide(List<SenseVote> votes) {
        if (votes.isEmpty()) {
            return null;
        }
        if (vote == Vote.FIRST_SENSE) {
            return votes.get(0).animacy();
        }
        long animate = 0;
        long inanimate = 0;
        for (SenseVote v : votes) {
            if (v.animacy().equals("animate")) {
                animate += v.weight();
            } else {
                inanimate += v.weight();
            }
        }
        if (animate == inanimate) {
            return votes.get(0).animacy();
        }
        return animate > inanimate ? "animate" : "inanimate";
    }

    /** The noun WordNet has for a translation, tried without an article and in the singular, or null. */
    private String englishNoun(String translation) {
        String word = translation.replaceFirst("^(the|a|an|to) ", "");
        for (String form : new String[] {word, singular(word)}) {
            if (form != null && wordNet.knows(form)) {
                return form;
            }
        }
        return null;
    }

    /** A regular English singular, or null: ladies -> lady, boxes -> box, dogs -> dog. */
    static String singular(String plural) {
        if (plural.endsWith("ies") && plural.length() > 4) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        if (plural.endsWith("ses") || plural.endsWith("xes") || plural.endsWith("ches") || plural.endsWith("shes")) {
            return plural.substring(0, plural.length() - 2);
        }
        if (plural.endsWith("s") && !plural.endsWith("ss") && plural.length() > 3) {
            return plural.substring(0, plural.length() - 1);
        }
        return null;
    }
}
