package org.cmsim.conllu;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The per-language facts the clause rules need beyond the treebank's own annotation:
 * <ul>
 *   <li>the expletive table (clause rule 2b): pairs of subject lemma and verb lemma whose subject is
 *       no agent, found by counting the subjects of candidate clauses that are neuter or demonstrative
 *       pronouns in every treebank here (counts of clauses in the README). German {@code es} with
 *       {@code geben} ("es gibt Probleme", there are problems; 47 clauses, and 2 of its older spelling
 *       {@code gieben} in LIT), {@code herrschen} ("es herrscht ein rauer Ton"), {@code bedürfen},
 *       {@code dauern} ("es hat sechs Jahre gedauert") and {@code fehlen} (1 each); Dutch {@code het}
 *       with {@code betreffen} ("alsof het een uitje betrof", 2) and {@code schelen} ("het kon mij niets
 *       schelen", 1); French {@code ce} with {@code avoir}: in the spoken Rhapsodie and ParisStories
 *       the cleft "c'est qu'il y a X" hangs {@code ce} from {@code avoir} as {@code nsubj} beside the
 *       expletives il ({@code expl:subj}) and y (7 clauses, all of this kind). Italian and Spanish drop
 *       their subject pronouns and have no expletive subject; English "there", Dutch "er" and French
 *       "il y a" take {@code expl};</li>
 *   <li>case particles: where the treebank has no Case feature, the lemma of a noun's {@code case}
 *       dependent that marks a grammatical role. Japanese: が nominative, を accusative; は marks the
 *       topic, not a case, and is left out on purpose (Yamashita 1997 on ga/o);</li>
 *   <li>Romance object clitics: the unstressed personal pronouns (French le/la/les/lui/leur ...,
 *       Italian lo/la/gli/le ..., Spanish lo/la/le/los/las ...) that stand before the verb, the
 *       "clitic pronoun" cue of Heilenman &amp; McDonald (1993) and Kail &amp; Charvillat (1988).</li>
 * </ul>
 */
public final class LanguageTables {

    private static final Map<String, Set<String>> EXPLETIVES = Map.of(
            "de", Set.of("es geben", "es gieben", "es herrschen", "es bedürfen", "es dauern", "es fehlen"),
            "nl", Set.of("het betreffen", "het schelen"),
            "fr", Set.of("ce avoir"));

    private static final Map<String, Map<String, String>> PARTICLE_CASE = Map.of(
            "ja", Map.of("が", "nom", "を", "acc"));

    private static final Map<String, Set<String>> CLITICS = Map.of(
            "fr", Set.of("le", "la", "l'", "les", "lui", "leur", "me", "m'", "te", "t'", "se", "s'", "nous", "vous",
                    "en", "y"),
            "it", Set.of("lo", "la", "l'", "li", "le", "gli", "mi", "ti", "ci", "vi", "si", "ne"),
            "es", Set.of("lo", "la", "los", "las", "le", "les", "me", "te", "nos", "os", "se"));

    private LanguageTables() {
    }

    /** Rule 2b: the subject is an expletive of this verb in the language. */
    public static boolean isExpletive(String language, Token subject, Token verb) {
        Set<String> pairs = EXPLETIVES.get(language);
        return pairs != null && pairs.contains(lower(subject.lemma()) + " " + lower(verb.lemma()));
    }

    /** The case a particle lemma marks in the language (lower-case case name), or null. */
    public static String particleCase(String language, String lemma) {
        Map<String, String> table = PARTICLE_CASE.get(language);
        return table == null ? null : table.get(lower(lemma));
    }

    /** True when the language has object clitics (the clitic feature is known there). */
    public static boolean hasClitics(String language) {
        return CLITICS.containsKey(language);
    }

    /** The language's unstressed object pronouns (empty when it has none). */
    public static Set<String> clitics(String language) {
        return CLITICS.getOrDefault(language, Set.of());
    }

    /** True when the word is one of the language's unstressed object pronouns. */
    public static boolean isClitic(String language, Token word) {
        return word.upos().equals("PRON") && CLITICS.getOrDefault(language, Set.of()).contains(lower(word.form()));
    }

    /** The expletive pairs of a language, for the import's documentation ("subject verb"). */
    public static Set<String> expletives(String language) {
        return EXPLETIVES.getOrDefault(language, Set.of());
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
