package org.cmsim.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages cmsim has tables for, by ISO 639-1 code: a config names its language with
 * {@code "language": "de"}, and that code (never the config's free-text {@code name}, which is only
 * a label) selects the language's tables: explain's case markers and example sentences, WordNet for
 * English, the import's expletive, case-particle and clitic tables. A closed set, so that a switch
 * over it is checked for every language by the compiler.
 */
public enum Language {
    EN, DE, IT, FR, RU, ES, NL, JA, SR, HR;

    /** The ISO 639-1 code, as configs write it: {@code en}, {@code de}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language whose code is {@code code} (exactly, lower-case), or empty when cmsim has no tables for it. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    /** Every code, in declaration order: for messages that list what a config may name. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }
}
