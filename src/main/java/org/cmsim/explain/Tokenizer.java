package org.cmsim.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cmsim.listener.CaseMarkers;
import org.cmsim.listener.Lexicon;

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
 * The playground runs this same class, compiled to JavaScript, so both read the same words.
 */
final class Tokenizer {

    /**
     * The code points of the Han, Hiragana and Katakana scripts, as first and last of each range: the
     * ranges where Java 17's {@code Character.UnicodeScript.of} (Unicode 13) is HAN, HIRAGANA or KATAKANA,
     * written out because the playground runs this class as JavaScript, whose Java library has no script
     * table (TokenizerTest checks the ranges against the JDK's over every code point).
     */
    static final int[] UNSPACED = {
        0x2E80, 0x2E99, 0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x3005, 0x3005, 0x3007, 0x3007, 0x3021, 0x3029,
        0x3038, 0x303B, 0x3041, 0x3096, 0x309D, 0x309F, 0x30A1, 0x30FA, 0x30FD, 0x30FF, 0x31F0, 0x31FF,
        0x32D0, 0x32FE, 0x3300, 0x3357, 0x3400, 0x4DBF, 0x4E00, 0x9FFC, 0xF900, 0xFA6D, 0xFA70, 0xFAD9,
        0xFF66, 0xFF6F, 0xFF71, 0xFF9D, 0x16FF0, 0x16FF1, 0x1B000, 0x1B11E, 0x1B150, 0x1B152, 0x1B164, 0x1B167,
        0x1F200, 0x1F200, 0x20000, 0x2A6DD, 0x2A700, 0x2B734, 0x2B740, 0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0,
        0x2F800, 0x2FA1D, 0x30000, 0x3134A,
    };

    private final Lexicon lexicon;
    private final Map<String, List<String>> contractions;

    /** A tokenizer over a lexicon's forms that splits the given contractions (Spanish "al": "a el"). */
    Tokenizer(Lexicon lexicon, Map<String, List<String>> contractions) {
        this.lexicon = lexicon;
        this.contractions = contractions;
    }

    /** Final punctuation, dropped. */
    private static final String FINAL = ".!?\u3002\uff01\uff1f";
    /** Quotes and brackets dropped before a word, and after it. */
    private static final String OPENING = "\"\u201c\u201e\u00ab(";
    private static final String CLOSING = "\"\u201d\u00bb)";
    /** What separates words: Java's {@code \\s} (space, tab, line feed, vertical tab, form feed, return). */
    private static final String SPACE = " \t\n\u000B\f\r";
    /** Punctuation that is a word of its own (and so ends the clause: it is no part of speech explain reads). */
    private static final String SEPARATE = ",;:";

    List<String> tokens(String sentence) {
        String text = Text.strip(sentence.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
        text = Text.strip(Text.withoutTrailing(text, FINAL));
        List<String> tokens = new ArrayList<>();
        for (String piece : pieces(text)) {
            String word = Text.withoutTrailing(Text.withoutLeading(Text.strip(piece), OPENING), CLOSING);
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

    /**
     * The text cut at runs of {@link #SPACE} and around each {@link #SEPARATE} character, which stands alone
     * (as {@code split("\\s+|(?=[,;:])|(?<=[,;:])")} cuts it, without the empty pieces).
     */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean space = SPACE.indexOf(c) >= 0;
            boolean separate = SEPARATE.indexOf(c) >= 0;
            if (space || separate) {
                if (i > start) {
                    pieces.add(text.substring(start, i));
                }
                if (separate) {
                    pieces.add(String.valueOf(c));
                }
                start = i + 1;
            }
        }
        return pieces;
    }

    /** True when the text has a character of a script written without spaces (Han, Hiragana, Katakana). */
    static boolean unspaced(String text) {
        return text.codePoints().anyMatch(Tokenizer::unspaced);
    }

    /** True when the code point is in one of the {@link #UNSPACED} ranges. */
    static boolean unspaced(int codePoint) {
        for (int r = 0; r < UNSPACED.length; r += 2) {
            if (codePoint >= UNSPACED[r] && codePoint <= UNSPACED[r + 1]) {
                return true;
            }
        }
        return false;
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
