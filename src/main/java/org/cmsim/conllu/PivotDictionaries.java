package org.cmsim.conllu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cmsim.io.InputException;

/**
 * Dictionaries into a third language, for Italian and Spanish, whose own FreeDict dictionaries into
 * English are small (3,400 and 4,500 headwords) but which larger FreeDict dictionaries translate
 * into: Dutch-Italian (10,500 entries), French-Italian (54,000), German-Spanish (31,000) and
 * Dutch-Spanish (26,500). Each is read <b>backwards</b>: the headwords of the pivot language whose noun
 * entries give the lemma as a whole translation (Dutch leraar, onderwijzer: it. insegnante) are the
 * lemma's senses; each sense takes the answer of the pivot language's own route into WordNet
 * ({@link TranslatedAnimacy} for Dutch, French or German, with its compound heads and fallbacks),
 * and the senses vote one each, a tie going to the first. The bridges of {@link #BRIDGES} are asked
 * in order, after every route of the language's own dictionary has failed.
 *
 * <p>Debian also packages English-Italian, English-Spanish, Italian-German and Spanish-German; they
 * were tried and left out: over the argument nouns of every Italian and Spanish treebank here, after
 * the bridges below, they decided 1, 2, 3 and 8 more nouns (the Spanish-German one 1 of 2 right on the
 * hand-checked sample). The README of src/test/resources/animacy has what each bridge adds and how
 * often it is right.
 */
final class PivotDictionaries {

    /** A dictionary from a pivot language ("de", "nl", "fr") into the language, read backwards. */
    record Bridge(String dictionary, String pivot) {
        Bridge {
            if (!TranslatedAnimacy.DICTIONARIES.containsKey(pivot)) {
                throw new IllegalArgumentException("a pivot is a language with a dictionary into English: " + pivot);
            }
        }

        /** The Debian packages the bridge needs: itself, and the pivot's dictionary into English. */
        List<String> debianPackages() {
            return List.of("dict-" + dictionary, TranslatedAnimacy.debianPackage(pivot));
        }
    }

    /** The bridges of each language, in the order they are asked (the larger first where they overlap). */
    static final Map<String, List<Bridge>> BRIDGES = Map.of(
            "it", List.of(new Bridge("freedict-nld-ita", "nl"), new Bridge("freedict-fra-ita", "fr")),
            "es", List.of(new Bridge("freedict-deu-spa", "de"), new Bridge("freedict-nld-spa", "nl")));

    /** An installed bridge: lower-cased lemma -&gt; the pivot headwords that translate as it. */
    private record Opened(Bridge bridge, Map<String, List<String>> headwords, TranslatedAnimacy pivot) {
    }

    /** An answer and the bridge it came through. */
    record Found(String animacy, Bridge bridge) {
    }

    private final List<Opened> bridges;
    private final TranslatedAnimacy.Vote vote;

    private PivotDictionaries(List<Opened> bridges, TranslatedAnimacy.Vote vote) {
        this.bridges = bridges;
        this.vote = vote;
    }

    /** The Debian packages of a language's bridges that are not installed in {@code dictd}. */
    static List<String> missing(String language, Path dictd) {
        Set<String> missing = new LinkedHashSet<>();
        for (Bridge bridge : BRIDGES.getOrDefault(language, List.of())) {
            for (String debian : bridge.debianPackages()) {
                if (!installed(dictd, debian)) {
                    missing.add(debian);
                }
            }
        }
        return List.copyOf(missing);
    }

    /** The language's bridges whose packages are installed (none for a language without bridges). */
    static PivotDictionaries open(String language, Path dictd, TranslatedAnimacy.Vote vote) throws InputException {
        List<Opened> opened = new ArrayList<>();
        Map<String, TranslatedAnimacy> pivots = new HashMap<>();
        for (Bridge bridge : BRIDGES.getOrDefault(language, List.of())) {
            if (!bridge.debianPackages().stream().allMatch(debian -> installed(dictd, debian))) {
                continue;
            }
            TranslatedAnimacy pivot = pivots.get(bridge.pivot());
            if (pivot == null) {
                pivot = TranslatedAnimacy.open(bridge.pivot(), dictd, vote).orElseThrow();
                pivots.put(bridge.pivot(), pivot);
            }
            opened.add(new Opened(bridge, readBackwards(dictd, bridge.dictionary()), pivot));
        }
        return new PivotDictionaries(List.copyOf(opened), vote);
    }

    private static boolean installed(Path dictd, String debianPackage) {
        return Files.isRegularFile(dictd.resolve(debianPackage.substring("dict-".length()) + ".index"));
    }

    /** Every whole translation of every noun entry, mapped to the headwords it translates, in headword order. */
    private static Map<String, List<String>> readBackwards(Path dictd, String name) throws InputException {
        Map<String, Set<String>> backwards = new HashMap<>();
        try (FreeDict dictionary = FreeDict.open(dictd, name)) {
            for (String headword : dictionary.headwords()) {
                for (String entry : dictionary.entries(headword)) {
                    String pivotWord = FreeDict.headword(entry);
                    for (List<String> sense : FreeDict.senses(entry)) {
                        for (String translation : sense) {
                            backwards.computeIfAbsent(translation.toLowerCase(Locale.ROOT), t -> new LinkedHashSet<>())
                                    .add(pivotWord);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw InputException.in(dictd.resolve(name + ".dict.dz"), "cannot read the dictionary: %s", e.getMessage());
        }
        Map<String, List<String>> lists = new HashMap<>(backwards.size() * 2);
        backwards.forEach((word, headwords) -> lists.put(word, List.copyOf(headwords)));
        return lists;
    }

    /** The first bridge's answer for a noun lemma, or null. */
    Found answer(String lemma) {
        for (Opened opened : bridges) {
            String answer = vote(opened.headwords().getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of()),
                    opened.pivot());
            if (answer != null) {
                return new Found(answer, opened.bridge());
            }
        }
        return null;
    }

    /** The pivot words' answers, one vote each; a tie (or first-sense voting) goes to the first. */
    private String vote(List<String> pivotWords, TranslatedAnimacy pivot) {
        List<String> answers = new ArrayList<>();
        for (String word : pivotWords) {
            String answer = pivot.animacy(word);
            if (answer != null) {
                answers.add(answer);
            }
        }
        if (answers.isEmpty()) {
            return null;
        }
        long animate = answers.stream().filter("animate"::equals).count();
        long inanimate = answers.size() - animate;
        if (vote == TranslatedAnimacy.Vote.FIRST_SENSE || animate == inanimate) {
            return answers.get(0);
        }
        return animate > inanimate ? "animate" : "inanimate";
    }
}
