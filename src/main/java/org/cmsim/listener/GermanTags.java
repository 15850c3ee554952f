package org.cmsim.listener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The German dictionary's tags in Universal Dependencies terms. The dictionary is german-pos-dict 1.2.4 as shipped
 * with LanguageTool 6.6 (CC BY-SA 4.0); its tags are the Morphy tag set (Lezius, "Morphy", and Naber, "Die
 * Wortklassensysteme von Morphy", danielnaber.de/download/wklassen.pdf; LanguageTool's {@code de/tagset.txt}).
 *
 * <p>Grammar: a tag is colon-separated, word class first.
 * <ul>
 * <li>{@code SUB:case:number:gender[:ADJ|:INF]} noun ({@code Katze SUB:NOM:SIN:FEM}); {@code EIG:...} proper name,
 * with the kind of name after the gender ({@code NAC}, {@code VOR}, {@code STD}, ...).</li>
 * <li>{@code ART:DEF|IND:case:number:gender} article.</li>
 * <li>{@code ADJ:case:number:gender:degree:inflection} adjective, degree {@code GRU} (positive), {@code KOM},
 * {@code SUP}; {@code ADJ:PRD:degree} predicative. {@code PA1} and {@code PA2} are present and past participles
 * inflected like adjectives.</li>
 * <li>{@code PRO:kind:case:number:gender[:person:A|B][:BEG|:STV|:B/S]} pronoun: kind {@code PER} personal,
 * {@code REF} reflexive, {@code DEM}, {@code IND} indefinite, {@code POS} possessive, {@code RIN} relative or
 * interrogative; {@code BEG} before a noun, {@code STV} standing alone, {@code B/S} either; after a second person,
 * {@code A} or {@code B}, which the tag set documents as polite and familiar address
 * ({@code sie PRO:PER:NOM:SIN:ALG:2:A}).</li>
 * <li>{@code VER[:AUX|:MOD]:person:number:tense[:SFT|:NON][:NEB]} finite verb, tense {@code PRÄ} present,
 * {@code PRT} preterite, {@code KJ1}, {@code KJ2} subjunctive I and II ({@code sieht VER:3:SIN:PRÄ:NON});
 * {@code VER:INF}, {@code VER:EIZ} (infinitive with zu), {@code VER:PA1}, {@code VER:PA2}, {@code VER:IMP:number}.
 * {@code SFT}/{@code NON} (weak/strong) and {@code NEB} (the separable verb's joined form) are inflection
 * classes.</li>
 * <li>{@code PRP:meaning:cases} preposition with the cases it governs ({@code auf PRP:...:DAT+AKK}); {@code ADV},
 * {@code KON:NEB|UNT|INF|VGL|PRI}, {@code NEG}, {@code INJ}, {@code ZAL} (number word), {@code ZUS} (separable verb
 * particle), {@code ABK} (abbreviation).</li>
 * </ul>
 *
 * <p>Mapping: cases {@code NOM AKK DAT GEN} to {@code Nom Acc Dat Gen}, {@code SIN PLU} to {@code Sing Plur},
 * {@code MAS FEM NEU} to {@code Masc Fem Neut}. Gender {@code ALG} ("all genders") and {@code NOG} (no gender) leave
 * {@code Gender} out: the form tells no gender. Morphy writes a person only on first- and second-person forms that
 * need it; a personal or reflexive pronoun with a gender is third person (only third-person pronouns have gender),
 * so it gets {@code Person=3}. {@code A} and {@code B} are not read: the dictionary gives the polite Sie and Ihnen
 * {@code B} and the lower-case sie and ihnen {@code A}, so they do not tell polite from familiar address.
 * {@code PRÄ PRT} are indicative present and past, {@code KJ1 KJ2} subjunctive
 * ({@code Mood=Sub}) present and past, as in the UD German treebanks. Auxiliaries ({@code VER:AUX}) and modal verbs
 * ({@code VER:MOD}) are {@code AUX}; a pronoun tagged {@code B/S} gives a {@code DET} and a {@code PRON} analysis,
 * {@code BEG} a {@code DET}; a preposition gives one {@code ADP} analysis per governed case; participles inflected
 * like adjectives are {@code ADJ} with {@code VerbForm=Part}. The Morphy tags the dictionary carries with a trailing
 * comment ({@code VER:1:SIN:PRÄ:NON -- ...}) are read without it.
 */
public final class GermanTags {

    private static final Map<String, String> CASE = Map.of("NOM", "Nom", "AKK", "Acc", "DAT", "Dat", "GEN", "Gen");
    private static final Map<String, String> NUMBER = Map.of("SIN", "Sing", "PLU", "Plur");
    private static final Map<String, String> GENDER = Map.of("MAS", "Masc", "FEM", "Fem", "NEU", "Neut");
    private static final Map<String, String> DEGREE = Map.of("GRU", "Pos", "KOM", "Cmp", "SUP", "Sup");
    private static final Map<String, String> PERSON = Map.of("1", "1", "2", "2", "3", "3");
    private static final Map<String, String> PRONOUN_TYPE = Map.of("PER", "Prs", "REF", "Prs", "DEM", "Dem",
            "IND", "Ind", "POS", "Prs", "RIN", "Int,Rel");

    private GermanTags() {
    }

    /** The analyses {@code tag} gives a form of {@code lemma}; empty for a tag this table does not map. */
    public static List<FormAnalysis> analyses(String lemma, String tag) {
        List<String> parts = Arrays.asList(withoutComment(tag).split(":"));
        return switch (parts.get(0)) {
            case "SUB" -> nominal(Readings.of(lemma, "NOUN"), parts).toList();
            case "EIG" -> nominal(Readings.of(lemma, "PROPN"), parts).toList();
            case "ART" -> nominal(Readings.of(lemma, "DET"), parts).put("PronType", "Art")
                    .put("Definite", parts.contains("DEF") ? "Def" : parts.contains("IND") ? "Ind" : null).toList();
            case "ADJ" -> adjective(Readings.of(lemma, "ADJ"), parts).toList();
            case "PA1" -> adjective(Readings.of(lemma, "ADJ"), parts).put("VerbForm", "Part").put("Tense", "Pres")
                    .toList();
            case "PA2" -> adjective(Readings.of(lemma, "ADJ"), parts).put("VerbForm", "Part").put("Tense", "Past")
                    .toList();
            case "PRO" -> pronoun(lemma, parts);
            case "VER" -> verb(lemma, parts);
            case "PRP" -> Readings.of(lemma, "ADP").fork("Case", governedCases(parts)).toList();
            case "ADV" -> Readings.of(lemma, "ADV").put("PronType", parts.contains("INR") ? "Int" : null).toList();
            case "KON" -> Readings.of(lemma, conjunction(parts)).toList();
            case "NEG" -> Readings.of(lemma, "PART").put("Polarity", "Neg").toList();
            case "INJ" -> Readings.of(lemma, "INTJ").toList();
            case "ZAL" -> Readings.of(lemma, "NUM").put("NumType", "Card").toList();
            case "ZUS" -> Readings.of(lemma, "ADP").toList();
            case "ABK" -> Readings.of(lemma, "X").put("Abbr", "Yes").toList();
            default -> List.of();
        };
    }

    /** The tag without the comment some entries carry after {@code --}, and without stray spaces. */
    private static String withoutComment(String tag) {
        int comment = tag.indexOf("--");
        return (comment < 0 ? tag : tag.substring(0, comment)).strip();
    }

    private static Readings nominal(Readings readings, List<String> parts) {
        return readings.put("Case", Readings.first(parts, CASE)).put("Number", Readings.first(parts, NUMBER))
                .put("Gender", Readings.first(parts, GENDER));
    }

    private static Readings adjective(Readings readings, List<String> parts) {
        return nominal(readings, parts).put("Degree", Readings.first(parts, DEGREE));
    }

    private static List<FormAnalysis> pronoun(String lemma, List<String> parts) {
        String kind = parts.size() > 1 ? parts.get(1) : "";
        List<String> uposes = parts.contains("B/S") ? List.of("DET", "PRON")
                : parts.contains("BEG") ? List.of("DET") : List.of("PRON");
        Readings readings = nominal(Readings.ofEach(lemma, uposes), parts).put("PronType", PRONOUN_TYPE.get(kind));
        if (kind.equals("REF")) {
            readings.put("Reflex", "Yes");
        }
        if (kind.equals("POS")) {
            readings.put("Poss", "Yes");
        }
        String person = Readings.first(parts, PERSON);
        boolean personal = kind.equals("PER") || kind.equals("REF");
        if (person == null && personal && Readings.first(parts, GENDER) != null) {
            person = "3";
        }
        return readings.put("Person", person).toList();
    }

    private static List<FormAnalysis> verb(String lemma, List<String> parts) {
        String upos = parts.contains("AUX") || parts.contains("MOD") ? "AUX" : "VERB";
        Readings readings = Readings.of(lemma, upos);
        if (parts.contains("INF") || parts.contains("EIZ")) {
            return readings.put("VerbForm", "Inf").toList();
        }
        if (parts.contains("PA1")) {
            return readings.put("VerbForm", "Part").put("Tense", "Pres").toList();
        }
        if (parts.contains("PA2")) {
            return readings.put("VerbForm", "Part").put("Tense", "Past").toList();
        }
        if (parts.contains("IMP")) {
            return readings.put("VerbForm", "Fin").put("Mood", "Imp").put("Person", "2")
                    .put("Number", Readings.first(parts, NUMBER)).toList();
        }
        String mood = parts.contains("PRÄ") || parts.contains("PRT") ? "Ind"
                : parts.contains("KJ1") || parts.contains("KJ2") ? "Sub" : null;
        if (mood == null) {
            return List.of();
        }
        String tense = parts.contains("PRÄ") || parts.contains("KJ1") ? "Pres" : "Past";
        return readings.put("VerbForm", "Fin").put("Mood", mood).put("Tense", tense)
                .put("Person", Readings.first(parts, PERSON)).put("Number", Readings.first(parts, NUMBER)).toList();
    }

    /** The cases a preposition governs: its last part, cases joined by {@code +} ({@code DAT+AKK}). */
    private static List<String> governedCases(List<String> parts) {
        List<String> cases = new ArrayList<>();
        for (String written : parts.get(parts.size() - 1).split("\\+")) {
            if (CASE.containsKey(written)) {
                cases.add(CASE.get(written));
            }
        }
        return cases;
    }

    /** {@code NEB} (nebenordnend) coordinates; {@code PRI} (je, desto) is adverbial; the rest subordinate. */
    private static String conjunction(List<String> parts) {
        return parts.contains("NEB") ? "CCONJ" : parts.contains("PRI") ? "ADV" : "SCONJ";
    }

    /** 1st and 2nd person forms of the personal pronouns (Morphy lemmatises them all as "ich" and marks no 1st person). */
    private static final java.util.Map<String, String> PRONOUN_PERSON = java.util.Map.ofEntries(
            java.util.Map.entry("ich", "1"), java.util.Map.entry("mich", "1"), java.util.Map.entry("mir", "1"),
            java.util.Map.entry("meiner", "1"), java.util.Map.entry("wir", "1"), java.util.Map.entry("uns", "1"),
            java.util.Map.entry("unser", "1"), java.util.Map.entry("du", "2"), java.util.Map.entry("dich", "2"),
            java.util.Map.entry("dir", "2"), java.util.Map.entry("deiner", "2"), java.util.Map.entry("euch", "2"),
            java.util.Map.entry("euer", "2"));

    /**
     * A pronoun analysis with the person its form has where the tag marks none: Morphy's tags give 3rd
     * person personal pronouns a gender and polite forms a 2, but say nothing of ich, wir, du (1st and
     * 2nd person by form, {@link #PRONOUN_PERSON}); every other pronoun (sie, die, das, man, jemand) is
     * 3rd person, except "ihr" and "euer", which are 2nd person plural or 3rd person and are left open.
     */
    static FormAnalysis withPerson(String form, FormAnalysis analysis) {
        String lower = form.toLowerCase(java.util.Locale.ROOT);
        if (!analysis.upos().equals("PRON") || analysis.feature("Person") != null || lower.equals("ihr")
                || lower.equals("euer")) {
            return analysis;
        }
        String person = analysis.has("Reflex", "Yes") ? "3" : PRONOUN_PERSON.getOrDefault(lower, "3");
        if (analysis.has("Reflex", "Yes") && PRONOUN_PERSON.containsKey(lower)) {
            person = PRONOUN_PERSON.get(lower);
        }
        java.util.Map<String, String> feats = new java.util.TreeMap<>(analysis.feats());
        feats.put("Person", person);
        return new FormAnalysis(analysis.lemma(), analysis.upos(), feats);
    }
}
