package org.cmsim.conllu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the active transitive clauses of a sentence, by these rules, exactly (one method each):
 * <ul>
 *   <li>a clause is a token with UPOS VERB that has exactly one dependent whose DEPREL is nsubj or a
 *       subtype of it other than nsubj:pass, and exactly one whose DEPREL is obj or a subtype of it;
 *       both have UPOS NOUN, PROPN or PRON;</li>
 *   <li>n1 is the argument with the smaller id; order is NVN when n1 &lt; verb &lt; n2, NNV when both
 *       precede the verb, VNN when both follow; the agent is the slot of the nsubj argument;</li>
 *   <li>noun features from FEATS: Case lower-cased (when the noun has none, the Case of its first det
 *       or case dependent that has one); Number Sing/Plur -&gt; sg/pl; Person (NOUN and PROPN without
 *       it are person 3); Gender Masc/Fem/Neut -&gt; m/f/n; Animacy Anim/Hum/Nhum -&gt; animate,
 *       Inan -&gt; inanimate; a PRON of Person 1 or 2 is animate; other animacy comes from
 *       {@link AnimacyResolver} (WordNet, pronoun tables, a lexicon);</li>
 *   <li>verb features: its own Number and Person or, when it has neither, those of its first aux
 *       dependent that has either;</li>
 *   <li>everything else is unknown (null). A multi-valued feature (Case=Acc,Nom) is unknown.</li>
 * </ul>
 */
public final class ClauseExtractor {

    public static final List<String> NOUN_FEATURES = List.of("animacy", "case", "gender", "number", "person");
    public static final List<String> VERB_FEATURES = List.of("number", "person");
    static final int ANIMACY = 0;
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON");

    /** Either a clause or the reason a VERB token is not one. */
    public record Outcome(Clause clause, SkipReason reason) {
    }

    private final AnimacyResolver animacy;

    public ClauseExtractor(AnimacyResolver animacy) {
        this.animacy = animacy;
    }

    /** One outcome per VERB token of the sentence, in token order. */
    public List<Outcome> extract(List<Token> tokens) {
        List<Outcome> outcomes = new ArrayList<>(2);
        for (Token verb : tokens) {
            if (verb.upos().equals("VERB")) {
                outcomes.add(clause(verb, tokens));
            }
        }
        return outcomes;
    }

    private Outcome clause(Token verb, List<Token> tokens) {
        Token subject = null;
        Token object = null;
        int subjects = 0;
        int objects = 0;
        boolean passive = false;
        for (Token dependent : tokens) {
            if (dependent.head() != verb.id()) {
                continue;
            }
            if (isActiveSubject(dependent)) {
                subject = subjects++ == 0 ? dependent : subject;
            } else if (dependent.deprel().equals("nsubj:pass")) {
                passive = true;
            } else if (isObject(dependent)) {
                object = objects++ == 0 ? dependent : object;
            }
        }
        if (subjects == 0) {
            return new Outcome(null, passive ? SkipReason.PASSIVE_SUBJECT : SkipReason.NO_SUBJECT);
        }
        if (subjects > 1) {
            return new Outcome(null, SkipReason.SEVERAL_SUBJECTS);
        }
        if (objects == 0) {
            return new Outcome(null, SkipReason.NO_OBJECT);
        }
        if (objects > 1) {
            return new Outcome(null, SkipReason.SEVERAL_OBJECTS);
        }
        if (!NOMINAL.contains(subject.upos()) || !NOMINAL.contains(object.upos())) {
            return new Outcome(null, SkipReason.ARGUMENT_NOT_NOMINAL);
        }
        Token n1 = subject.id() < object.id() ? subject : object;
        Token n2 = n1 == subject ? object : subject;
        return new Outcome(new Clause(order(n1, verb, n2), nounFeatures(n1, tokens), verbFeatures(verb, tokens),
                nounFeatures(n2, tokens), n1 == subject ? "n1" : "n2", n1, n2), null);
    }

    /** nsubj or a subtype of it other than nsubj:pass. */
    static boolean isActiveSubject(Token token) {
        return token.hasBaseRelation("nsubj") && !token.deprel().equals("nsubj:pass");
    }

    /** obj or a subtype of it. */
    static boolean isObject(Token token) {
        return token.hasBaseRelation("obj");
    }

    static String order(Token n1, Token verb, Token n2) {
        if (n1.id() < verb.id() && verb.id() < n2.id()) {
            return "NVN";
        }
        return n2.id() < verb.id() ? "NNV" : "VNN";
    }

    String[] nounFeatures(Token noun, List<Token> tokens) {
        String[] values = new String[NOUN_FEATURES.size()];
        values[1] = nounCase(noun, tokens);
        values[2] = gender(noun.feat("Gender"));
        values[3] = number(noun.feat("Number"));
        values[4] = person(noun);
        String annotated = annotatedAnimacy(noun);
        values[ANIMACY] = animacy.animacy(noun, annotated, tokens);
        return values;
    }

    /** Case of the noun, or of its first det or case dependent that has one. */
    static String nounCase(Token noun, List<Token> tokens) {
        String own = single(noun.feat("Case"));
        if (own != null) {
            return own.toLowerCase(java.util.Locale.ROOT);
        }
        for (Token dependent : tokens) {
            if (dependent.head() != noun.id()) {
                continue;
            }
            String value = single(dependent.feat("Case"));
            if ((dependent.hasBaseRelation("det") || dependent.hasBaseRelation("case")) && value != null) {
                return value.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /** Animacy from the annotation alone: Anim/Hum/Nhum, Inan, or a PRON of person 1 or 2. */
    static String annotatedAnimacy(Token noun) {
        String value = noun.feat("Animacy");
        if (value != null) {
            switch (value) {
                case "Anim", "Hum", "Nhum" -> {
                    return "animate";
                }
                case "Inan" -> {
                    return "inanimate";
                }
                default -> {
                }
            }
        }
        String person = noun.feat("Person");
        if (noun.upos().equals("PRON") && ("1".equals(person) || "2".equals(person))) {
            return "animate";
        }
        return null;
    }

    static String[] verbFeatures(Token verb, List<Token> tokens) {
        Token source = verb;
        if (verb.feat("Number") == null && verb.feat("Person") == null) {
            for (Token dependent : tokens) {
                if (dependent.head() == verb.id() && dependent.hasBaseRelation("aux")
                        && (dependent.feat("Number") != null || dependent.feat("Person") != null)) {
                    source = dependent;
                    break;
                }
            }
        }
        return new String[] {number(source.feat("Number")), personValue(source.feat("Person"))};
    }

    static String number(String value) {
        if ("Sing".equals(value)) {
            return "sg";
        }
        return "Plur".equals(value) ? "pl" : null;
    }

    static String gender(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "Masc" -> "m";
            case "Fem" -> "f";
            case "Neut" -> "n";
            default -> null;
        };
    }

    /** Person from FEATS; NOUN and PROPN without it are third person. */
    static String person(Token noun) {
        String value = personValue(noun.feat("Person"));
        if (value == null && (noun.upos().equals("NOUN") || noun.upos().equals("PROPN"))) {
            return "3";
        }
        return value;
    }

    private static String personValue(String value) {
        return "1".equals(value) || "2".equals(value) || "3".equals(value) ? value : null;
    }

    private static String single(String value) {
        return value == null || value.indexOf(',') >= 0 ? null : value;
    }
}
