package org.cmsim.listener;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The few closed classes of forms whose role the reader must know by language, each with the reason:
 * <ul>
 *   <li><b>Object clitics</b> (French, Italian, Spanish): the unstressed personal pronouns that stand
 *       before the verb, the "clitic pronoun" cue of Heilenman &amp; McDonald (1993) and Kail &amp;
 *       Charvillat (1988). French <i>nous</i> and <i>vous</i> are also subjects ("nous voyons le
 *       chat"): they are object clitics only where their position makes them one, after another
 *       noun phrase and before the verb ("il nous voit").</li>
 *   <li><b>Second-position clitic auxiliaries</b> (Serbian, Croatian): <i>je, su, sam</i> ... sit
 *       after the first phrase whatever the order ("Marko je video Anu"); the verb after them sets the
 *       clause's order, the clitic its agreement.</li>
 *   <li><b>Passive auxiliaries</b>: a past participle with one of these in its verb group is passive
 *       ("was kicked", "wurde gesehen", "a été mangé", "è stato visto", "fue visto", "werd gezien").</li>
 *   <li><b>Case particles</b> (Japanese): が marks the nominative, を the accusative; は marks the topic
 *       and says nothing of case (Yamashita 1997).</li>
 *   <li><b>Agent prepositions</b>: the adposition of the agent phrase of a passive (English by, German
 *       von and durch, French par, Italian da, Spanish por, Dutch door).</li>
 *   <li><b>Role markers</b>: the adpositions and particles that mark a noun's role: the agent
 *       prepositions, Spanish <i>a</i> on animate objects, and the Japanese particles が, を, は and も
 *       (the topic は and "also" も stand on subjects and objects alike). Another adposition on a subject
 *       or object ("um die 100 Euro") marks no role and is no marker.</li>
 * </ul>
 */
public final class LanguageForms {

    private static final Map<String, Set<String>> OBJECT_CLITICS = Map.of(
            "fr", Set.of("le", "la", "l'", "les", "lui", "leur", "me", "m'", "te", "t'", "se", "s'", "nous", "vous",
                    "en", "y"),
            "it", Set.of("lo", "la", "l'", "li", "le", "gli", "mi", "ti", "ci", "vi", "si", "ne"),
            "es", Set.of("lo", "la", "los", "las", "le", "les", "me", "te", "nos", "os", "se"));

    private static final Map<String, Set<String>> SUBJECT_OR_OBJECT = Map.of("fr", Set.of("nous", "vous"));

    private static final Map<String, Set<String>> CLITIC_AUXILIARIES = Map.of(
            "sr", SerboCroatian.CLITIC_AUXILIARIES, "hr", SerboCroatian.CLITIC_AUXILIARIES);

    private static final Map<String, Set<String>> PASSIVE_AUXILIARIES = Map.of(
            "en", Set.of("be", "get"), "de", Set.of("werden"), "fr", Set.of("être"), "it", Set.of("essere", "venire"),
            "es", Set.of("ser"), "nl", Set.of("worden"), "sr", Set.of("biti"), "hr", Set.of("biti"),
            "ru", Set.of("быть"));

    private static final Map<String, Map<String, String>> PARTICLE_CASE = Map.of(
            "ja", Map.of("が", "nom", "を", "acc"));

    private static final Map<String, Set<String>> AGENT_PREPOSITIONS = Map.of(
            "en", Set.of("by"), "de", Set.of("von", "durch"), "fr", Set.of("par"), "it", Set.of("da"),
            "es", Set.of("por"), "nl", Set.of("door"));

    private static final Map<String, Set<String>> OTHER_ROLE_MARKERS = Map.of(
            "es", Set.of("a"), "ja", Set.of("が", "を", "は", "も"));

    /** Forms of Serbian and Croatian "biti" and "htjeti" that are enclitics. */
    private static final class SerboCroatian {
        static final Set<String> CLITIC_AUXILIARIES = Set.of("sam", "si", "je", "smo", "ste", "su", "bih", "bi",
                "bismo", "biste", "ću", "ćeš", "će", "ćemo", "ćete");
    }

    private LanguageForms() {
    }

    /** True when the language has object clitics (its nouns' clitic feature is then known: yes or no). */
    public static boolean hasClitics(String language) {
        return OBJECT_CLITICS.containsKey(language);
    }

    /** The language's unstressed object pronouns (empty when it has none). */
    public static Set<String> clitics(String language) {
        return OBJECT_CLITICS.getOrDefault(language, Set.of());
    }

    /** True for a clitic form that is also a subject pronoun (French nous, vous). */
    public static boolean subjectOrObject(String language, String form) {
        return SUBJECT_OR_OBJECT.getOrDefault(language, Set.of()).contains(lower(form));
    }

    /** True for a second-position clitic auxiliary, which does not set the clause's order. */
    public static boolean isClitic2Auxiliary(String language, String form) {
        return CLITIC_AUXILIARIES.getOrDefault(language, Set.of()).contains(lower(form));
    }

    /** True when a participle with this auxiliary (lemma) is passive in the language. */
    public static boolean isPassiveAuxiliary(String language, String lemma) {
        return PASSIVE_AUXILIARIES.getOrDefault(language, Set.of()).contains(lower(lemma));
    }

    /** The case a particle marks in the language (lower-case case name), or null. */
    public static String particleCase(String language, String form) {
        Map<String, String> table = PARTICLE_CASE.get(language);
        return table == null ? null : table.get(lower(form));
    }

    /** The adpositions that introduce the agent of a passive in the language. */
    public static Set<String> agentPrepositions(String language) {
        return AGENT_PREPOSITIONS.getOrDefault(language, Set.of());
    }

    /**
     * True where an adjective may follow its noun inside the noun phrase (French, Italian, Spanish:
     * "il cane nero"); elsewhere an adjective after a noun belongs to the next phrase ("ich gute Ware").
     */
    public static boolean adjectivesFollowNouns(String language) {
        return Set.of("fr", "it", "es").contains(language);
    }

    /** True for an adposition or particle that marks a noun's role in the language (see the class comment). */
    public static boolean isRoleMarker(String language, String form) {
        return roleMarkers(language).contains(lower(form));
    }

    /** The adpositions and particles that mark a noun's role in the language. */
    public static Set<String> roleMarkers(String language) {
        Set<String> all = new java.util.TreeSet<>(agentPrepositions(language));
        all.addAll(OTHER_ROLE_MARKERS.getOrDefault(language, Set.of()));
        return all;
    }

    /**
     * A word form as the word list keys it: lower-cased, with the typographic apostrophe written as the
     * plain one (French "l’", "s’"), as explain's tokenizer writes a typed sentence.
     */
    public static String normalised(String form) {
        return lower(form);
    }

    /** Lower-cased, with the typographic apostrophe written as the plain one (French "l’", "s’"). */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
