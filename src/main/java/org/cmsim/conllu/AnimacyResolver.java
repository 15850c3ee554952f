package org.cmsim.conllu;

/**
 * Decides a noun's animacy from what the treebank annotates and, where it says nothing, from other
 * sources; counts how much each source contributed, so the importer can report how much animacy
 * is known before and after.
 */
public interface AnimacyResolver {

    /**
     * "animate", "inanimate" or null (unknown) for a noun, given the animacy its annotation implies
     * ({@code annotated}, null when none).
     */
    String animacy(Token noun, String annotated);

    /**
     * The same, with the noun's sentence at hand (for a relative pronoun, whose animacy is that of the
     * noun the relative clause modifies). Without the sentence, {@link #animacy(Token, String)}.
     */
    default String animacy(Token noun, String annotated, java.util.List<Token> sentence) {
        return animacy(noun, annotated);
    }
}
