package org.cmsim.listener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Italian dictionary's tags in Universal Dependencies terms. The dictionary ships inside LanguageTool 6.6's
 * language-it module ({@code it/italian.dict}); it is built from Morph-it! 0.4.8 (Baroni and Zanchetta,
 * sslmit.unibo.it/morphit; dual-licensed CC BY-SA 2.0 and LGPL), whose tags the module's {@code it/tagset.txt}
 * documents.
 *
 * <p>Grammar: derivational features in upper case joined by {@code -}, then a colon and inflectional features in
 * lower case joined by {@code +}. {@code NOUN-M:s} noun (gender derivational, number inflectional),
 * {@code ADJ:pos|comp|sup+f|m+s|p}, {@code ART-F:s} article, {@code ARTPRE-M:p} preposition fused with the article
 * (ai), {@code DET-DEMO|INDEF|POSS|WH:f+s}, {@code DET-NUM-CARD}, pronouns with derivational person, gender and
 * number {@code PRO-PERS-3-F-S} (essa), {@code PRO-PERS-CLI-3-F-S} (the clitic la), {@code PRO-PERS-CLI-COM}
 * (clitic clusters: gliene), {@code PRO-DEMO|INDEF|POSS|WH-F-S}, {@code PRO-NUM}; the clitics {@code SI},
 * {@code CI}, {@code CE}, {@code NE}; verbs {@code VER}, {@code AUX} (essere, avere, venire), {@code MOD} (modals),
 * {@code CAU} (causative fare), {@code ASP} (aspectual stare) followed by {@code :mood+tense+person+number} or, for
 * participles, {@code :part+tense+number+gender}, and any clitics attached to the verb ({@code +lo}); {@code PRE}
 * preposition, {@code CON} conjunction, {@code ADV}, {@code WH} (come, quando), {@code WH-CHE} (che), {@code TALE},
 * {@code INT}, {@code NPR} proper name, {@code ABL} abbreviation, {@code PON}, {@code SENT}, {@code SYM}
 * punctuation. Where a form serves both genders, the dictionary lists it once per gender (io {@code PRO-PERS-1-F-S}
 * and {@code PRO-PERS-1-M-S}), so every tag names one.
 *
 * <p>Mapping: moods {@code ind sub cond impr} to {@code Ind Sub Cnd Imp}, {@code inf ger part} to {@code VerbForm}
 * {@code Inf Ger Part}; tenses {@code pres past impf fut} to {@code Pres Past Imp Fut}; attached clitics are not
 * features of the verb and are dropped. {@code AUX}, {@code MOD} and {@code ASP} verbs are {@code AUX}, as in the UD
 * Italian treebanks; {@code CAU} is {@code VERB}. {@code CLI} and the bare clitics give {@code Clitic=Yes}. The
 * dictionary does not tell coordinating from subordinating conjunctions ({@code CON}), nor the complementizer che
 * from the relative pronoun ({@code WH-CHE}), so each gives both. Articles whose lemma is il, lo, la are
 * definite, un, uno, una indefinite.
 */
public final class ItalianTags {

    private static final Map<String, String> GENDER = Map.of("m", "Masc", "f", "Fem", "M", "Masc", "F", "Fem");
    private static final Map<String, String> NUMBER = Map.of("s", "Sing", "p", "Plur", "S", "Sing", "P", "Plur");
    private static final Map<String, String> PERSON = Map.of("1", "1", "2", "2", "3", "3");
    private static final Map<String, String> DEGREE = Map.of("pos", "Pos", "comp", "Cmp", "sup", "Sup");
    private static final Map<String, String> MOOD = Map.of("ind", "Ind", "sub", "Sub", "cond", "Cnd", "impr", "Imp");
    private static final Map<String, String> NON_FINITE = Map.of("inf", "Inf", "ger", "Ger", "part", "Part");
    private static final Map<String, String> TENSE = Map.of("pres", "Pres", "past", "Past", "impf", "Imp",
            "fut", "Fut");
    private static final Map<String, String> PRONOUN_TYPE = Map.of("PERS", "Prs", "DEMO", "Dem", "INDEF", "Ind",
            "POSS", "Prs", "WH", "Int,Rel");

    private ItalianTags() {
    }

    /** The analyses {@code tag} gives a form of {@code lemma}; empty for a tag this table does not map. */
    public static List<FormAnalysis> analyses(String lemma, String tag) {
        String written = tag.strip();
        int colon = written.indexOf(':');
        List<String> derivational = Arrays.asList((colon < 0 ? written : written.substring(0, colon)).split("-"));
        List<String> inflectional = colon < 0 ? List.of()
                : Arrays.asList(written.substring(colon + 1).split("\\+"));
        return switch (derivational.get(0)) {
            case "NOUN" -> gendered(Readings.of(lemma, "NOUN"), derivational, inflectional).toList();
            case "NPR" -> Readings.of(lemma, "PROPN").toList();
            case "ADJ" -> gendered(Readings.of(lemma, "ADJ"), derivational, inflectional)
                    .put("Degree", Readings.first(inflectional, DEGREE)).toList();
            case "ART" -> gendered(Readings.of(lemma, "DET"), derivational, inflectional).put("PronType", "Art")
                    .put("Definite", definiteness(lemma)).toList();
            case "ARTPRE" -> gendered(Readings.of(lemma, "ADP"), derivational, inflectional).toList();
            case "DET" -> determiner(lemma, derivational, inflectional);
            case "TALE" -> gendered(Readings.of(lemma, "DET"), derivational, inflectional).toList();
            case "PRO" -> pronoun(lemma, derivational);
            case "SI", "CI", "CE", "NE" -> Readings.of(lemma, "PRON").put("PronType", "Prs").put("Clitic", "Yes")
                    .toList();
            case "VER", "CAU" -> verb(Readings.of(lemma, "VERB"), inflectional);
            case "AUX", "MOD", "ASP" -> verb(Readings.of(lemma, "AUX"), inflectional);
            case "PRE" -> Readings.of(lemma, "ADP").toList();
            case "CON" -> Readings.ofEach(lemma, List.of("CCONJ", "SCONJ")).toList();
            case "ADV" -> Readings.of(lemma, "ADV").toList();
            case "WH" -> derivational.contains("CHE") ? complementizerOrRelative(lemma)
                    : Readings.of(lemma, "ADV").put("PronType", "Int,Rel").toList();
            case "INT" -> Readings.of(lemma, "INTJ").toList();
            case "ABL" -> Readings.of(lemma, "X").put("Abbr", "Yes").toList();
            default -> List.of();
        };
    }

    private static List<FormAnalysis> complementizerOrRelative(String lemma) {
        List<FormAnalysis> both = new ArrayList<>(Readings.of(lemma, "SCONJ").toList());
        both.addAll(Readings.of(lemma, "PRON").put("PronType", "Rel").toList());
        return List.copyOf(both);
    }

    private static Readings gendered(Readings readings, List<String> derivational, List<String> inflectional) {
        String gender = Readings.first(inflectional, GENDER);
        if (gender == null && derivational.size() > 1) {
            gender = Readings.first(derivational.subList(1, derivational.size()), GENDER);
        }
        return readings.put("Gender", gender).put("Number", Readings.first(inflectional, NUMBER));
    }

    private static String definiteness(String lemma) {
        return switch (lemma) {
            case "il", "lo", "la", "i", "gli", "le" -> "Def";
            case "un", "uno", "una" -> "Ind";
            default -> null;
        };
    }

    private static List<FormAnalysis> determiner(String lemma, List<String> derivational, List<String> inflectional) {
        String kind = derivational.size() > 1 ? derivational.get(1) : "";
        if (kind.equals("NUM")) {
            return Readings.of(lemma, "NUM").put("NumType", "Card").toList();
        }
        Readings determiner = gendered(Readings.of(lemma, "DET"), derivational, inflectional)
                .put("PronType", PRONOUN_TYPE.get(kind));
        return (kind.equals("POSS") ? determiner.put("Poss", "Yes") : determiner).toList();
    }

    /** {@code PRO-kind[-CLI][-person]-gender-number}, all derivational. */
    private static List<FormAnalysis> pronoun(String lemma, List<String> derivational) {
        String kind = derivational.size() > 1 ? derivational.get(1) : "";
        if (kind.equals("NUM")) {
            return Readings.of(lemma, "NUM").put("NumType", "Card").toList();
        }
        List<String> rest = derivational.subList(Math.min(2, derivational.size()), derivational.size());
        Readings pronoun = Readings.of(lemma, "PRON").put("PronType", PRONOUN_TYPE.get(kind))
                .put("Person", Readings.first(rest, PERSON)).put("Gender", Readings.first(rest, GENDER))
                .put("Number", Readings.first(rest, NUMBER));
        if (rest.contains("CLI")) {
            pronoun.put("Clitic", "Yes");
        }
        return (kind.equals("POSS") ? pronoun.put("Poss", "Yes") : pronoun).toList();
    }

    private static List<FormAnalysis> verb(Readings verb, List<String> inflectional) {
        String mood = Readings.first(inflectional, MOOD);
        String nonFinite = Readings.first(inflectional, NON_FINITE);
        if (mood == null && nonFinite == null) {
            return List.of();
        }
        verb.put("VerbForm", mood != null ? "Fin" : nonFinite).put("Mood", mood)
                .put("Tense", Readings.first(inflectional, TENSE)).put("Person", Readings.first(inflectional, PERSON))
                .put("Number", Readings.first(inflectional, NUMBER));
        if ("Part".equals(nonFinite)) {
            verb.put("Gender", Readings.first(inflectional, GENDER));
        }
        return verb.toList();
    }
}
