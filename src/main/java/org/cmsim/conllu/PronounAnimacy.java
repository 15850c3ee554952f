package org.cmsim.conllu;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Animacy of personal, indefinite and demonstrative pronouns, by language (lower-cased form, else
 * lemma: the form decides first, so that Italian <i>tutti</i> "everybody" is not read as its lemma
 * <i>tutto</i> "everything", and Spanish clitics <i>lo, la, le</i>, lemmatised as <i>él</i>, are not
 * read as <i>él</i> "he": Spanish is matched on forms only). Third-person pronouns that refer to
 * things as readily as to people (French il/elle, Italian and Spanish clitics lo/la) are left out; neuter ones that refer to things
 * or propositions (English it, German es and das, Dutch het and dat, French ça and cela) are
 * inanimate, as English it already was. German er/sie/ihn/ihm and Dutch hij/zij/ze/hem/haar follow
 * grammatical gender and can refer to things; they are counted animate, as in the usual reading of
 * Competition Model stimuli, and this table says so. Relative pronouns take their antecedent's
 * animacy first ({@link Antecedents}); the entries here for who, qui, chi, quien, wie are the
 * interrogative and free-relative uses.
 */
final class PronounAnimacy {

    /** The languages that have a table. */
    static final List<String> LANGUAGES = List.of("en", "de", "it", "fr", "es", "nl", "ru");

    private static final Map<String, Set<String>> ANIMATE = Map.of(
            "en", Set.of("i", "me", "you", "he", "him", "she", "her", "we", "us", "they", "them", "who", "whom",
                    "myself", "yourself", "himself", "herself", "ourselves", "yourselves", "themselves", "someone",
                    "somebody", "everyone", "everybody", "anyone", "anybody", "nobody"),
            "de", Set.of("ich", "du", "er", "sie", "wir", "ihr", "mich", "dich", "ihn", "uns", "euch", "mir", "dir",
                    "ihm", "ihnen", "jemand", "niemand", "wer", "man", "jedermann"),
            "it", Set.of("io", "tu", "lui", "lei", "noi", "voi", "loro", "egli", "ella", "esso", "essa", "chi",
                    "qualcuno", "nessuno", "me", "te", "sé", "tutti", "coloro", "colui", "colei", "chiunque",
                    "ognuno", "ciascuno"),
            "fr", Set.of("je", "tu", "nous", "vous", "moi", "toi", "lui", "eux", "elles", "on", "qui", "quelqu'un",
                    "personne", "quiconque", "chacun"),
            "es", Set.of("yo", "tú", "él", "ella", "nosotros", "nosotras", "vosotros", "vosotras", "ellos", "ellas",
                    "usted", "ustedes", "quien", "quienes", "quién", "quiénes", "alguien", "nadie", "todos",
                    "cada uno"),
            "nl", Set.of("ik", "jij", "je", "u", "wij", "we", "jullie", "hij", "zij", "ze", "hem", "haar", "hen",
                    "hun", "men", "iemand", "niemand", "iedereen", "wie", "mij", "jou", "ons"),
            "ru", Set.of("я", "ты", "он", "она", "мы", "вы", "они", "кто", "никто", "некто"));

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
