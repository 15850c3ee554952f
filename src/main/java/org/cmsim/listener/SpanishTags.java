package org.cmsim.listener;

import java.util.List;
import java.util.Map;

/**
 * The Spanish dictionary's tags in Universal Dependencies terms. The dictionary is spanish-pos-dict 2.3 as shipped
 * with LanguageTool 6.6 (LGPL 2.1, Jaume Ortolà's spanish-dict-tools); its tags are the EAGLES tag set as FreeLing
 * writes it for Spanish (Padró and Stanilovsky 2012, "FreeLing 3.0"; FreeLing's "Spanish tagset" page). The
 * dictionary stores a frequency letter after every tag ({@code NCMS000A}); the dictionary reader strips it before
 * the tag reaches this table.
 *
 * <p>Grammar: one letter per position, the first the category. Nouns {@code N type gender number ...}
 * ({@code NCMS000}: common, masculine, singular; {@code NP} proper); adjectives {@code A type degree gender number
 * participle} ({@code AQ0MS0}; {@code AO} ordinal); determiners {@code D type person gender number possessor}
 * ({@code DA0FS0}: article, feminine, singular), type {@code A} article, {@code D} demonstrative, {@code I}
 * indefinite, {@code P} possessive, {@code T} interrogative, {@code E} exclamative, {@code N} numeral; pronouns
 * {@code P type person gender number case possessor politeness} ({@code PP3FSA00}: personal, third person,
 * feminine, singular, accusative), type {@code P} personal, {@code 0} the reflexive clitics me, te, se, nos, os,
 * {@code D I X T R E} as for determiners plus {@code X} possessive and {@code R} relative, case {@code N} nominative,
 * {@code A} accusative, {@code D} dative, {@code O} oblique (conmigo); verbs {@code V type mood tense person number
 * gender} ({@code VMIP3S0}), type {@code M} main, {@code A} auxiliary (haber), {@code S} semi-auxiliary (ser), mood
 * {@code I} indicative, {@code S} subjunctive, {@code M} imperative, {@code N} infinitive, {@code G} gerund,
 * {@code P} participle, tense {@code P} present, {@code I} imperfect, {@code F} future, {@code S} past, {@code C}
 * conditional; {@code SP} preposition ({@code SPS00}; {@code SP:DA} al, del), {@code CC CS} conjunctions,
 * {@code RG} adverb, {@code RN} negation, {@code I} interjection. Gender {@code C} (common) and number {@code N}
 * (invariable) say nothing, {@code 0} marks an empty position.
 *
 * <p>Mapping, following the UD Spanish treebanks: gender {@code M F N} to {@code Masc Fem Neut}; {@code C}, number
 * {@code N} and {@code 0} leave the feature out. Case {@code N A D} to {@code Nom Acc Dat}, {@code O} to
 * {@code PrepCase=Pre}. Conditional ({@code VMIC}) is {@code Mood=Cnd}; past {@code S} is {@code Tense=Past},
 * imperfect {@code Tense=Imp}. Haber ({@code VA}) and ser ({@code VS}) are {@code AUX}. The clitics the tag marks
 * as clitics, by the accusative or dative case only clitic forms carry (lo, la, le, les) or by the reflexive type
 * {@code 0}, are {@code Clitic=Yes}. Articles ({@code DA}) are definite; the dictionary tags un as an indefinite
 * determiner ({@code DI}), so it is {@code PronType=Ind}. The prefix entries ({@code MS}, {@code FP}: antiindio) and
 * punctuation ({@code F}) give nothing.
 */
public final class SpanishTags {

    private static final Map<Character, String> GENDER = Map.of('M', "Masc", 'F', "Fem", 'N', "Neut");
    private static final Map<Character, String> NUMBER = Map.of('S', "Sing", 'P', "Plur");
    private static final Map<Character, String> PERSON = Map.of('1', "1", '2', "2", '3', "3");
    private static final Map<Character, String> PRONOUN_TYPE = Map.of('A', "Art", 'D', "Dem", 'I', "Ind",
            'P', "Prs", 'X', "Prs", 'T', "Int", 'E', "Exc", 'R', "Rel", '0', "Prs");
    private static final Map<Character, String> MOOD = Map.of('I', "Ind", 'S', "Sub", 'M', "Imp");
    private static final Map<Character, String> TENSE = Map.of('P', "Pres", 'I', "Imp", 'F', "Fut", 'S', "Past");

    private SpanishTags() {
    }

    /** The analyses {@code tag} gives a form of {@code lemma}; empty for a tag this table does not map. */
    public static List<FormAnalysis> analyses(String lemma, String tag) {
        String t = tag.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        return switch (t.charAt(0)) {
            case 'N' -> t.length() < 4 ? List.of()
                    : Readings.of(lemma, at(t, 1) == 'P' ? "PROPN" : "NOUN").put("Gender", GENDER.get(at(t, 2)))
                            .put("Number", NUMBER.get(at(t, 3))).toList();
            case 'A' -> t.length() < 5 ? List.of()
                    : Readings.of(lemma, "ADJ").put("Gender", GENDER.get(at(t, 3))).put("Number", NUMBER.get(at(t, 4)))
                            .put("NumType", at(t, 1) == 'O' ? "Ord" : null)
                            .put("VerbForm", at(t, 5) == 'P' ? "Part" : null).toList();
            case 'D' -> determiner(lemma, t);
            case 'P' -> pronoun(lemma, t);
            case 'V' -> verb(lemma, t);
            case 'S' -> t.startsWith("SP") ? Readings.of(lemma, "ADP").toList() : List.of();
            case 'C' -> t.startsWith("CC") ? Readings.of(lemma, "CCONJ").toList()
                    : t.startsWith("CS") ? Readings.of(lemma, "SCONJ").toList() : List.of();
            case 'R' -> Readings.of(lemma, "ADV").put("Polarity", t.startsWith("RN") ? "Neg" : null).toList();
            case 'I' -> Readings.of(lemma, "INTJ").toList();
            case 'Z' -> Readings.of(lemma, "NUM").put("NumType", "Card").toList();
            default -> List.of();
        };
    }

    private static List<FormAnalysis> determiner(String lemma, String t) {
        if (t.length() < 5) {
            return List.of();
        }
        char type = at(t, 1);
        if (type == 'N') {
            return Readings.of(lemma, "NUM").put("NumType", "Card").put("Gender", GENDER.get(at(t, 3)))
                    .put("Number", NUMBER.get(at(t, 4))).toList();
        }
        Readings determiner = Readings.of(lemma, "DET").put("PronType", PRONOUN_TYPE.get(type))
                .put("Person", PERSON.get(at(t, 2))).put("Gender", GENDER.get(at(t, 3)))
                .put("Number", NUMBER.get(at(t, 4)));
        if (type == 'A') {
            determiner.put("Definite", "Def");
        }
        if (type == 'P') {
            determiner.put("Poss", "Yes").put("Number[psor]", NUMBER.get(at(t, 5)));
        }
        return determiner.toList();
    }

    private static List<FormAnalysis> pronoun(String lemma, String t) {
        if (t.length() < 5) {
            return List.of();
        }
        char type = at(t, 1);
        char written = at(t, 5);
        Readings pronoun = Readings.of(lemma, "PRON").put("PronType", PRONOUN_TYPE.get(type))
                .put("Person", PERSON.get(at(t, 2))).put("Gender", GENDER.get(at(t, 3)))
                .put("Number", NUMBER.get(at(t, 4)));
        switch (written) {
            case 'N' -> pronoun.put("Case", "Nom");
            case 'A' -> pronoun.put("Case", "Acc").put("Clitic", "Yes");
            case 'D' -> pronoun.put("Case", "Dat").put("Clitic", "Yes");
            case 'O' -> pronoun.put("PrepCase", "Pre");
            default -> { }
        }
        if (type == '0' && PERSON.containsKey(at(t, 2))) {
            pronoun.put("Reflex", "Yes").put("Clitic", "Yes");
        }
        if (type == 'X') {
            pronoun.put("Poss", "Yes");
        }
        if (at(t, 7) == 'P') {
            pronoun.put("Polite", "Form");
        }
        return pronoun.toList();
    }

    private static List<FormAnalysis> verb(String lemma, String t) {
        if (t.length() < 7) {
            return List.of();
        }
        Readings verb = Readings.of(lemma, at(t, 1) == 'M' ? "VERB" : "AUX");
        char mood = at(t, 2);
        char tense = at(t, 3);
        switch (mood) {
            case 'N' -> verb.put("VerbForm", "Inf");
            case 'G' -> verb.put("VerbForm", "Ger");
            case 'P' -> verb.put("VerbForm", "Part").put("Tense", "Past");
            default -> {
                verb.put("VerbForm", "Fin");
                if (tense == 'C') {
                    verb.put("Mood", "Cnd");
                } else {
                    verb.put("Mood", MOOD.get(mood)).put("Tense", TENSE.get(tense));
                }
            }
        }
        return verb.put("Person", PERSON.get(at(t, 4))).put("Number", NUMBER.get(at(t, 5)))
                .put("Gender", GENDER.get(at(t, 6))).toList();
    }

    /** The letter at {@code index}, or {@code '0'} (an empty position) past the end. */
    private static char at(String tag, int index) {
        return index < tag.length() ? tag.charAt(index) : '0';
    }
}
