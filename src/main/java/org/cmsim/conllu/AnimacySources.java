package org.cmsim.conllu;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cmsim.io.InputException;

/**
 * Animacy from, in order of precedence: the treebank's annotation (Animacy, or a first- or
 * second-person pronoun); the user's lexicon ({@code --animacy-lexicon}); the per-language pronoun
 * table ({@link PronounAnimacy}); and, for English nouns and proper nouns, WordNet
 * ({@link WordNetAnimacy}). Counts how many argument nouns each source decided.
 */
public final class AnimacySources implements AnimacyResolver {

    public static final String ANNOTATION = "annotation";
    public static final String LEXICON = "lexicon";
    public static final String PRONOUNS = "pronoun table";
    public static final String WORDNET = "WordNet";
    public static final String UNKNOWN = "unknown";

    private final String language;
    private final Map<String, String> lexicon;
    private final WordNetAnimacy wordNet;
    private final Map<String, Long> decided = new LinkedHashMap<>();

    private AnimacySources(String language, Map<String, String> lexicon, WordNetAnimacy wordNet) {
        this.language = language;
        this.lexicon = lexicon;
        this.wordNet = wordNet;
        for (String source : new String[] {ANNOTATION, LEXICON, PRONOUNS, WORDNET, UNKNOWN}) {
            decided.put(source, 0L);
        }
    }

    /** Sources for a language (ISO 639-1 code); WordNet is used for "en" only. */
    public static AnimacySources forLanguage(String language, Path lexiconFile) throws InputException {
        Map<String, String> lexicon = lexiconFile == null ? Map.of() : AnimacyLexicon.read(lexiconFile);
        return new AnimacySources(language, lexicon, language.equals("en") ? WordNetAnimacy.load() : null);
    }

    /** The sources beyond the annotation that this language has, for the import's report. */
    public String describe() {
        return "annotation" + (lexicon.isEmpty() ? "" : ", lexicon") + (PronounAnimacy.covers(language)
                ? ", pronoun table" : "") + (wordNet != null ? ", WordNet" : "")
                + (PronounAnimacy.covers(language) ? "" : " (no pronoun table for '" + language
                        + "': tables exist for en, de, it, fr, ru)");
    }

    @Override
    public String animacy(Token noun, String annotated) {
        if (annotated != null) {
            return count(ANNOTATION, annotated);
        }
        String fromLexicon = lexicon.get(noun.lemma().toLowerCase(java.util.Locale.ROOT));
        if (fromLexicon != null) {
            return count(LEXICON, fromLexicon);
        }
        if (noun.upos().equals("PRON")) {
            String pronoun = PronounAnimacy.animacy(language, noun);
            return pronoun == null ? count(UNKNOWN, null) : count(PRONOUNS, pronoun);
        }
        if (wordNet != null) {
            String fromWordNet = wordNet.animacy(noun.lemma());
            return fromWordNet == null ? count(UNKNOWN, null) : count(WORDNET, fromWordNet);
        }
        return count(UNKNOWN, null);
    }

    private String count(String source, String value) {
        decided.merge(source, 1L, Long::sum);
        return value;
    }

    /** Argument nouns decided by each source, in order: annotation, lexicon, pronoun table, WordNet, unknown. */
    public Map<String, Long> decided() {
        return new LinkedHashMap<>(decided);
    }
}
