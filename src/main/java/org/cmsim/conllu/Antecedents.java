package org.cmsim.conllu;

import java.util.List;

/**
 * The antecedent of a relative pronoun: in UD a relative clause hangs from the noun it modifies by
 * {@code acl:relcl} (or {@code acl}), and the relative pronoun is a dependent of the clause's verb
 * (<i>the man who saw me</i>: man -acl:relcl-> saw -nsubj-> who), so the antecedent is the head of the
 * pronoun's head. A relative pronoun refers to its antecedent, so it has the antecedent's animacy.
 */
final class Antecedents {

    private Antecedents() {
    }

    /**
     * The noun a relative pronoun (PronType including Rel, as in Rel or Dem,Rel) refers to, or null when
     * {@code pronoun} is not a relative pronoun of a relative clause that modifies a NOUN, PROPN or PRON.
     */
    static Token of(Token pronoun, List<Token> sentence) {
        String type = pronoun.feat("PronType");
        if (!pronoun.upos().equals("PRON") || type == null || !List.of(type.split(",")).contains("Rel")) {
            return null;
        }
        Token clause = byId(pronoun.head(), sentence);
        if (clause == null || !clause.hasBaseRelation("acl")) {
            return null;
        }
        Token antecedent = byId(clause.head(), sentence);
        if (antecedent == null || !List.of("NOUN", "PROPN", "PRON").contains(antecedent.upos())
                || antecedent.id() > pronoun.id()) {
            return null;
        }
        return antecedent;
    }

    private static Token byId(int id, List<Token> sentence) {
        for (Token token : sentence) {
            if (token.id() == id) {
                return token;
            }
        }
        return null;
    }
}
