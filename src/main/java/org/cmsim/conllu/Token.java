package org.cmsim.conllu;

/**
 * One syntactic word of a CoNLL-U sentence (a line whose ID is an integer): its id, form, lemma,
 * universal part of speech, morphological features (FEATS as written, {@code _} for none), head
 * and dependency relation. Features are looked up in the FEATS text when asked for, which is
 * cheaper than building a map for every word of a treebank.
 */
public record Token(int id, String form, String lemma, String upos, String feats, int head, String deprel,
                    long line) {

    /** The feature's value ({@code Case} in {@code Case=Nom|Number=Sing} is {@code Nom}), or null. */
    public String feat(String name) {
        int length = feats.length();
        int start = 0;
        while (start < length) {
            int end = feats.indexOf('|', start);
            if (end < 0) {
                end = length;
            }
            int nameEnd = start + name.length();
            if (nameEnd < end && feats.charAt(nameEnd) == '=' && feats.startsWith(name, start)) {
                return feats.substring(nameEnd + 1, end);
            }
            start = end + 1;
        }
        return null;
    }

    /** The relation without its subtype: {@code nsubj:pass} -> {@code nsubj}. */
    public String baseRelation() {
        int colon = deprel.indexOf(':');
        return colon < 0 ? deprel : deprel.substring(0, colon);
    }

    /** True when the relation is {@code base} or a subtype of it ({@code base:...}). */
    public boolean hasBaseRelation(String base) {
        return deprel.startsWith(base) && (deprel.length() == base.length() || deprel.charAt(base.length()) == ':');
    }
}
