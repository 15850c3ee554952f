package org.cmsim.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Han, Hiragana and Katakana ranges that {@link Tokenizer} carries (the playground's JavaScript has
 * no Unicode script table) are the JDK's scripts, code point by code point.
 */
class TokenizerTest {

    private static final Set<Character.UnicodeScript> UNSPACED = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA);

    @Test
    void theUnspacedRangesAreTheJdksHanHiraganaAndKatakana() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String codePoint = "U+" + Integer.toHexString(c);
            assertEquals(UNSPACED.contains(Character.UnicodeScript.of(c)), Tokenizer.unspaced(c), codePoint);
        }
    }
}
