package org.cmsim.competition;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The random factors of the mixed multiplicative rule: {@code SUBJECT}, an independent normal deviation per
 * subject on every parameter of the rule (a diagonal covariance), and {@code ITEM}, a random intercept per item.
 */
public enum RandomFactor {
    SUBJECT, ITEM;

    /** The column of the choice data that names this factor's levels, and its name in random-effects.csv. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "subject", "item" or "subject,item"; throws with the offending word. */
    public static Set<RandomFactor> parseList(String text) {
        Set<RandomFactor> factors = EnumSet.noneOf(RandomFactor.class);
        for (String word : text.split(",")) {
            String name = word.strip();
            RandomFactor factor = switch (name) {
                case "subject" -> SUBJECT;
                case "item" -> ITEM;
                default -> throw new IllegalArgumentException("'" + name + "' is not a random factor (subject, item)");
            };
            factors.add(factor);
        }
        return factors;
    }
}
