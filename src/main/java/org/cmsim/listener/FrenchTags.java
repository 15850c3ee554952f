package org.cmsim.listener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The French dictionary's tags in Universal Dependencies terms. The dictionary is french-pos-dict 0.7 as shipped with
 * LanguageTool 6.6 (CC BY-SA 4.0); its tags are documented in LanguageTool's {@code fr/tagset.txt}. The
 * dictionary stores a frequency letter after every tag ({@code R pers obj 1 pO}); the dictionary reader strips it
 * before the tag reaches this table.
 *
 * <p>Grammar: space-separated, word class first. {@code N gender number} noun, {@code J} adjective, {@code Z} proper
 * name, {@code T} title (Dr, Me), {@code D} determiner, {@code R} pronoun ({@code R pers suj|obj person gender
 * number}, {@code R rel}, {@code R dem}, {@code R inte}), {@code P} preposition, {@code P+D} preposition fused with
 * the article (du, au), {@code P+R} with a relative pronoun (duquel), {@code C coor}, {@code C sub}, {@code C},
 * {@code A} adverb ({@code A inte}), {@code I} interjection, {@code O} onomatopoeia, {@code K} number word,
 * {@code Y} digits, {@code S} abbreviation, {@code F} foreign word, {@code M} punctuation. Gender is {@code m},
 * {@code f} or {@code e} (epicene), number {@code s}, {@code p} or {@code sp} (either). Verbs: {@code V [avoir|etre]
 * mood tense person number}, mood {@code ind con sub imp}, tense {@code pres psim} (passé simple) {@code impa}
 * (imparfait) {@code futu}; {@code V inf}, {@code V ppr} (present participle), {@code V ppa gender number}.
 *
 * <p>Mapping: {@code e} and {@code sp} leave gender and number out. Moods map to {@code Ind Cnd Sub Imp}, tenses to
 * {@code Pres Past Imp Fut}, as the UD French treebanks write them; avoir and être give an {@code AUX} and a
 * {@code VERB} analysis. {@code R pers suj} gives {@code PronRole=Subj}, {@code R pers obj} {@code PronRole=Obj};
 * case is left out, because an object form such as nous or se serves as accusative and dative alike. The tag does
 * not mark clitics: the object forms tagged {@code obj} include the stressed moi, eux and soi. So {@code Clitic=Yes}
 * is read from the lemma: the subject clitics je, tu, il, elle, on, nous, vous, ils, elles in their {@code suj}
 * readings, and the object clitics me, te, se, le (la, l'), les, leur, en, y in their {@code obj} readings; nous,
 * vous and lui, which are clitic or stressed after a preposition, give both an analysis with {@code Clitic=Yes} and
 * one without. Determiners whose lemma is le or un are articles ({@code PronType=Art}, definite or not).
 */
public final class FrenchTags {

    private static final Map<String, String> GENDER = Map.of("m", "Masc", "f", "Fem");
    private static final Map<String, String> NUMBER = Map.of("s", "Sing", "p", "Plur");
    private static final Map<String, String> PERSON = Map.of("1", "1", "2", "2", "3", "3");
    private static final Map<String, String> MOOD = Map.of("ind", "Ind", "con", "Cnd", "sub", "Sub", "imp", "Imp");
    private static final Map<String, String> TENSE = Map.of("pres", "Pres", "psim", "Past", "impa", "Imp",
            "futu", "Fut");
    private static final Set<String> SUBJECT_CLITICS = Set.of("je", "tu", "il", "elle", "on", "nous", "vous", "ils",
            "elles");
    private static final Set<String> OBJECT_CLITICS = Set.of("me", "te", "se", "le", "les", "leur", "en", "y");
    private static final Set<String> CLITIC_OR_STRESSED = Set.of("nous", "vous", "lui");

    private FrenchTags() {
    }

    /** The analyses {@code tag} gives a form of {@code lemma}; empty for a tag this table does not map. */
    public static List<FormAnalysis> analyses(String lemma, String tag) {
        List<String> parts = Arrays.asList(tag.strip().split("\\s+"));
        return switch (parts.get(0)) {
            case "N", "T" -> nominal(Readings.of(lemma, "NOUN"), parts).toList();
            case "J" -> nominal(Readings.of(lemma, "ADJ"), parts).toList();
            case "Z" -> nominal(Readings.of(lemma, "PROPN"), parts).toList();
            case "D" -> determiner(lemma, parts).toList();
            case "R" -> pronoun(lemma, parts);
            case "P" -> Readings.of(lemma, "ADP").toList();
            case "P+D", "P+R" -> nominal(Readings.of(lemma, "ADP"), parts).toList();
            case "C" -> conjunction(lemma, parts);
            case "A" -> Readings.of(lemma, "ADV").put("PronType", parts.contains("inte") ? "Int" : null).toList();
            case "I", "O" -> Readings.of(lemma, "INTJ").toList();
            case "K", "Y" -> Readings.of(lemma, "NUM").put("NumType", "Card").toList();
            case "S" -> nominal(Readings.of(lemma, "X"), parts).put("Abbr", "Yes").toList();
            case "F" -> Readings.of(lemma, "X").put("Foreign", "Yes").toList();
            case "V" -> verb(lemma, parts);
            default -> List.of();
        };
    }

    private static Readings nominal(Readings readings, List<String> parts) {
        return readings.put("Gender", Readings.first(parts, GENDER)).put("Number", Readings.first(parts, NUMBER));
    }

    private static Readings determiner(String lemma, List<String> parts) {
        Readings determiner = nominal(Readings.of(lemma, "DET"), parts);
        return switch (lemma) {
            case "le" -> determiner.put("PronType", "Art").put("Definite", "Def");
            case "un" -> determiner.put("PronType", "Art").put("Definite", "Ind");
            default -> determiner;
        };
    }

    private static List<FormAnalysis> pronoun(String lemma, List<String> parts) {
        Readings pronoun = nominal(Readings.of(lemma, "PRON"), parts).put("Person", Readings.first(parts, PERSON));
        if (parts.contains("rel")) {
            return pronoun.put("PronType", "Rel").toList();
        }
        if (parts.contains("dem")) {
            return pronoun.put("PronType", "Dem").toList();
        }
        if (parts.contains("inte")) {
            return pronoun.put("PronType", "Int").toList();
        }
        if (!parts.contains("pers")) {
            return pronoun.toList();
        }
        pronoun.put("PronType", "Prs");
        boolean subject = parts.contains("suj");
        pronoun.put("PronRole", subject ? "Subj" : parts.contains("obj") ? "Obj" : null);
        if (!subject && CLITIC_OR_STRESSED.contains(lemma)) {
            List<FormAnalysis> both = new ArrayList<>(pronoun.toList());
            both.addAll(pronoun.put("Clitic", "Yes").toList());
            return List.copyOf(both);
        }
        boolean clitic = subject ? SUBJECT_CLITICS.contains(lemma) : OBJECT_CLITICS.contains(lemma);
        return pronoun.put("Clitic", clitic ? "Yes" : null).toList();
    }

    private static List<FormAnalysis> conjunction(String lemma, List<String> parts) {
        if (parts.contains("coor")) {
            return Readings.of(lemma, "CCONJ").toList();
        }
        if (parts.contains("sub")) {
            return Readings.of(lemma, "SCONJ").toList();
        }
        return Readings.ofEach(lemma, List.of("CCONJ", "SCONJ")).toList();
    }

    private static List<FormAnalysis> verb(String lemma, List<String> parts) {
        boolean auxiliary = parts.contains("avoir") || parts.contains("etre");
        Readings verb = auxiliary ? Readings.ofEach(lemma, List.of("AUX", "VERB")) : Readings.of(lemma, "VERB");
        if (parts.contains("inf")) {
            return verb.put("VerbForm", "Inf").toList();
        }
        if (parts.contains("ppr")) {
            return verb.put("VerbForm", "Part").put("Tense", "Pres").toList();
        }
        if (parts.contains("ppa")) {
            return nominal(verb.put("VerbForm", "Part").put("Tense", "Past"), parts).toList();
        }
        String mood = Readings.first(parts, MOOD);
        if (mood == null) {
            return List.of();
        }
        return verb.put("VerbForm", "Fin").put("Mood", mood).put("Tense", Readings.first(parts, TENSE))
                .put("Person", Readings.first(parts, PERSON)).put("Number", Readings.first(parts, NUMBER)).toList();
    }
}
