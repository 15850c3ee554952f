package org.cmsim.conllu;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The per-language facts the clause rules need beyond the treebank's own annotation (the closed classes
 * of forms the listener's reader needs are in {@code listener.LanguageForms}):
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
 * </ul>
 */
public final class LanguageTables {

    private static final Map<String, Set<String>> EXPLETIVES = Map.of(
            "de", Set.of("es geben", "es gieben", "es herrschen", "es bedürfen", "es dauern", "es fehlen"),
            "nl", Set.of("het betreffen", "het schelen"),
            "fr", Set.of("ce avoir"));

    private static final Map<String, Set<String>> REFLEXIVES = Map.of(
            "de", Set.of("sich", "einander"), "nl", Set.of("zich", "zichzelf", "elkaar", "mekaar"),
            "fr", Set.of("se", "s'", "soi"), "it", Set.of("si", "sé"), "es", Set.of("se", "sí"),
            "ru", Set.of("себя", "себе", "собой"), "sr", Set.of("se", "sebe"), "hr", Set.of("se", "sebe"),
            "en", Set.of("himself", "herself", "itself", "themselves", "oneself"));

    private LanguageTables() {
    }

    /** Rule 2b: the subject is an expletive of this verb in the language. */
    public static boolean isExpletive(String language, Token subject, Token verb) {
        Set<String> pairs = EXPLETIVES.get(language);
        return pairs != null && pairs.contains(lower(subject.lemma()) + " " + lower(verb.lemma()));
    }

    /**
     * True for a reflexive or reciprocal pronoun form (French "se", Dutch "elkaar"): its object refers
     * back to the subject, whether or not the treebank marks Reflex=Yes.
     */
    public static boolean isReflexive(String language, Token word) {
        return REFLEXIVES.getOrDefault(language, Set.of()).contains(lower(word.form()).replace('\u2019', '\''));
    }

    /** The expletive pairs of a language, for the import's documentation ("subject verb"). */
    public static Set<String> expletives(String language) {
        return EXPLETIVES.getOrDefault(language, Set.of());
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
