package org.cmsim.explain;

import java.util.Locale;
import java.util.Map;

/** The ISO 639-1 code the import's language tables use for a config's language name. */
final class LanguageCodes {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("english", "en"), Map.entry("german", "de"), Map.entry("italian", "it"),
            Map.entry("french", "fr"), Map.entry("russian", "ru"), Map.entry("spanish", "es"),
            Map.entry("dutch", "nl"), Map.entry("japanese", "ja"), Map.entry("croatian", "hr"),
            Map.entry("serbian", "sr"));

    private LanguageCodes() {
    }

    /** The code for a language name (its first word: "english-spoken" is "en"), or the name itself. */
    static String code(String language) {
        String name = language.toLowerCase(Locale.ROOT);
        int dash = name.indexOf('-');
        return CODES.getOrDefault(dash < 0 ? name : name.substring(0, dash), name);
    }
}
