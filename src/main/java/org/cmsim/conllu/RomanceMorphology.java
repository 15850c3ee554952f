package org.cmsim.conllu;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two fallbacks for Italian, Spanish and French nouns that the (small) FreeDict dictionaries lack,
 * both read off the word's ending:
 * <ul>
 *   <li><b>abstract suffixes</b>: nouns derived with -zione, -tà, -mento, -enza (Italian), -ción,
 *       -dad, -tad, -miento, -encia (Spanish), -tion, -ité, -ment, -ence (French) and the like name actions,
 *       states and qualities, and are inanimate;</li>
 *   <li><b>cognates</b>: the English word that a regular correspondence of endings gives
 *       (it. commissione -&gt; commission, presidente -&gt; president; fr. société -&gt; society;
 *       es. historia -&gt; history), or the word itself (loanwords: leader, premier), answered by
 *       WordNet when it has that noun. Words shorter than {@link #SHORTEST} letters are not tried.</li>
 * </ul>
 * Endings that English shares for things but Italian, Spanish and French use for persons too are not
 * mapped (it. proprietario "owner" is not proprietary). The hand-checked samples (src/test/resources/animacy) measure how often these are right.
 */
final class RomanceMorphology {

    /** Shorter words too often collide with unrelated English ones (it. re "king", English re "note"). */
    static final int SHORTEST = 4;

    private static final Map<String, List<String>> ABSTRACT = Map.of(
            "it", List.of("zione", "sione", "tà", "mento", "ezza", "anza", "enza", "ismo", "aggio"),
            "es", List.of("ción", "sión", "dad", "tad", "miento", "eza", "ancia", "encia", "ismo", "aje"),
            "fr", List.of("tion", "sion", "ité", "ment", "ance", "ence", "isme"));

    /** Ending in the language -&gt; ending in English, tried in order; every word is also tried as it is. */
    private static final Map<String, String[][]> COGNATE = Map.of(
            "it", new String[][] {{"zione", "tion"}, {"sione", "sion"}, {"ità", "ity"}, {"ismo", "ism"},
                {"ista", "ist"}, {"tore", "tor"}, {"sore", "sor"}, {"ore", "or"}, {"ente", "ent"}, {"ante", "ant"},
                {"enza", "ence"}, {"anza", "ance"}, {"orio", "ory"}, {"ivo", "ive"},
                {"ico", "ic"}, {"ale", "al"}, {"ia", "y"}, {"tro", "ter"}, {"o", ""}, {"a", ""}, {"e", ""}},
            "es", new String[][] {{"ción", "tion"}, {"sión", "sion"}, {"idad", "ity"}, {"ismo", "ism"},
                {"ista", "ist"}, {"ente", "ent"}, {"ante", "ant"}, {"encia", "ence"}, {"ancia", "ance"},
                {"ivo", "ive"}, {"ico", "ic"}, {"ía", "y"}, {"ia", "y"}, {"o", ""}, {"a", ""},
                {"e", ""}},
            "fr", new String[][] {{"ité", "ity"}, {"té", "ty"}, {"eur", "or"}, {"ique", "ic"}, {"ie", "y"},
                {"if", "ive"}, {"e", ""}});

    private RomanceMorphology() {
    }

    static boolean covers(String language) {
        return ABSTRACT.containsKey(language);
    }

    /** True when the lemma ends in one of the language's abstract-noun suffixes (and is longer than it). */
    static boolean abstractNoun(String language, String lemma) {
        String word = lemma.toLowerCase(Locale.ROOT);
        for (String suffix : ABSTRACT.getOrDefault(language, List.of())) {
            if (word.endsWith(suffix) && word.length() >= suffix.length() + 3) {
                return true;
            }
        }
        return false;
    }

    /** English words that the lemma may be a cognate of, most likely first (the word itself, unaccented, first). */
    static List<String> cognates(String language, String lemma) {
        String word = lemma.toLowerCase(Locale.ROOT);
        if (word.length() < SHORTEST || !COGNATE.containsKey(language)) {
            return List.of();
        }
        LinkedHashSet<String> candidates = new LinkedHashSet<>();
        candidates.add(word);
        for (String[] rule : COGNATE.get(language)) {
            if (word.endsWith(rule[0])) {
                candidates.add(word.substring(0, word.length() - rule[0].length()) + rule[1]);
                break;
            }
        }
        List<String> unaccented = new ArrayList<>();
        for (String candidate : candidates) {
            unaccented.add(Normalizer.normalize(candidate, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        candidates.addAll(unaccented);
        candidates.removeIf(c -> c.length() < SHORTEST);
        return List.copyOf(candidates);
    }
}
