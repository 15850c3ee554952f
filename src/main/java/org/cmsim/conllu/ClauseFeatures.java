package org.cmsim.conllu;

import java.util.List;

/**
 * The import's feature rules (clause rules 3, 5 and 6 and {@link NounFeatures}) for a clause given as
 * tokens, so that {@code cmsim explain} reads a typed sentence exactly as the import reads a
 * treebank clause.
 */
public final class ClauseFeatures {

    private ClauseFeatures() {
    }

    /** A noun's features, in the order of {@link ClauseExtractor#NOUN_FEATURES}. */
    public static String[] noun(String language, Token noun, Token verb, List<Token> tokens, AnimacyResolver animacy) {
        return NounFeatures.of(language, noun, verb, tokens, animacy);
    }

    /** Clause rule 3: the finite verb of the clause headed by {@code verb}, or null. */
    public static Token finiteVerb(Token verb, List<Token> tokens) {
        return FiniteVerb.of(verb, tokens);
    }

    /** Clause rule 5: number and person of the finite verb ({@link ClauseExtractor#VERB_FEATURES}). */
    public static String[] verb(Token finite) {
        return FiniteVerb.features(finite);
    }

    /** True when the word is one of the language's object clitics (French, Italian, Spanish). */
    public static boolean isClitic(String language, Token word) {
        return LanguageTables.isClitic(language, word);
    }
}
