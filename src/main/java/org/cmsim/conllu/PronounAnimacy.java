package org.cmsim.conllu;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Animacy of personal, indefinite and demonstrative pronouns, by language, as the form tells it to a
 * listener: 1st and 2nd person pronouns, and indefinites such as someone or jemand, are animate; a 3rd
 * person form is animate only where the form says so (English he, she, him, her), inanimate where the
 * form refers to things (English it, German es and das, Dutch het and dat, French ça and cela).
 * 3rd person forms that follow grammatical gender and refer to things as readily as to people (German
 * er, sie, ihn; Italian esso, essa, lei, loro; Dutch hij, zij, ze, hem; Russian он, она, они; Spanish
 * él, ella; French elle, eux; English they, them) are left unknown: a hand-check found German sie for
 * "die Architektur" and Italian essa for "la guerra". The word list's pronoun analyses take their
 * animacy from here by form ({@link #animacy(String, String)}); the argument counts of the import's
 * animacy sources still look at the lemma too, and relative pronouns at their antecedent
 * ({@link Antecedents}); the entries for who, chi, quien, wie are the interrogative and
 * free-relative uses (French qui is also the relative of things, and is left out).
 */
final class PronounAnimacy {

    /** The languages that have a table. */
    static final List<String> LANGUAGES = List.of("en", "de", "it", "fr", "es", "nl", "ru");

    private static final Map<String, Set<String>> ANIMATE = Map.of(
            "en", Set.of("i", "me", "you", "he", "him", "she", "her", "we", "us", "who", "whom",
                    "myself", "yourself", "himself", "herself", "ourselves", "yourselves", "someone",
                    "somebody", "everyone", "everybody", "anyone", "anybody", "nobody"),
            "de", Set.of("ich", "du", "wir", "mich", "dich", "uns", "euch", "mir", "dir",
                    "jemand", "niemand", "wer", "man", "jedermann"),
            "it", Set.of("io", "tu", "lui", "noi", "voi", "egli", "ella", "chi",
                    "qualcuno", "nessuno", "me", "te", "sé", "tutti", "coloro", "colui", "colei", "chiunque",
                    "ognuno", "ciascuno"),
            "fr", Set.of("je", "tu", "nous", "vous", "moi", "toi", "on", "quelqu'un",
                    "personne", "quiconque", "chacun"),
            "es", Set.of("yo", "tú", "nosotros", "nosotras", "vosotros", "vosotras",
                    "usted", "ustedes", "quien", "quienes", "quién", "quiénes", "alguien", "nadie", "todos",
                    "cada uno"),
            "nl", Set.of("ik", "jij", "je", "u", "wij", "we", "jullie", "men", "iemand", "niemand", "iedereen", "wie", "mij", "jou", "ons"),
            "ru", Set.of("я", "ты", "мы", "вы", "кто", "никто", "некто"));

    private static final Map<String, Set<String>> INANIMATE = Map.of(
            "en", Set.of("it", "itself", "something", "everything", "anything", "nothing"),
            "de", Set.of("etwas", "nichts", "alles", "es", "das", "was", "irgendetwas"),
            "it", Set.of("ciò", "qualcosa", "niente", "nulla", "cosa", "tutto"),
            "fr", Set.of("rien", "quelque chose", "ça", "cela", "ceci", "quoi", "tout"),
            "es", Set.of("algo", "nada", "esto", "eso", "aquello", "todo", "qué", "ésto"),
            "nl", Set.of("het", "dat", "dit", "wat", "alles", "niets", "iets"),
            "ru", Set.of("что", "ничто", "это"));

    /** Languages whose treebanks lemmatise clitics as the strong pronoun (Spanish lo, la, le -&gt; él): forms only. */
    private static final Set<String> FORMS_ONLY = Set.of("es");

    private PronounAnimacy() {
    }

    /** True when there is a pronoun table for the language. */
    static boolean covers(String language) {
        return ANIMATE.containsKey(language);
    }

    /** "animate", "inanimate" or null for a pronoun form of {@code language}. */
    static String animacy(String language, String form) {
        String key = form.toLowerCase(Locale.ROOT);
        if (ANIMATE.getOrDefault(language, Set.of()).contains(key)) {
            return "animate";
        }
        return INANIMATE.getOrDefault(language, Set.of()).contains(key) ? "inanimate" : null;
    }

    /** "animate", "inanimate" or null for a pronoun of {@code language}. */
    static String animacy(String language, Token pronoun) {
        Set<String> animate = ANIMATE.getOrDefault(language, Set.of());
        Set<String> inanimate = INANIMATE.getOrDefault(language, Set.of());
        String[] words = FORMS_ONLY.contains(language) ? new String[] {pronoun.form()}
                : new String[] {pronoun.form(), pronoun.lemma()};
        for (String word : words) {
            String key = word.toLowerCase(Locale.ROOT);
            if (animate.contains(key)) {
                return "animate";
            }
            if (inanimate.contains(key)) {
                return "inanimate";
            }
        }
        return null;
    }
}
