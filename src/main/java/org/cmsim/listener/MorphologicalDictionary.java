package org.cmsim.listener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.cmsim.model.Language;

/**
 * The analyses a word form allows, read from LanguageTool 6.6's morphological dictionaries (languagetool.org;
 * Miłkowski 2010, "Developing an open-source, rule-based proofreading tool", Software: Practice and Experience
 * 40(7)). Each dictionary is a finite-state automaton from form to lemma and tag, read with morfologik-stemming
 * (Miłkowski and Weiss), as LanguageTool's own taggers read it; each language's tag table turns the tags into
 * Universal Dependencies features.
 *
 * <p>A listener meets a form without knowing its reading; what the reader needs is every reading the form allows,
 * so that a case or agreement cue counts only as far as the form commits to it (die is nominative or accusative,
 * never dative). Forms are looked up as written, then lower-cased (a sentence-initial capital), and in German,
 * where nouns are capitalised, with the first letter upper-cased (katze as Katze).
 *
 * <p>Some dictionaries (French, Spanish) store a frequency letter after every tag; their metadata says so
 * ({@code fsa.dict.frequency-included}), and the letter is removed before the tag is read.
 *
 * <p>A dictionary is loaded on first use and kept for the life of the program; loading, lookups and the cache are
 * safe from several threads. The dictionary's automaton is immutable and shared; each lookup uses its own
 * {@link DictionaryLookup}, which is not safe to share.
 */
public final class MorphologicalDictionary {

    private static final String RESOURCES = "/org/languagetool/resource/";
    private static final ConcurrentMap<Language, Optional<MorphologicalDictionary>> LOADED =
            new ConcurrentHashMap<>();

    private final Language language;
    private final Dictionary dictionary;
    private final String description;
    private final BiFunction<String, String, List<FormAnalysis>> tagTable;
    /** What a form tells beyond its tag (German "ich" is 1st person, English "was" singular), per analysis. */
    private final BiFunction<String, FormAnalysis, List<FormAnalysis>> formRule;

    /** No rule beyond the tag. */
    private static final BiFunction<String, FormAnalysis, List<FormAnalysis>> TAG_ONLY = (form, a) -> List.of(a);

    private MorphologicalDictionary(Language language, Dictionary dictionary, String description,
            BiFunction<String, String, List<FormAnalysis>> tagTable,
            BiFunction<String, FormAnalysis, List<FormAnalysis>> formRule) {
        this.language = language;
        this.dictionary = dictionary;
        this.description = description;
        this.tagTable = tagTable;
        this.formRule = formRule;
    }

    /** The dictionary of {@code language}, or empty when LanguageTool has none for it (Japanese, Serbian, Croatian). */
    public static Optional<MorphologicalDictionary> of(Language language) {
        Objects.requireNonNull(language, "language");
        return LOADED.computeIfAbsent(language, MorphologicalDictionary::load);
    }

    private static Optional<MorphologicalDictionary> load(Language language) {
        return switch (language) {
            case DE -> Optional.of(read(language, "de/german.dict",
                    "LanguageTool 6.6 German dictionary (german-pos-dict 1.2.4, CC BY-SA 4.0)",
                    GermanTags::analyses, (form, a) -> List.of(GermanTags.withPerson(form, a))));
            case EN -> Optional.of(read(language, "en/english.dict",
                    "LanguageTool 6.6 English dictionary (english-pos-dict 0.6, LGPL 2.1)", EnglishTags::analyses,
                    EnglishTags::withForm));
            case FR -> Optional.of(read(language, "fr/french.dict",
                    "LanguageTool 6.6 French dictionary (french-pos-dict 0.7, CC BY-SA 4.0)", FrenchTags::analyses,
                    TAG_ONLY));
            case ES -> Optional.of(read(language, "es/es-ES.dict",
                    "LanguageTool 6.6 Spanish dictionary (spanish-pos-dict 2.3, LGPL 2.1)", SpanishTags::analyses,
                    TAG_ONLY));
            case NL -> Optional.of(read(language, "nl/dutch.dict",
                    "LanguageTool 6.6 Dutch dictionary (dutch-pos-dict 0.1, CC BY 3.0 or BSD)",
                    DutchTags::analyses, (form, a) -> DutchTags.withPersons(a)));
            case RU -> Optional.of(read(language, "ru/russian.dict",
                    "LanguageTool 6.6 Russian dictionary (language-ru 6.6, from the AOT dictionary, LGPL)",
                    RussianTags::analyses, (form, a) -> List.of(RussianTags.singularWhereGendered(a))));
            case IT -> Optional.of(read(language, "it/italian.dict",
                    "LanguageTool 6.6 Italian dictionary (language-it 6.6, Morph-it! 0.4.8, CC BY-SA 2.0 or LGPL)",
                    ItalianTags::analyses, TAG_ONLY));
            case JA, SR, HR -> Optional.empty();
        };
    }

    private static MorphologicalDictionary read(Language language, String resource, String description,
            BiFunction<String, String, List<FormAnalysis>> tagTable,
            BiFunction<String, FormAnalysis, List<FormAnalysis>> formRule) {
        URL url = MorphologicalDictionary.class.getResource(RESOURCES + resource);
        if (url == null) {
            throw new IllegalStateException("the " + description + " is not on the class path: " + RESOURCES
                    + resource);
        }
        try {
            return new MorphologicalDictionary(language, Dictionary.read(url), description, tagTable, formRule);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + description, e);
        }
    }

    /** The language whose forms this dictionary knows. */
    public Language language() {
        return language;
    }

    /** What the dictionary is, its version and its licence: for the credits of a run that used it. */
    public String description() {
        return description;
    }

    /**
     * The distinct analyses of {@code form} as written; when it has none, of the form lower-cased; and when it
     * still has none, of the lower-cased form with its first letter upper-cased (German nouns, English "I",
     * names: the word list keys forms lower-cased). An analysis whose features are all among another's of
     * the same lemma and part of speech is left out: it says less about the same reading (Russian "он" is
     * tagged both masculine and singular). Empty for a form the dictionary does not know.
     */
    public List<FormAnalysis> analyses(String form) {
        Objects.requireNonNull(form, "form");
        List<FormAnalysis> found = analysesAsWritten(form);
        String lower = form.toLowerCase(Locale.ROOT);
        if (found.isEmpty() && !lower.equals(form)) {
            found = analysesAsWritten(lower);
        }
        if (found.isEmpty() && !lower.isEmpty()) {
            int first = lower.codePointAt(0);
            String capitalised = new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                    .append(lower, Character.charCount(first), lower.length()).toString();
            if (!capitalised.equals(form)) {
                found = analysesAsWritten(capitalised);
            }
        }
        return withoutSubsumed(found);
    }

    /** The analyses without those whose every feature another analysis of the same lemma and part of speech has. */
    static List<FormAnalysis> withoutSubsumed(List<FormAnalysis> analyses) {
        List<FormAnalysis> kept = new java.util.ArrayList<>();
        for (FormAnalysis a : analyses) {
            boolean subsumed = false;
            for (FormAnalysis b : analyses) {
                if (a != b && a.lemma().equals(b.lemma()) && a.upos().equals(b.upos())
                        && b.feats().size() > a.feats().size() && b.feats().entrySet().containsAll(a.feats().entrySet())) {
                    subsumed = true;
                    break;
                }
            }
            if (!subsumed) {
                kept.add(a);
            }
        }
        return List.copyOf(kept);
    }

    private List<FormAnalysis> analysesAsWritten(String form) {
        if (form.isEmpty()) {
            return List.of();
        }
        boolean frequencyIncluded = dictionary.metadata.isFrequencyIncluded();
        Set<FormAnalysis> analyses = new LinkedHashSet<>();
        for (WordData entry : new DictionaryLookup(dictionary).lookup(form)) {
            CharSequence stem = entry.getStem();
            CharSequence tag = entry.getTag();
            if (stem == null || tag == null) {
                continue;
            }
            String written = tag.toString();
            if (frequencyIncluded && !written.isEmpty()) {
                written = written.substring(0, written.length() - 1);
            }
            for (FormAnalysis a : tagTable.apply(stem.toString(), written)) {
                analyses.addAll(formRule.apply(form, a));
            }
        }
        return List.copyOf(analyses);
    }

    @Override
    public String toString() {
        return description;
    }
}
