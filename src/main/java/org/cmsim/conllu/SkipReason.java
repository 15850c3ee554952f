package org.cmsim.conllu;

/**
 * Why a VERB token was not taken as a clause, checked in this order (the first rule it fails is its
 * reason). The last four are clause rule 2: clauses that have the shape of an agent-patient event but
 * are not one, or whose object is not a patient.
 */
public enum SkipReason {
    NO_SUBJECT("no nsubj dependent"),
    PASSIVE_SUBJECT("a passive subject (nsubj:pass) without an expressed agent"),
    SEVERAL_SUBJECTS("more than one nsubj dependent, or more than one agent phrase"),
    NO_OBJECT("no obj dependent"),
    SEVERAL_OBJECTS("more than one obj dependent"),
    ARGUMENT_NOT_NOMINAL("subject, object or agent is not NOUN, PROPN or PRON"),
    REFLEXIVE_OBJECT("the object is reflexive (Reflex=Yes, or a pronoun of the subject's person and number)"),
    SE_PASSIVE("a se-passive or reflexive verb (expl:pv, expl:pass, or a reflexive expletive)"),
    OBJECT_NOT_ACCUSATIVE("the object is in a case other than the accusative"),
    EXPLETIVE_SUBJECT("an expletive subject (the language's expletive table)");

    private final String description;

    SkipReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
