package org.cmsim.conllu;

/**
 * Why a VERB token was not taken as an active transitive clause, checked in this order (the first
 * rule it fails is its reason). The last two are clause rule 2: clauses that have the shape of an
 * agent-patient event but are not one.
 */
public enum SkipReason {
    NO_SUBJECT("no nsubj dependent"),
    PASSIVE_SUBJECT("only a passive subject (nsubj:pass)"),
    SEVERAL_SUBJECTS("more than one nsubj dependent"),
    NO_OBJECT("no obj dependent"),
    SEVERAL_OBJECTS("more than one obj dependent"),
    ARGUMENT_NOT_NOMINAL("subject or object is not NOUN, PROPN or PRON"),
    REFLEXIVE_OBJECT("the object is reflexive (Reflex=Yes)"),
    EXPLETIVE_SUBJECT("an expletive subject (the language's expletive table)");

    private final String description;

    SkipReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
