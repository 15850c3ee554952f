package org.cmsim.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What {@link Tokenizer} and {@link Text} write out by hand, because the playground runs them as
 * JavaScript, is what the JDK does: the Han, Hiragana and Katakana ranges are the JDK's scripts, code point
 * by code point; strip, split, the cut into pieces and the removal of quotes and final punctuation equal
 * the JDK's strip, split and regular expressions on a hundred thousand random texts of the characters that
 * matter (spaces of every kind, line terminators, quotes, punctuation, letters).
 */
class TokenizerTest {

    private static final Set<Character.UnicodeScript> UNSPACED = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA);
    private static final String ALPHABET = " \t\n\u000B\f\r\u0085\u2028\u2029\u00a0\u3000\u1680,;:.!?\u3002\uff01\uff1f"
            + "\"\u201c\u201e\u00ab(\u201d\u00bb)|'ab\u732b\u304c";

    @Test
    void theUnspacedRangesAreTheJdksHanHiraganaAndKatakana() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String codePoint = "U+" + Integer.toHexString(c);
            assertEquals(UNSPACED.contains(Character.UnicodeScript.of(c)), Tokenizer.unspaced(c), codePoint);
        }
    }

    @Test
    void theHandWrittenStringOperationsAreTheJdks() {
        Random random = new Random(20260101);
        for (int n = 0; n < 100_000; n++) {
            char[] chars = new char[random.nextInt(9)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            String text = new String(chars);
            String where = "'" + text + "' " + Arrays.toString(text.chars().toArray());
            assertEquals(text.strip(), Text.strip(text), where);
            assertEquals(List.of(text.split("\\|")), Text.split(text, '|'), where);
            assertEquals(List.of(text.split(",")), Text.split(text, ','), where);
            assertEquals(Arrays.stream(text.split("\\s+|(?=[,;:])|(?<=[,;:])")).filter(p -> !p.isEmpty()).toList(),
                    Tokenizer.pieces(text), where);
            assertEquals(text.replaceAll("[.!?\u3002\uff01\uff1f]+$", ""),
                    Text.withoutTrailing(text, ".!?\u3002\uff01\uff1f"), where);
            assertEquals(text.replaceAll("^[\"\u201c\u201e\u00ab(]+|[\"\u201d\u00bb)]+$", ""),
                    Text.withoutTrailing(Text.withoutLeading(text, "\"\u201c\u201e\u00ab("), "\"\u201d\u00bb)"), where);
        }
    }
}
