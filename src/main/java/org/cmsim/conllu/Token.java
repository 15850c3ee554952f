package org.cmsim.conllu;

import java.util.Map;

/**
 * One syntactic word of a CoNLL-U sentence (a line whose ID is an integer): its id, form, lemma,
 * universal part of speech, morphological features, head and dependency relation.
 */
public record Token(int id, String form, String lemma, String upos, Map<String, String> feats, int head,
                    String deprel, long line) {

    public Token {
        feats = Map.copyOf(feats);
    }

    /** The feature's value, or null when the token does not have it. */
    public String feat(String name) {
        return feats.get(name);
    }

    /** The relation without its subtype: {@code nsubj:pass} -> {@code nsubj}. */
    public String baseRelation() {
        int colon = deprel.indexOf(':');
        return colon < 0 ? deprel : deprel.substring(0, colon);
    }
}
