package org.cmsim.conllu;

import java.util.List;

/**
 * A clause as the treebank's syntax gives it, before anything is read from its forms: the two noun
 * phrases in the order heard (n1 first), the verb group (the lexical verb and its auxiliaries, in
 * the order heard), which noun is the agent, and whether the clause is a passive with an expressed
 * agent. The treebank decides only this; the features come from the forms ({@code listener}).
 */
public record Clause(PhraseTokens n1, List<Token> verbGroup, Token verb, PhraseTokens n2, String agent,
                     boolean passive) {

    /** A noun phrase's tokens: its head, determiners, adjectives, markers, and whether it is coordinated. */
    public record PhraseTokens(Token head, List<Token> determiners, List<Token> adjectives, List<Token> markers,
                               boolean coordinated) {
        public PhraseTokens {
            determiners = List.copyOf(determiners);
            adjectives = List.copyOf(adjectives);
            markers = List.copyOf(markers);
        }
    }

    public Clause {
        verbGroup = List.copyOf(verbGroup);
    }
}
