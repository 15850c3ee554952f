package org.cmsim.conllu;

import java.util.Map;
import java.util.Set;

/**
 * Animacy of personal and indefinite pronouns, by language (lower-cased lemma or form). Third-person
 * pronouns that refer to things as readily as to people (English it, German es, French il/elle as
 * subjects) are left out or listed as inanimate only where they are unambiguous. German er/sie/ihn/ihm
 * follow grammatical gender and can refer to things; they are counted animate, as in the usual
 * reading of Competition Model stimuli, and this table says so.
 */
final class PronounAnimacy {

    private static final Map<String, Set<String>> ANIMATE = Map.of(
            "en", Set.of("i", "me", "you", "he", "him", "she", "her", "we", "us", "they", "them", "who", "whom",
                    "myself", "yourself", "himself", "herself", "ourselves", "yourselves", "themselves", "someone",
                    "somebody", "everyone", "everybody", "anyone", "anybody", "nobody"),
            "de", Set.of("ich", "du", "er", "sie", "wir", "ihr", "mich", "dich", "ihn", "uns", "euch", "mir", "dir",
                    "ihm", "ihnen", "jemand", "niemand", "wer"),
            "it", Set.of("io", "tu", "lui", "lei", "noi", "voi", "loro", "egli", "ella", "esso", "essa", "chi",
                    "qualcuno", "nessuno", "me", "te", "sé"),
            "fr", Set.of("je", "tu", "nous", "vous", "moi", "toi", "lui", "eux", "elles", "on", "qui", "quelqu'un",
                    "personne"),
            "ru", Set.of("я", "ты", "он", "она", "мы", "вы", "они", "кто", "никто", "некто"));

    private static final Map<String, Set<String>> INANIMATE = Map.of(
            "en", Set.of("it", "itself", "something", "everything", "anything", "nothing"),
            "de", Set.of("etwas", "nichts", "alles"),
            "it", Set.of("ciò", "qualcosa", "niente", "nulla"),
            "fr", Set.of("rien", "quelque chose"),
            "ru", Set.of("что", "ничто", "это"));

    /** The languages that have a table. */
    static final java.util.List<String> LANGUAGES = java.util.List.of("en", "de", "it", "fr", "ru");

    private PronounAnimacy() {
    }

    /** True when there is a pronoun table for the language (en, de, it, fr, ru). */
    static boolean covers(String language) {
        return ANIMATE.containsKey(language);
    }

    /** "animate", "inanimate" or null for a pronoun of {@code language}. */
    static String animacy(String language, Token pronoun) {
        for (String word : new String[] {pronoun.lemma(), pronoun.form()}) {
            String key = word.toLowerCase(java.util.Locale.ROOT);
            if (ANIMATE.getOrDefault(language, Set.of()).contains(key)) {
                return "animate";
            }
            if (INANIMATE.getOrDefault(language, Set.of()).contains(key)) {
                return "inanimate";
            }
        }
        return null;
    }
}
