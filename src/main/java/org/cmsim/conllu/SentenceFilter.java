package org.cmsim.conllu;

import java.util.Objects;

/**
 * A condition on a sentence's metadata comment ({@code # speaker_role = Mother}), as
 * {@code import-conllu --where} takes it: {@code KEY=VALUE} keeps the sentences whose comment has
 * exactly that value, {@code KEY!=VALUE} those whose value differs or that have no such comment.
 */
public record SentenceFilter(String key, Test test, String value) {

    /** How the sentence's value is compared. */
    public enum Test { EQUALS, DIFFERS }

    public SentenceFilter {
        Objects.requireNonNull(test, "test");
        if (key == null || key.isBlank() || value == null) {
            throw new IllegalArgumentException("a filter is KEY=VALUE or KEY!=VALUE with a non-empty KEY");
        }
    }

    /** Parses {@code KEY=VALUE} or {@code KEY!=VALUE}. */
    public static SentenceFilter parse(String text) {
        int differs = text.indexOf("!=");
        int equals = text.indexOf('=');
        if (differs >= 0 && differs < equals) {
            return new SentenceFilter(text.substring(0, differs).strip(), Test.DIFFERS, text.substring(differs + 2).strip());
        }
        if (equals < 0) {
            throw new IllegalArgumentException("'" + text + "' is not KEY=VALUE or KEY!=VALUE");
        }
        return new SentenceFilter(text.substring(0, equals).strip(), Test.EQUALS, text.substring(equals + 1).strip());
    }

    /** True when the sentence passes. */
    public boolean keeps(ConlluReader.Sentence sentence) {
        boolean same = value.equals(sentence.meta(key));
        return test == Test.EQUALS ? same : !same;
    }

    @Override
    public String toString() {
        return key + (test == Test.EQUALS ? "=" : "!=") + value;
    }
}
