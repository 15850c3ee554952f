package org.cmsim.conllu;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cmsim.io.InputException;

/**
 * Animacy from, in order of precedence: the treebank's annotation (Animacy, or a first- or
 * second-person pronoun); the user's lexicon ({@code --animacy-lexicon}); for a relative pronoun, the
 * animacy of its antecedent ({@link Antecedents}) by the sources below; the per-language pronoun
 * table ({@link PronounAnimacy}); for English nouns and proper nouns, WordNet ({@link WordNetAnimacy});
 * for German, Italian, French, Spanish and Dutch common nouns, a FreeDict dictionary into WordNet
 * ({@link TranslatedAnimacy}: the dictionary, then a German or Dutch compound's head, then for the
 * Romance languages an abstract-noun suffix or an English cognate, then for Italian and Spanish a
 * larger dictionary from Dutch, French or German read backwards, {@link PivotDictionaries}). Proper
 * nouns of those languages are decided by the dictionary's own proper-name entries (mostly places,
 * some famous persons), and for Italian and Spanish then by WordNet's named individuals; the rest
 * stay unknown unless annotated: nothing here tells a person's name from a company's.
 * Counts how many argument nouns each source decided (a bridge dictionary under its own name).
 */
public final class AnimacySources implements AnimacyResolver {

    public static final String ANNOTATION = "annotation";
    public static final String LEXICON = "lexicon";
    public static final String PRONOUNS = "pronoun table";
    public static final String WORDNET = "WordNet";
    public static final String DICTIONARY = "dictionary into WordNet";
    public static final String COMPOUND_HEAD = "compound head into WordNet";
    public static final String ABSTRACT_SUFFIX = "abstract-noun suffix";
    public static final String COGNATE = "cognate in WordNet";
    public static final String PROPER_NAME = "dictionary's proper names into WordNet";
    public static final String NAMED_INDIVIDUAL = "WordNet's named individuals";
    public static final String ANTECEDENT = "relative pronoun's antecedent";
    public static final String UNKNOWN = "unknown";

    /**
     * Languages whose proper nouns the dictionary's names leave unknown are also looked up among
     * WordNet's named individuals ({@link WordNetAnimacy#namedEntityAnimacy}): Italian and Spanish,
     * the two whose coverage needed it; German, French and Dutch meet the goal without it, and their
     * names have no hand-checked sample.
     */
    static final Set<String> NAMED_INDIVIDUALS = Set.of("it", "es");

    private final String language;
    private final Map<String, String> lexicon;
    private final WordNetAnimacy wordNet;
    private final TranslatedAnimacy translated;
    private final WordNetAnimacy namedIndividuals;
    private final Path dictd;
    private final Map<String, Long> decided = new LinkedHashMap<>();

    private AnimacySources(String language, Map<String, String> lexicon, WordNetAnimacy wordNet,
                           TranslatedAnimacy translated, WordNetAnimacy namedIndividuals, Path dictd) {
        this.language = language;
        this.lexicon = lexicon;
        this.wordNet = wordNet;
        this.translated = translated;
        this.namedIndividuals = namedIndividuals;
        this.dictd = dictd;
        for (String source : new String[] {ANNOTATION, LEXICON, ANTECEDENT, PRONOUNS, WORDNET, DICTIONARY, COMPOUND_HEAD,
            ABSTRACT_SUFFIX, COGNATE}) {
            decided.put(source, 0L);
        }
        for (PivotDictionaries.Bridge bridge : PivotDictionaries.BRIDGES.getOrDefault(language, List.of())) {
            decided.put(bridgeSource(bridge), 0L);
        }
        for (String source : new String[] {PROPER_NAME, NAMED_INDIVIDUAL, UNKNOWN}) {
            decided.put(source, 0L);
        }
    }

    /**
     * Sources for a language (ISO 639-1 code): WordNet for "en"; for de, it, fr, es and nl the FreeDict
     * dictionary in {@link TranslatedAnimacy#DICTD} when it is installed ({@link #describe} says how to
     * install it when it is not).
     */
    public static AnimacySources forLanguage(String language, Path lexiconFile) throws InputException {
        return forLanguage(language, lexiconFile, TranslatedAnimacy.DICTD);
    }

    static AnimacySources forLanguage(String language, Path lexiconFile, Path dictd) throws InputException {
        Map<String, String> lexicon = lexiconFile == null ? Map.of() : AnimacyLexicon.read(lexiconFile);
        TranslatedAnimacy translated = TranslatedAnimacy.open(language, dictd, TranslatedAnimacy.Vote.MAJORITY)
                .orElse(null);
        return new AnimacySources(language, lexicon, language.equals("en") ? WordNetAnimacy.load() : null, translated,
                NAMED_INDIVIDUALS.contains(language) ? WordNetAnimacy.load() : null, dictd);
    }

    /**
     * The same sources with counts of their own (for the word list, whose words are not argument
     * nouns): the dictionaries, opened once, are shared, and so are their answers per lemma.
     */
    public AnimacySources withCountsOfItsOwn() {
        return new AnimacySources(language, lexicon, wordNet, translated, namedIndividuals, dictd);
    }

    /**
     * Reads WordNet's noun animacy table from the user's cache afresh (building and caching it when
     * missing) and returns how many nouns it has; for {@code cmsim bench}, which times what every
     * import with WordNet does once.
     */
    public static int loadWordNetTable() {
        return AnimacyTableCache.defaultCache().table().size();
    }

    /** The sources beyond the annotation that this language has, for the import's report. */
    public String describe() {
        StringBuilder text = new StringBuilder("annotation");
        text.append(lexicon.isEmpty() ? "" : ", lexicon");
        text.append(PronounAnimacy.covers(language) ? ", pronoun table" : "");
        text.append(wordNet != null ? ", WordNet" : "");
        text.append(translated != null ? ", FreeDict " + TranslatedAnimacy.DICTIONARIES.get(language)
                + " into WordNet (" + TranslatedAnimacy.sampleCheck(language) + ")" : "");
        if (!PronounAnimacy.covers(language)) {
            text.append(" (no pronoun table for '").append(language).append("': tables exist for ")
                    .append(String.join(", ", PronounAnimacy.LANGUAGES)).append(')');
        }
        List<String> missing = PivotDictionaries.missing(language, dictd);
        for (PivotDictionaries.Bridge bridge : PivotDictionaries.BRIDGES.getOrDefault(language, List.of())) {
            if (!missing.contains("dict-" + bridge.dictionary())) {
                text.append(", FreeDict ").append(bridge.dictionary()).append(" backwards");
            }
        }
        text.append(namedIndividuals != null ? ", WordNet's named individuals for proper nouns" : "");
        if (!missing.isEmpty()) {
            text.append(" (to use every dictionary, install the Debian packages ").append(String.join(", ", missing))
                    .append(')');
        }
        if (translated == null && TranslatedAnimacy.DICTIONARIES.containsKey(language)) {
            text.append(" (no dictionary for common nouns: install the Debian package ")
                    .append(TranslatedAnimacy.debianPackage(language)).append(" to use it)");
        }
        return text.toString();
    }

    @Override
    public String animacy(Token noun, String annotated) {
        return animacy(noun, annotated, List.of());
    }

    @Override
    public String animacy(Token noun, String annotated, List<Token> sentence) {
        if (annotated != null) {
            return count(ANNOTATION, annotated);
        }
        String fromLexicon = lexicon.get(noun.lemma().toLowerCase(java.util.Locale.ROOT));
        if (fromLexicon != null) {
            return count(LEXICON, fromLexicon);
        }
        Token antecedent = Antecedents.of(noun, sentence);
        if (antecedent != null) {
            String fromAntecedent = withoutCounting(antecedent);
            return fromAntecedent == null ? count(UNKNOWN, null) : count(ANTECEDENT, fromAntecedent);
        }
        if (noun.upos().equals("PRON")) {
            String pronoun = PronounAnimacy.animacy(language, noun);
            return pronoun == null ? count(UNKNOWN, null) : count(PRONOUNS, pronoun);
        }
        if (wordNet != null) {
            String fromWordNet = wordNet.animacy(noun.lemma());
            return fromWordNet == null ? count(UNKNOWN, null) : count(WORDNET, fromWordNet);
        }
        if (noun.upos().equals("PROPN")) {
            String fromNames = translated == null ? null : translated.properNounAnimacy(noun.lemma());
            if (fromNames != null) {
                return count(PROPER_NAME, fromNames);
            }
            String named = namedIndividual(noun);
            return named == null ? count(UNKNOWN, null) : count(NAMED_INDIVIDUAL, named);
        }
        if (translated != null && noun.upos().equals("NOUN")) {
            TranslatedAnimacy.Answer answer = translated.answer(noun.lemma());
            if (answer == null) {
                return count(UNKNOWN, null);
            }
            return count(switch (answer.route()) {
                case DICTIONARY -> DICTIONARY;
                case COMPOUND_HEAD -> COMPOUND_HEAD;
                case ABSTRACT_SUFFIX -> ABSTRACT_SUFFIX;
                case COGNATE -> COGNATE;
                case BRIDGE -> bridgeSource(answer.bridge());
            }, answer.animacy());
        }
        return count(UNKNOWN, null);
    }

    /** The antecedent's animacy by the same sources (it is not an argument: it is not counted). */
    private String withoutCounting(Token antecedent) {
        String annotated = NounFeatures.annotatedAnimacy(antecedent);
        if (annotated != null) {
            return annotated;
        }
        String fromLexicon = lexicon.get(antecedent.lemma().toLowerCase(java.util.Locale.ROOT));
        if (fromLexicon != null) {
            return fromLexicon;
        }
        return switch (antecedent.upos()) {
            case "PRON" -> PronounAnimacy.animacy(language, antecedent);
            case "NOUN" -> wordNet != null ? wordNet.animacy(antecedent.lemma())
                    : translated != null ? translated.animacy(antecedent.lemma()) : null;
            case "PROPN" -> wordNet != null ? wordNet.animacy(antecedent.lemma())
                    : namedIndividuals != null ? properNounAnimacy(antecedent) : null;
            default -> null;
        };
    }

    /** How the import's summary names a bridge: "freedict-nld-ita backwards, then nl into WordNet". */
    static String bridgeSource(PivotDictionaries.Bridge bridge) {
        return bridge.dictionary() + " backwards, then " + bridge.pivot() + " into WordNet";
    }

    /** A proper noun of a language without English WordNet: the dictionary's names, then WordNet's named individuals. */
    private String properNounAnimacy(Token noun) {
        String fromNames = translated == null ? null : translated.properNounAnimacy(noun.lemma());
        if (fromNames != null || namedIndividuals == null) {
            return fromNames;
        }
        return namedIndividual(noun);
    }

    /**
     * WordNet's named individual of the proper noun's lemma (Italian and Spanish only), or null. A name
     * written as an abbreviation (shorter than three letters, or in capitals only: NH, DE, ANA) is not
     * looked up: WordNet's individual of the same letters (New Hampshire, Delaware) is a coincidence.
     */
    private String namedIndividual(Token noun) {
        String form = noun.form();
        if (namedIndividuals == null || form.length() < 3 || form.equals(form.toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        return namedIndividuals.namedEntityAnimacy(noun.lemma());
    }

    private String count(String source, String value) {
        decided.merge(source, 1L, Long::sum);
        return value;
    }

    /**
     * Argument nouns decided by each source, in order: annotation, lexicon, relative pronoun's
     * antecedent, pronoun table, WordNet, dictionary into WordNet, compound head, abstract-noun suffix,
     * cognate, dictionary's proper names, unknown.
     */
    public Map<String, Long> decided() {
        return new LinkedHashMap<>(decided);
    }
}
