package org.cmsim.listener;

import java.util.List;
import java.util.Set;

/**
 * The English dictionary's tags in Universal Dependencies terms. The dictionary is english-pos-dict 0.6 as shipped
 * with LanguageTool 6.6 (LGPL 2.1); its tags are the Penn Treebank tag set (Santorini 1990, "Part-of-Speech Tagging
 * Guidelines for the Penn Treebank Project") with LanguageTool's extensions, listed in LanguageTool's
 * {@code en/tagset.txt}.
 *
 * <p>Grammar: a Penn tag ({@code NN NNS NNP NNPS JJ JJR JJS RB RBR RBS VB VBP VBZ VBD VBN VBG MD DT PDT IN RP TO CC
 * CD EX UH WDT WP WP$ WRB POS FW}), nouns optionally followed by {@code :U} (uncountable) or {@code :UN} (countable
 * or not). Personal pronouns carry their form after an underscore: {@code PRP_} then {@code S} (subject form),
 * {@code O} (object form) or {@code R} (reflexive), person {@code 1 2 3}, number {@code S P}, and for the third
 * person singular a gender {@code M F N} ({@code him PRP_O3SM}, {@code she PRP_S3SF}); possessives are
 * {@code PRP$_} then {@code A} (before a noun: my) or {@code P} (standing alone: mine) and the same person, number
 * and gender. A bare {@code PRP} or {@code PRP$} marks the form as a pronoun without saying more; the dictionary
 * gives it to every personal pronoun form beside the refined tag ({@code him PRP} and {@code PRP_O3SM}), and alone
 * to the rest (someone, oneself, thee).
 *
 * <p>Mapping, following the UD English treebanks: {@code VBZ} is finite present third person singular,
 * {@code VBP} finite present (person and number left open), {@code VBD} finite past (was and were share it, so
 * number is left open), {@code VBN} a past participle, {@code VBG} {@code VerbForm=Ger}, {@code VB} the infinitive;
 * {@code MD} is {@code AUX}, and forms of be, have and do give an {@code AUX} and a {@code VERB} analysis, as the tag
 * does not tell the auxiliary from the main verb. {@code S} and {@code O} forms are {@code Case=Nom} and
 * {@code Case=Acc} with {@code PronRole=Subj} and {@code PronRole=Obj}; reflexives are {@code Case=Acc} and
 * {@code Reflex=Yes}. {@code IN} covers prepositions and subordinating conjunctions, so it gives {@code ADP} and
 * {@code SCONJ}; {@code RP} is {@code ADP}, {@code TO} {@code PART}. The determiner the is {@code Definite=Def} and
 * a, an {@code Definite=Ind} ({@code PronType=Art}): Penn's {@code DT} does not tell articles from other
 * determiners, their lemma does. Punctuation tags give nothing, and so does the bare {@code PRP} or {@code PRP$}
 * of a form whose lemma is one of the personal pronouns with refined tags: read beside {@code PRP_O3SM}, it would
 * add an analysis that leaves the case of him open. (The archaic thee and hisself, which the dictionary files under
 * you and he with the bare tag only, lose their analysis with it.)
 */
public final class EnglishTags {

    private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "do");
    /** The lemmas the dictionary gives a bare {@code PRP} or {@code PRP$} beside a refined tag. */
    private static final Set<String> REFINED_PRONOUN_LEMMAS = Set.of("I", "you", "he", "she", "it", "we", "they",
            "my", "mine", "myself", "your", "yours", "yourself", "his", "himself", "her", "hers", "herself", "its",
            "itself", "our", "ours", "ourselves", "their", "theirs", "themself", "themselves");

    private EnglishTags() {
    }

    /** The analyses {@code tag} gives a form of {@code lemma}; empty for a tag this table does not map. */
    public static List<FormAnalysis> analyses(String lemma, String tag) {
        String written = tag.strip();
        if (written.startsWith("PRP$_")) {
            return personal(Readings.of(lemma, "PRON"), written.substring("PRP$_".length())).put("Poss", "Yes")
                    .toList();
        }
        if (written.startsWith("PRP_")) {
            return personal(Readings.of(lemma, "PRON"), written.substring("PRP_".length())).toList();
        }
        if ((written.equals("PRP") || written.equals("PRP$")) && REFINED_PRONOUN_LEMMAS.contains(lemma)) {
            return List.of();
        }
        String penn = written.contains(":") ? written.substring(0, written.indexOf(':')) : written;
        return switch (penn) {
            case "NN" -> Readings.of(lemma, "NOUN").put("Number", "Sing").toList();
            case "NNS" -> Readings.of(lemma, "NOUN").put("Number", "Plur").toList();
            case "NNP" -> Readings.of(lemma, "PROPN").put("Number", "Sing").toList();
            case "NNPS" -> Readings.of(lemma, "PROPN").put("Number", "Plur").toList();
            case "JJ" -> Readings.of(lemma, "ADJ").put("Degree", "Pos").toList();
            case "JJR" -> Readings.of(lemma, "ADJ").put("Degree", "Cmp").toList();
            case "JJS" -> Readings.of(lemma, "ADJ").put("Degree", "Sup").toList();
            case "RB" -> Readings.of(lemma, "ADV").toList();
            case "RBR" -> Readings.of(lemma, "ADV").put("Degree", "Cmp").toList();
            case "RBS" -> Readings.of(lemma, "ADV").put("Degree", "Sup").toList();
            case "VB" -> verb(lemma).put("VerbForm", "Inf").toList();
            case "VBP" -> verb(lemma).put("VerbForm", "Fin").put("Mood", "Ind").put("Tense", "Pres").toList();
            case "VBZ" -> verb(lemma).put("VerbForm", "Fin").put("Mood", "Ind").put("Tense", "Pres")
                    .put("Person", "3").put("Number", "Sing").toList();
            case "VBD" -> verb(lemma).put("VerbForm", "Fin").put("Mood", "Ind").put("Tense", "Past").toList();
            case "VBN" -> verb(lemma).put("VerbForm", "Part").put("Tense", "Past").toList();
            case "VBG" -> verb(lemma).put("VerbForm", "Ger").toList();
            case "MD" -> Readings.of(lemma, "AUX").put("VerbForm", "Fin").toList();
            case "DT" -> determiner(lemma).toList();
            case "PDT" -> Readings.of(lemma, "DET").toList();
            case "PRP" -> Readings.of(lemma, "PRON").put("PronType", "Prs").toList();
            case "PRP$" -> Readings.of(lemma, "PRON").put("PronType", "Prs").put("Poss", "Yes").toList();
            case "EX" -> Readings.of(lemma, "PRON").put("PronType", "Dem").toList();
            case "WDT" -> Readings.of(lemma, "DET").put("PronType", "Int,Rel").toList();
            case "WP" -> Readings.of(lemma, "PRON").put("PronType", "Int,Rel").toList();
            case "WP$" -> Readings.of(lemma, "PRON").put("PronType", "Int,Rel").put("Poss", "Yes").toList();
            case "WRB" -> Readings.of(lemma, "ADV").put("PronType", "Int,Rel").toList();
            case "IN" -> Readings.ofEach(lemma, List.of("ADP", "SCONJ")).toList();
            case "RP" -> Readings.of(lemma, "ADP").toList();
            case "TO", "POS" -> Readings.of(lemma, "PART").toList();
            case "CC" -> Readings.of(lemma, "CCONJ").toList();
            case "CD" -> Readings.of(lemma, "NUM").put("NumType", "Card").toList();
            case "UH" -> Readings.of(lemma, "INTJ").toList();
            case "FW" -> Readings.of(lemma, "X").put("Foreign", "Yes").toList();
            default -> List.of();
        };
    }

    private static Readings verb(String lemma) {
        return AUXILIARY_LEMMAS.contains(lemma) ? Readings.ofEach(lemma, List.of("AUX", "VERB"))
                : Readings.of(lemma, "VERB");
    }

    private static Readings determiner(String lemma) {
        Readings determiner = Readings.of(lemma, "DET");
        return switch (lemma) {
            case "the" -> determiner.put("PronType", "Art").put("Definite", "Def");
            case "a", "an" -> determiner.put("PronType", "Art").put("Definite", "Ind");
            default -> determiner;
        };
    }

    /**
     * A personal pronoun's form code after the underscore: role or possessive kind ({@code S O R A P}), person,
     * number, and an optional gender.
     */
    private static Readings personal(Readings readings, String code) {
        readings.put("PronType", "Prs");
        if (code.isEmpty()) {
            return readings;
        }
        switch (code.charAt(0)) {
            case 'S' -> readings.put("Case", "Nom").put("PronRole", "Subj");
            case 'O' -> readings.put("Case", "Acc").put("PronRole", "Obj");
            case 'R' -> readings.put("Case", "Acc").put("Reflex", "Yes");
            default -> { }
        }
        for (char c : code.substring(1).toCharArray()) {
            switch (c) {
                case '1', '2', '3' -> readings.put("Person", String.valueOf(c));
                case 'S' -> readings.put("Number", "Sing");
                case 'P' -> readings.put("Number", "Plur");
                case 'M' -> readings.put("Gender", "Masc");
                case 'F' -> readings.put("Gender", "Fem");
                case 'N' -> readings.put("Gender", "Neut");
                default -> { }
            }
        }
        return readings;
    }

    /**
     * The number and person that the forms of "be" tell where the tag does not: "am" ("'m") is 1st person
     * singular, "was" singular (1st or 3rd person; "were" is plural or 2nd singular, which a feature at a
     * time cannot say, so it stays open).
     */
    static List<FormAnalysis> withForm(String form, FormAnalysis analysis) {
        String lower = form.toLowerCase(java.util.Locale.ROOT);
        boolean finiteBe = analysis.lemma().equals("be") && analysis.has("VerbForm", "Fin");
        boolean am = lower.equals("am") || lower.equals("'m");
        if (!finiteBe || analysis.feature("Number") != null || !(am || lower.equals("was"))) {
            return List.of(analysis);
        }
        List<FormAnalysis> out = new java.util.ArrayList<>();
        for (String person : am ? List.of("1") : List.of("1", "3")) {
            java.util.Map<String, String> feats = new java.util.TreeMap<>(analysis.feats());
            feats.put("Number", "Sing");
            feats.put("Person", person);
            out.add(new FormAnalysis(analysis.lemma(), analysis.upos(), feats));
        }
        return out;
    }
}
