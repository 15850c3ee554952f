package org.cmsim.listener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Dutch dictionary's tags in Universal Dependencies terms. The dictionary is dutch-pos-dict 0.1 as shipped with
 * LanguageTool 6.6 (Jaume Ortolà's dutch-dict-tools, from OpenTaal data; its README licenses the POS data under CC
 * BY 3.0 or BSD). The tag set is documented only by its data; the reading below is checked against the
 * dictionary's own entries.
 *
 * <p>Grammar: colon-separated, word class first. {@code ZNW} noun: {@code EKV} singular or {@code MRV} plural,
 * {@code VRK} diminutive, {@code DE_} (a de-word: common gender) or {@code HET} (neuter), {@code BEZ} genitive
 * ({@code hond ZNW:EKV:DE_}). {@code ENM} proper name. {@code WKW} verb: {@code TGW} present, {@code VLT} past,
 * with {@code 1EP} or {@code 3EP} (first or third person singular), {@code GIJ} (the gij form, second person) or
 * {@code INF} (the plural form, which in the present is also the infinitive); {@code VTD} past participle,
 * {@code ODW} present participle, {@code AWS} the (archaic) subjunctive, {@code ONV VRB} uninflected and
 * inflected, {@code LOS} the split form of a separable verb, {@code ZNW} nominalised. {@code BNW} adjective:
 * {@code STL} positive, {@code VGR} comparative, {@code OVR} and {@code ALR} superlative, {@code STF} material
 * adjective. {@code VNW} pronoun: {@code PER}
 * personal with person {@code 1EP 2EP 3EP}, number, and {@code ACT} (subject form), {@code PSF} (object form) or
 * {@code BEZ} (possessive): {@code hij VNW:PER:3EP:EKV:ACT}, {@code hem VNW:PER:3EP:EKV:PSF}; {@code AWZ}
 * demonstrative (which includes the articles de and het), {@code OBP} indefinite, {@code VRG} interrogative,
 * {@code RFX} reflexive, {@code OND} (het as a pronoun). {@code VRZ} preposition, {@code VGW} conjunction
 * ({@code VGW:EKV:DE_} the relative die), {@code BYW} adverb, {@code TSW} interjection, {@code GET} numeral
 * ({@code RNG} ordinal), {@code MEH} unit.
 *
 * <p>Mapping, following the UD Dutch treebanks: {@code DE_} to {@code Gender=Com} and {@code HET} to
 * {@code Gender=Neut} on singulars (a plural's de says nothing about gender); {@code ACT} to {@code Case=Nom} with
 * {@code PronRole=Subj}, {@code PSF} to {@code Case=Acc} with {@code PronRole=Obj}. A present {@code INF} form gives
 * an infinitive and a finite present plural analysis; a past {@code INF} form is finite past plural. Forms of
 * zijn, hebben, worden and zullen give an {@code AUX} and a {@code VERB} analysis. The determiners de and het are
 * articles ({@code PronType=Art}, {@code Definite=Def}); een, tagged only as a number word, gives a {@code NUM} and
 * an indefinite article analysis. {@code VGW} does not tell coordinating from subordinating conjunctions, so it
 * gives both. Compound parts ({@code DVS DVW}) give nothing.
 */
public final class DutchTags {

    private static final Map<String, String> NUMBER = Map.of("EKV", "Sing", "MRV", "Plur");
    private static final Map<String, String> PERSON = Map.of("1EP", "1", "2EP", "2", "3EP", "3", "GIJ", "2");
    private static final Map<String, String> DEGREE = Map.of("STL", "Pos", "STF", "Pos", "VGR", "Cmp", "OVR", "Sup",
            "ALR", "Sup");
    private static final Map<String, String> PRONOUN_TYPE = Map.of("PER", "Prs", "RFX", "Prs", "AWZ", "Dem",
            "OBP", "Ind", "VRG", "Int", "BEZ", "Prs");
    private static final Set<String> AUXILIARY_LEMMAS = Set.of("zijn", "hebben", "worden", "zullen");

    private DutchTags() {
    }

    /** The analyses {@code tag} gives a form of {@code lemma}; empty for a tag this table does not map. */
    public static List<FormAnalysis> analyses(String lemma, String tag) {
        List<String> parts = Arrays.asList(tag.strip().split(":"));
        return switch (parts.get(0)) {
            case "ZNW", "MEH" -> nominal(Readings.of(lemma, "NOUN"), parts)
                    .put("Case", parts.contains("BEZ") ? "Gen" : null)
                    .put("Degree", parts.contains("VRK") ? "Dim" : null).toList();
            case "ENM" -> Readings.of(lemma, "PROPN").toList();
            case "WKW" -> verb(lemma, parts);
            case "BNW" -> Readings.of(lemma, "ADJ").put("Degree", Readings.first(parts, DEGREE)).toList();
            case "VNW" -> pronoun(lemma, parts);
            case "VRZ" -> Readings.of(lemma, "ADP").toList();
            case "VGW" -> parts.size() > 1
                    ? nominal(Readings.of(lemma, "PRON"), parts).put("PronType", "Rel").toList()
                    : Readings.ofEach(lemma, List.of("CCONJ", "SCONJ")).toList();
            case "BYW" -> Readings.of(lemma, "ADV").toList();
            case "TSW" -> Readings.of(lemma, "INTJ").toList();
            case "GET" -> number(lemma, parts);
            default -> List.of();
        };
    }

    /** Number, and gender where a singular's de or het tells it. */
    private static Readings nominal(Readings readings, List<String> parts) {
        String number = Readings.first(parts, NUMBER);
        readings.put("Number", number);
        if ("Sing".equals(number)) {
            readings.put("Gender", parts.contains("HET") ? "Neut" : parts.contains("DE_") ? "Com" : null);
        }
        return readings;
    }

    private static List<FormAnalysis> verb(String lemma, List<String> parts) {
        if (parts.contains("ZNW")) {
            return nominal(Readings.of(lemma, "NOUN"), parts).put("VerbForm", parts.contains("INF") ? "Inf" : null)
                    .toList();
        }
        Readings verb = auxiliaryOrVerb(lemma);
        if (parts.contains("VTD")) {
            return verb.put("VerbForm", "Part").put("Tense", "Past").toList();
        }
        if (parts.contains("ODW")) {
            return verb.put("VerbForm", "Part").put("Tense", "Pres").toList();
        }
        if (parts.contains("AWS")) {
            return verb.put("VerbForm", "Fin").put("Mood", "Sub").toList();
        }
        boolean present = parts.contains("TGW");
        if (!present && !parts.contains("VLT")) {
            return List.of();
        }
        verb.put("VerbForm", "Fin").put("Tense", present ? "Pres" : "Past");
        if (parts.contains("INF")) {
            List<FormAnalysis> finite = verb.put("Number", "Plur").toList();
            if (!present) {
                return finite;
            }
            List<FormAnalysis> finiteOrInfinitive = new ArrayList<>(finite);
            finiteOrInfinitive.addAll(auxiliaryOrVerb(lemma).put("VerbForm", "Inf").toList());
            return List.copyOf(finiteOrInfinitive);
        }
        String person = Readings.first(parts, PERSON);
        boolean singular = person != null && !parts.contains("GIJ");
        return verb.put("Person", person).put("Number", singular ? "Sing" : null).toList();
    }

    private static Readings auxiliaryOrVerb(String lemma) {
        return AUXILIARY_LEMMAS.contains(lemma) ? Readings.ofEach(lemma, List.of("AUX", "VERB"))
                : Readings.of(lemma, "VERB");
    }

    private static List<FormAnalysis> pronoun(String lemma, List<String> parts) {
        String kind = parts.size() > 1 ? parts.get(1) : "";
        if (kind.equals("AWZ")) {
            Readings determiner = nominal(Readings.of(lemma, "DET"), parts);
            return (lemma.equals("de") || lemma.equals("het")
                    ? determiner.put("PronType", "Art").put("Definite", "Def")
                    : determiner.put("PronType", "Dem")).toList();
        }
        Readings pronoun = nominal(Readings.of(lemma, "PRON"), parts).put("PronType", PRONOUN_TYPE.get(kind))
                .put("Person", Readings.first(parts, PERSON));
        if (parts.contains("ACT")) {
            pronoun.put("Case", "Nom").put("PronRole", "Subj");
        } else if (parts.contains("PSF")) {
            pronoun.put("Case", "Acc").put("PronRole", "Obj");
        } else if (parts.contains("BEZ")) {
            pronoun.put("PronType", "Prs").put("Poss", "Yes");
        }
        if (kind.equals("RFX")) {
            pronoun.put("Reflex", "Yes");
        }
        return pronoun.toList();
    }

    private static List<FormAnalysis> number(String lemma, List<String> parts) {
        if (parts.contains("RNG")) {
            return Readings.of(lemma, "ADJ").put("NumType", "Ord").toList();
        }
        List<FormAnalysis> numeral = Readings.of(lemma, "NUM").put("NumType", "Card").toList();
        if (!lemma.equals("een")) {
            return numeral;
        }
        List<FormAnalysis> numeralOrArticle = new ArrayList<>(numeral);
        numeralOrArticle.addAll(Readings.of(lemma, "DET").put("PronType", "Art").put("Definite", "Ind").toList());
        return List.copyOf(numeralOrArticle);
    }

    /**
     * The persons a finite singular verb form serves, which the dictionary names by one paradigm slot:
     * the present 1EP form (the stem, "zie") is 1st person, and 2nd where the subject follows ("zie je");
     * the present 3EP form (stem + t, "vindt") is 2nd and 3rd person ("jij vindt", "hij vindt"); a past
     * singular ("nam") is every person (ANS, Algemene Nederlandse Spraakkunst, 2nd ed., 1997, 2.3).
     */
    static List<FormAnalysis> withPersons(FormAnalysis analysis) {
        String person = analysis.feature("Person");
        if (person == null || !analysis.has("VerbForm", "Fin") || !analysis.has("Number", "Sing")) {
            return List.of(analysis);
        }
        List<String> persons = analysis.has("Tense", "Past") ? List.of("1", "2", "3")
                : person.equals("1") ? List.of("1", "2") : person.equals("3") ? List.of("2", "3") : List.of(person);
        List<FormAnalysis> out = new ArrayList<>();
        for (String p : persons) {
            java.util.Map<String, String> feats = new java.util.TreeMap<>(analysis.feats());
            feats.put("Person", p);
            out.add(new FormAnalysis(analysis.lemma(), analysis.upos(), feats));
        }
        return out;
    }
}
