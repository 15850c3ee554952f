package org.cmsim.conllu;

import java.util.List;

/**
 * Clause rules 3 and 5: the finite verb of a clause, and the verb features read from it.
 * The finite verb is the first {@code aux}/{@code aux:*} dependent of the VERB in surface order whose
 * VerbForm includes Fin (a multi-valued {@code VerbForm=Fin,Inf} includes it); otherwise the VERB
 * itself when its VerbForm includes Fin or it has a Person feature; otherwise there is none. In
 * "gli italiani hanno assaggiato la reazione" it is "hanno", so agreement is read where it is
 * marked, not from the default-singular participle.
 */
final class FiniteVerb {

    private FiniteVerb() {
    }

    /** The finite verb of the clause headed by {@code verb}, or null when it has none. */
    static Token of(Token verb, List<Token> tokens) {
        for (Token dependent : tokens) {
            if (dependent.head() == verb.id() && dependent.hasBaseRelation("aux") && isFinite(dependent)) {
                return dependent;
            }
        }
        return isFinite(verb) || verb.feat("Person") != null ? verb : null;
    }

    /** True when the word's VerbForm includes Fin. */
    static boolean isFinite(Token word) {
        String form = word.feat("VerbForm");
        if (form == null) {
            return false;
        }
        for (String value : form.split(",")) {
            if (value.equals("Fin")) {
                return true;
            }
        }
        return false;
    }

    /** Rule 5: number and person ({@link ClauseExtractor#VERB_FEATURES}) of the finite verb; unknown without one. */
    static String[] features(Token finite) {
        if (finite == null) {
            return new String[] {null, null};
        }
        return new String[] {NounFeatures.number(finite.feat("Number")), NounFeatures.personValue(finite.feat("Person"))};
    }
}
