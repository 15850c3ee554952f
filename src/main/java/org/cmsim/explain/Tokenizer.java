package org.cmsim.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits a typed sentence into the word forms the lexicon knows. Spaces, and commas, semicolons and
 * colons, separate words; final punctuation (. ! ? and the Japanese 。！？) is dropped; elision
 * ("l'homme") is split where the lexicon knows the elided form, and a contraction of a case marker with
 * an article into its two words ({@link CaseMarkers}).
 *
 * <p>Japanese is written without spaces, and UD Japanese cuts it finer than words (見た is 見 + た). A
 * stretch of text in Han, Hiragana or Katakana is therefore cut into lexicon forms: of all cuts, the
 * one with the fewest characters outside any lexicon form, then the fewest pieces (dynamic programming
 * over code points; on a tie the cut found first, whose last piece is longest, stays). A run of
 * characters no form covers stays one unknown word ("ポチが" is ポチ + が when ポチ is unknown).
 * The playground's script cuts in the same way, so both read the same words.
 */
final class Tokenizer {

    private static final Set<Character.UnicodeScript> UNSPACED = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA);

    private final Lexicon lexicon;
    private final Map<String, List<String>> contractions;

    /** A tokenizer over a lexicon's forms that splits the given contractions (Spanish "al": "a el"). */
    Tokenizer(Lexicon lexicon, Map<String, List<String>> contractions) {
        this.lexicon = lexicon;
        this.contractions = contractions;
    }

    List<String> tokens(String sentence) {
        String text = sentence.replace('\u2019', '\'').toLowerCase(Locale.ROOT).strip();
        text = text.replaceAll("[.!?\u3002\uff01\uff1f]+$", "").strip();
        List<String> tokens = new ArrayList<>();
        for (String piece : text.split("\\s+|(?=[,;:])|(?<=[,;:])")) {
            String word = piece.strip().replaceAll("^[\"\u201c\u201e\u00ab(]+|[\"\u201d\u00bb)]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            int apostrophe = word.indexOf('\'');
            if (apostrophe > 0 && apostrophe < word.length() - 1 && lexicon.contains(word.substring(0, apostrophe + 1))) {
                tokens.add(word.substring(0, apostrophe + 1));
                tokens.add(word.substring(apostrophe + 1));
            } else if (contractions.containsKey(word)) {
                tokens.addAll(contractions.get(word));
            } else if (unspaced(word)) {
                tokens.addAll(segment(word));
            } else {
                tokens.add(word);
            }
        }
        return tokens;
    }

    /** True when the text has a character of a script written without spaces (Han, Hiragana, Katakana). */
    static boolean unspaced(String text) {
        return text.codePoints().anyMatch(c -> UNSPACED.contains(Character.UnicodeScript.of(c)));
    }

    /**
     * The cut of unspaced text into lexicon forms: cost(i) = min over j &lt; i of cost(j) + (the piece j..i
     * is a form ? (0 unknown, 1 piece) : (i - j unknown, 1 piece)), compared unknown characters first.
     */
    List<String> segment(String text) {
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        int[] unknown = new int[n + 1];
        int[] pieces = new int[n + 1];
        int[] from = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            unknown[i] = Integer.MAX_VALUE;
            for (int j = 0; j < i; j++) {
                int u = unknown[j] + (lexicon.contains(new String(cps, j, i - j)) ? 0 : i - j);
                int p = pieces[j] + 1;
                if (u < unknown[i] || (u == unknown[i] && p < pieces[i])) {
                    unknown[i] = u;
                    pieces[i] = p;
                    from[i] = j;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = n; i > 0; i = from[i]) {
            out.add(0, new String(cps, from[i], i - from[i]));
        }
        return out;
    }
}
