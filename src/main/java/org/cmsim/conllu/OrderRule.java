package org.cmsim.conllu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which verb token a clause's word order is read from (clause rule 4). {@code FINITE}: the finite
 * verb (the first finite auxiliary, else the lexical verb), so that German "Der Mann hat den Hund
 * gesehen" is verb-second NVN, as a listener hears it. {@code LEXICAL}: the lexical VERB token, the
 * rule of the first corpora (the same sentence is NNV).
 */
public enum OrderRule {
    FINITE, LEXICAL;

    /** The name used on the command line and in corpus READMEs: {@code finite}, {@code lexical}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OrderRule> parse(String text) {
        for (OrderRule rule : values()) {
            if (rule.configName().equals(text)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (OrderRule rule : values()) {
            names.add(rule.configName());
        }
        return names;
    }
}
