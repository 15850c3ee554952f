package org.cmsim.conllu;

/**
 * The animacy a treebank annotates on a noun: Animacy=Anim/Hum/Nhum or Inan, or a pronoun of the
 * 1st or 2nd person. The import's animacy sources start from it ({@link AnimacySources}); the cues
 * are read from the word forms ({@code listener}), never from the rest of the annotation.
 */
final class NounFeatures {

    private NounFeatures() {
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
}
