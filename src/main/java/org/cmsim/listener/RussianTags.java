package org.cmsim.listener;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Russian dictionary's tags in Universal Dependencies terms. The dictionary ships inside LanguageTool 6.6's
 * language-ru module ({@code ru/russian.dict}); it was converted by Yakov Reztsov from the AOT morphological
 * dictionary (aot.ru, {@code morphs.mrd}, LGPL), and its tags are documented in the module's {@code ru/tagset.txt}.
 *
 * <p>Grammar: a tag is colon-separated, word class first: {@code NN} noun ({@code NN:Name}, {@code NN:Patr},
 * {@code NN:Fam} for first names, patronymics, family names), {@code PNN} pronoun, {@code ADJ} adjective
 * ({@code ADJ:MPR} pronominal adjective), {@code VB} verb, {@code PT} and {@code PT_Short} participle, {@code DPT}
 * adverbial participle, {@code Num}, {@code NumC} (collective) and {@code Ord} numerals, {@code PREP}, {@code CONJ},
 * {@code PARTICLE}, {@code INTERJECTION}, {@code PARENTHESIS}, {@code PRDC} (predicative), {@code ADV}, {@code ABR}.
 * The rest are features, in a fixed order per class: animacy {@code Anim}, {@code Inanim} or {@code Inanimanim}
 * (either), gender {@code Masc Fem Neut}, number {@code Sin PL}, case, person {@code P1 P2 P3}, tense {@code Past},
 * {@code Real} (present), {@code Fut}, {@code INF}, {@code IMP} (imperative), transitivity {@code TRANS INTR},
 * aspect {@code IMPFV PFV 2PFV} (either), participle voice {@code DST} (active) and {@code STR} (passive), degree
 * {@code Posit Comp Sup}, {@code Short}, {@code Talk} (colloquial). Examples: {@code мать NN:Anim:Fem:Sin:V},
 * {@code любит VB:Real:TRANS:IMPFV:Sin:P3}, {@code он PNN:Masc:Nom:P3}.
 *
 * <p>Cases are AOT's letters, checked against the dictionary's own forms of мальчик ({@code мальчика R} and
 * {@code V}, {@code мальчику D}, {@code мальчиком T}, {@code мальчике P}): {@code Nom}, {@code R} genitive,
 * {@code D} dative, {@code V} accusative, {@code T} instrumental, {@code P} prepositional, {@code Z} vocative, and
 * the second genitive {@code 2R} and second prepositional {@code 2P} (чаю, лесу). They map to UD {@code Nom Gen Dat
 * Acc Ins Loc Voc}, with {@code 2R} as {@code Par} (partitive) and {@code 2P} as {@code Loc}, as the UD Russian
 * treebanks do. {@code Inanimanim} and {@code 2PFV} leave {@code Animacy} and {@code Aspect} out, as the tag allows
 * either value. Adverbial participles are {@code VerbForm=Conv}, participles {@code VERB} with
 * {@code VerbForm=Part}, short forms {@code Variant=Short}, pronominal adjectives {@code DET}; a pronoun with a person
 * is {@code PronType=Prs}. {@code CONJ} does not tell coordinating from subordinating, so it gives both.
 */
public final class RussianTags {

    private static final Map<String, String> CASE = Map.of("Nom", "Nom", "R", "Gen", "2R", "Par", "D", "Dat",
            "V", "Acc", "T", "Ins", "P", "Loc", "2P", "Loc", "Z", "Voc");
    private static final Map<String, String> NUMBER = Map.of("Sin", "Sing", "PL", "Plur");
    private static final Map<String, String> GENDER = Map.of("Masc", "Masc", "Fem", "Fem", "Neut", "Neut");
    private static final Map<String, String> ANIMACY = Map.of("Anim", "Anim", "Inanim", "Inan");
    private static final Map<String, String> PERSON = Map.of("P1", "1", "P2", "2", "P3", "3");
    private static final Map<String, String> TENSE = Map.of("Past", "Past", "Real", "Pres", "Fut", "Fut");
    private static final Map<String, String> ASPECT = Map.of("IMPFV", "Imp", "PFV", "Perf");
    private static final Map<String, String> VOICE = Map.of("DST", "Act", "STR", "Pass");
    private static final Map<String, String> DEGREE = Map.of("Posit", "Pos", "Comp", "Cmp", "Sup", "Sup");
    private static final Map<String, String> SUBCATEGORY = Map.of("TRANS", "Tran", "INTR", "Intr");

    private RussianTags() {
    }

    /** The analyses {@code tag} gives a form of {@code lemma}; empty for a tag this table does not map. */
    public static List<FormAnalysis> analyses(String lemma, String tag) {
        List<String> parts = Arrays.asList(tag.strip().split(":"));
        return switch (parts.get(0)) {
            case "NN" -> {
                boolean name = parts.contains("Name") || parts.contains("Patr") || parts.contains("Fam");
                yield nominal(Readings.of(lemma, name ? "PROPN" : "NOUN"), parts).toList();
            }
            case "PNN" -> {
                Readings pronoun = nominal(Readings.of(lemma, "PRON"), parts);
                yield pronoun.put("PronType", Readings.first(parts, PERSON) != null ? "Prs" : null).toList();
            }
            case "ADJ" -> nominal(Readings.of(lemma, parts.contains("MPR") ? "DET" : "ADJ"), parts)
                    .put("Degree", Readings.first(parts, DEGREE)).put("Variant", parts.contains("Short") ? "Short" : null)
                    .toList();
            case "Ord" -> nominal(Readings.of(lemma, "ADJ"), parts).put("NumType", "Ord").toList();
            case "Num", "NumC" -> nominal(Readings.of(lemma, "NUM"), parts).put("NumType", "Card").toList();
            case "VB" -> finiteOrInfinitive(verbal(Readings.of(lemma, "VERB"), parts), parts).toList();
            case "PT", "PT_Short" -> nominal(verbal(Readings.of(lemma, "VERB"), parts), parts)
                    .put("VerbForm", "Part").put("Tense", Readings.first(parts, TENSE)).put("Voice", Readings.first(parts, VOICE))
                    .put("Variant", parts.get(0).equals("PT_Short") ? "Short" : null).toList();
            case "DPT" -> verbal(Readings.of(lemma, "VERB"), parts).put("VerbForm", "Conv")
                    .put("Tense", Readings.first(parts, TENSE)).toList();
            case "PREP" -> Readings.of(lemma, "ADP").toList();
            case "CONJ" -> Readings.ofEach(lemma, List.of("CCONJ", "SCONJ")).toList();
            case "PARTICLE" -> Readings.of(lemma, "PART").toList();
            case "INTERJECTION" -> Readings.of(lemma, "INTJ").toList();
            case "ADV", "PARENTHESIS", "PRDC" -> Readings.of(lemma, "ADV").toList();
            case "ABR" -> nominal(Readings.of(lemma, "X"), parts).put("Abbr", "Yes").toList();
            default -> List.of();
        };
    }

    private static Readings nominal(Readings readings, List<String> parts) {
        return readings.put("Case", Readings.first(parts, CASE)).put("Number", Readings.first(parts, NUMBER))
                .put("Gender", Readings.first(parts, GENDER)).put("Animacy", Readings.first(parts, ANIMACY))
                .put("Person", Readings.first(parts, PERSON));
    }

    private static Readings verbal(Readings readings, List<String> parts) {
        return readings.put("Aspect", Readings.first(parts, ASPECT)).put("Subcat", Readings.first(parts, SUBCATEGORY));
    }

    private static Readings finiteOrInfinitive(Readings readings, List<String> parts) {
        if (parts.contains("INF")) {
            return readings.put("VerbForm", "Inf");
        }
        readings.put("VerbForm", "Fin").put("Number", Readings.first(parts, NUMBER)).put("Person", Readings.first(parts, PERSON))
                .put("Gender", Readings.first(parts, GENDER));
        if (parts.contains("IMP")) {
            return readings.put("Mood", "Imp");
        }
        return readings.put("Mood", "Ind").put("Tense", Readings.first(parts, TENSE));
    }

    /**
     * Russian marks gender only in the singular (past tense "сделал", short adjectives, "он"): an analysis
     * with a gender and no number is singular.
     */
    static FormAnalysis singularWhereGendered(FormAnalysis analysis) {
        if (analysis.feature("Gender") == null || analysis.feature("Number") != null) {
            return analysis;
        }
        java.util.Map<String, String> feats = new java.util.TreeMap<>(analysis.feats());
        feats.put("Number", "Sing");
        return new FormAnalysis(analysis.lemma(), analysis.upos(), feats);
    }
}
