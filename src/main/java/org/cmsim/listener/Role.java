package org.cmsim.listener;

/**
 * What a word does in a simple transitive clause: a noun (the head of a noun phrase), the verb, or
 * one of the words explain reads past: determiners and numerals (before their noun), adjectives,
 * auxiliaries, adverbs and particles (such as negation), and a preposition that marks a noun's role
 * where the language's config has a marker feature (Spanish "a"). Anything else (a conjunction, a preposition,
 * punctuation inside the sentence) means the sentence is not one simple clause.
 */
public enum Role {
    NOUN("a noun"), VERB("the verb"), DETERMINER("a determiner"), ADJECTIVE("an adjective"),
    AUXILIARY("an auxiliary"), ADVERB("an adverb or particle"), MARKER("a case marker"),
    OTHER("outside a simple clause");

    private final String description;

    Role(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The role a Universal Dependencies part of speech plays here. */
    public static Role of(String upos) {
        return switch (upos) {
            case "NOUN", "PROPN", "PRON" -> NOUN;
            case "VERB" -> VERB;
            case "DET", "NUM" -> DETERMINER;
            case "ADJ" -> ADJECTIVE;
            case "AUX" -> AUXILIARY;
            case "ADV", "PART" -> ADVERB;
            default -> OTHER;
        };
    }

    /** Words explain reads past: their features do not enter the cues except a determiner's. */
    public boolean modifies() {
        return this == DETERMINER || this == ADJECTIVE || this == AUXILIARY || this == ADVERB || this == MARKER;
    }
}
