package org.cmsim.conllu;

import java.util.List;
import java.util.Locale;

/**
 * The features of a subject or object noun (values as in {@link ClauseExtractor#NOUN_FEATURES}):
 * <ul>
 *   <li>case: the noun's own Case, lower-cased; when it has none, the Case of its first det or case
 *       dependent that has one; when none has, the case its case particle marks in the language's
 *       particle table ({@link LanguageTables#particleCase}, Japanese が/を);</li>
 *   <li>number: Sing/Plur -&gt; sg/pl; a noun with a {@code conj} dependent is a coordinated phrase
 *       ("X und Y haben") and is plural whatever its own Number (clause rule 6);</li>
 *   <li>person: 1/2/3; NOUN and PROPN without it are third person; gender Masc/Fem/Neut -&gt; m/f/n;</li>
 *   <li>marker: the lemma of the noun's first {@code case} dependent (Spanish "a" on animate objects,
 *       Japanese が/を/は), or {@code none} when it has no case dependent;</li>
 *   <li>clitic (French, Italian, Spanish only): {@code yes} for an unstressed object pronoun before its
 *       verb ({@link LanguageTables#isClitic}), else {@code no}; unknown in other languages.</li>
 * </ul>
 * A multi-valued feature (Case=Acc,Nom) is unknown. Animacy comes from {@link AnimacyResolver}.
 */
final class NounFeatures {

    static final String NO_MARKER = "none";

    private NounFeatures() {
    }

    static String[] of(String language, Token noun, Token verb, List<Token> tokens, AnimacyResolver animacy) {
        String[] values = new String[ClauseExtractor.NOUN_FEATURES.size()];
        values[0] = animacy.animacy(noun, annotatedAnimacy(noun));
        values[1] = nounCase(language, noun, tokens);
        values[2] = gender(noun.feat("Gender"));
        values[3] = hasConjunct(noun, tokens) ? "pl" : number(noun.feat("Number"));
        values[4] = person(noun);
        values[5] = marker(noun, tokens);
        values[6] = clitic(language, noun, verb);
        return values;
    }

    /** Case of the noun, of its first det or case dependent that has one, or of its case particle. */
    static String nounCase(String language, Token noun, List<Token> tokens) {
        String own = single(noun.feat("Case"));
        if (own != null) {
            return lower(own);
        }
        for (Token dependent : tokens) {
            String value = single(dependent.feat("Case"));
            if (dependent.head() == noun.id() && value != null
                    && (dependent.hasBaseRelation("det") || dependent.hasBaseRelation("case"))) {
                return lower(value);
            }
        }
        for (Token dependent : tokens) {
            if (dependent.head() == noun.id() && dependent.hasBaseRelation("case")) {
                String particle = LanguageTables.particleCase(language, dependent.lemma());
                if (particle != null) {
                    return particle;
                }
            }
        }
        return null;
    }

    /** Rule 6: a coordinated noun phrase ("X and Y") has a conj dependent on its first conjunct. */
    static boolean hasConjunct(Token noun, List<Token> tokens) {
        for (Token dependent : tokens) {
            if (dependent.head() == noun.id() && dependent.hasBaseRelation("conj")) {
                return true;
            }
        }
        return false;
    }

    static String marker(Token noun, List<Token> tokens) {
        for (Token dependent : tokens) {
            if (dependent.head() == noun.id() && dependent.hasBaseRelation("case")) {
                // a treebank without lemmas writes "_": the word form then stands for its lemma
                return lower(dependent.lemma().equals("_") ? dependent.form() : dependent.lemma());
            }
        }
        return NO_MARKER;
    }

    static String clitic(String language, Token noun, Token verb) {
        if (!LanguageTables.hasClitics(language)) {
            return null;
        }
        return LanguageTables.isClitic(language, noun) && noun.id() < verb.id() ? "yes" : "no";
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

    static String personValue(String value) {
        return "1".equals(value) || "2".equals(value) || "3".equals(value) ? value : null;
    }

    private static String single(String value) {
        return value == null || value.indexOf(',') >= 0 ? null : value;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
