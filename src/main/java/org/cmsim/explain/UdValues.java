package org.cmsim.explain;

import java.util.List;

/** Universal Dependencies feature values as cmsim writes them, by the import's rules. */
final class UdValues {

    private UdValues() {
    }

    static String number(String ud) {
        return "Sing".equals(ud) ? "sg" : "Plur".equals(ud) ? "pl" : null;
    }

    static String gender(String ud) {
        return "Masc".equals(ud) ? "m" : "Fem".equals(ud) ? "f" : "Neut".equals(ud) ? "n" : null;
    }

    static String person(String ud) {
        return "1".equals(ud) || "2".equals(ud) || "3".equals(ud) ? ud : null;
    }

    /**
     * The lexicon's animacy; else UD Animacy (Anim, Hum, Nhum animate; Inan inanimate); else a first or
     * second person pronoun is animate.
     */
    static String animacy(Lexicon.Analysis a) {
        if (a.animacy() != null) {
            return a.animacy();
        }
        String ud = a.feats().get("Animacy");
        if ("Anim".equals(ud) || "Hum".equals(ud) || "Nhum".equals(ud)) {
            return "animate";
        }
        if ("Inan".equals(ud)) {
            return "inanimate";
        }
        String person = a.feats().get("Person");
        return a.upos().equals("PRON") && ("1".equals(person) || "2".equals(person)) ? "animate" : null;
    }

    /** Definite=Def/Ind on the noun or, failing that, its determiners. */
    static String definiteness(Lexicon.Analysis head, List<Lexicon.Analysis> determiners) {
        String value = head.feats().get("Definite");
        for (Lexicon.Analysis det : determiners) {
            value = value != null ? value : det.feats().get("Definite");
        }
        return "Def".equals(value) ? "def" : "Ind".equals(value) ? "indef" : null;
    }
}
