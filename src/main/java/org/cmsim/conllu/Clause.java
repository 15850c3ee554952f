package org.cmsim.conllu;

/**
 * An active transitive clause in corpus form: the order of its two nouns and verb, the feature
 * values of n1, v and n2 ({@code null} where unknown), and which noun is the agent.
 * Noun values follow {@link ClauseExtractor#NOUN_FEATURES}, verb values {@link ClauseExtractor#VERB_FEATURES}.
 */
public record Clause(String order, String[] n1, String[] verb, String[] n2, String agent, Token n1Token,
                     Token n2Token) {
}
