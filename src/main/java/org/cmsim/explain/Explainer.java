package org.cmsim.explain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cmsim.conllu.WordNetAnimacy;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CueColumns;
import org.cmsim.io.InputException;
import org.cmsim.io.Installation;
import org.cmsim.listener.CaseMarkers;
import org.cmsim.listener.Lexicon;
import org.cmsim.listener.MorphologicalDictionary;
import org.cmsim.model.Language;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.RunConfig;
import org.cmsim.model.SentenceCorpus;

/**
 * Explains sentences of one language: its config, its lexicon (beside its corpus), WordNet for
 * English, and its listeners, either a run's or fitted to the shipped corpus on the spot. The config's
 * {@code "language"} code selects the tables a sentence is read with ({@link Language}); a config
 * without one cannot be explained.
 */
public final class Explainer {

    /** The shipped default run, whose languages explain knows without {@code --run}. */
    private static final Path DEFAULT_RUN = Path.of("configs/default.json");

    private final LanguageConfig config;
    private final SentenceParser parser;
    private final FeatureReader features;
    private final ModelSource source;
    private ListenerModels models;

    /** Where the listeners come from: fitted or read only when a sentence has been read (a bad one fails fast). */
    public interface ModelSource {
        ListenerModels get() throws InputException;
    }

    public Explainer(LanguageConfig config, WordFinder finder, ListenerModels models) throws InputException {
        this(config, finder, () -> models);
    }

    public Explainer(LanguageConfig config, WordFinder finder, ModelSource source) throws InputException {
        this.config = config;
        this.parser = new SentenceParser(finder, markers(config));
        this.features = new FeatureReader(config.features(), tables(config), finder);
        this.source = source;
    }

    /** The language whose tables read the config's sentences; an error naming the config when it names none. */
    public static Language tables(LanguageConfig config) throws InputException {
        if (config.language().isPresent()) {
            return config.language().get();
        }
        String where = config.file() == null ? "language '" + config.name() + "'" : config.file().toString();
        throw InputException.about(where, "language: the config of '%s' has no \"language\" field, so there are no"
                + " tables to read its sentences with (clause rules, case markers, WordNet); add \"language\": CODE,"
                + " one of %s", config.name(), String.join(", ", Language.codes()));
    }

    /** The one language config in {@code folder} (the shipped configs) with this code; empty when none or several. */
    private static Optional<LanguageConfig> shippedWithCode(Path folder, Language code) throws InputException {
        List<LanguageConfig> found = shipped(folder).stream()
                .filter(c -> c.language().equals(Optional.of(code))).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The shipped configs of one language with tables (a "language" code) in {@code folder}, by file name. */
    private static List<LanguageConfig> shipped(Path folder) throws InputException {
        List<LanguageConfig> found = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                RunConfig config;
                try {
                    config = ConfigReader.readRun(file);
                } catch (InputException e) {
                    continue;   // a file there that is no config is no candidate
                }
                if (config.languages().size() == 1 && config.languages().get(0).language().isPresent()) {
                    found.add(config.languages().get(0));
                }
            }
        } catch (java.io.IOException e) {
            throw InputException.in(folder, "cannot list the configs: %s", e.getMessage());
        }
        return found;
    }

    /** The shipped default run: in the working directory when it has one, else in the installation. */
    public static Path defaultRun() {
        return Installation.shipped(DEFAULT_RUN);
    }

    private static boolean isDefault(RunConfig run) {
        return run.file().equals(defaultRun());
    }

    /** The adpositions that mark a noun's role in this language ({@link CaseMarkers}). */
    public static CaseMarkers markers(LanguageConfig config) {
        return CaseMarkers.of(config);
    }

    /**
     * The language {@code name} in a run config (the default run, or the one a run directory names):
     * the one with that name (a label), else the first with that ISO 639-1 code. For the default run
     * also any shipped config beside it: {@code configs/NAME.json}, or the one config there with that code.
     */
    public static LanguageConfig language(RunConfig run, String name) throws InputException {
        Optional<Language> code = Language.ofCode(name.toLowerCase(java.util.Locale.ROOT));
        for (LanguageConfig language : run.languages()) {
            if (language.name().equalsIgnoreCase(name)) {
                return language;
            }
        }
        for (LanguageConfig language : run.languages()) {
            if (code.isPresent() && language.language().equals(code)) {
                return language;
            }
        }
        boolean plainName = !name.isEmpty() && name.chars().noneMatch(c -> c == '/' || c == '\\')
                && !name.startsWith(".");
        if (isDefault(run) && plainName) {
            Path single = run.file().resolveSibling(name.toLowerCase(java.util.Locale.ROOT) + ".json");
            if (Files.exists(single)) {
                return ConfigReader.readLanguage(single);
            }
            if (code.isPresent()) {
                Optional<LanguageConfig> shipped = shippedWithCode(run.file().getParent(), code.get());
                if (shipped.isPresent()) {
                    return shipped.get();
                }
            }
        }
        List<String> names = new ArrayList<>(run.languages().stream().map(LanguageConfig::name).toList());
        if (isDefault(run)) {
            // every language explain reads without --run: the default run's and the other shipped configs'
            for (LanguageConfig other : shipped(run.file().getParent())) {
                if (!names.contains(other.name())) {
                    names.add(other.name());
                }
            }
        }
        throw InputException.in(run.file(), "no language '%s' (languages: %s)%s", name, String.join(", ", names),
                plainName ? "" : "; give a language's name or ISO 639-1 code, not a path");
    }

    /** How listeners are fitted to a corpus when no run is given: on the spot, or from a cache of earlier fits. */
    public interface Fitter {
        ListenerModels fit(LanguageConfig config, SentenceCorpus corpus) throws InputException;
    }

    /** Sets up a language: reads its corpus and lexicon and gets its listeners from {@code run} or by fitting. */
    public static Explainer forLanguage(String name, Optional<Path> run) throws InputException {
        return forLanguage(name, run, ListenerModels::fit);
    }

    /** As {@link #forLanguage(String, Optional)}, the listeners without a run coming from {@code fitter}. */
    public static Explainer forLanguage(String name, Optional<Path> run, Fitter fitter) throws InputException {
        RunConfig runConfig = run.isPresent() ? RunModels.config(run.get()) : ConfigReader.readRun(defaultRun());
        LanguageConfig config = language(runConfig, name);
        tables(config);   // a config without "language" fails here, before its corpus is read
        SentenceCorpus corpus = CueColumns.readCorpus(config.corpus(), config.features(), config.cues());
        return new Explainer(config, finder(config), () -> run.isPresent() ? RunModels.read(run.get(), config, corpus)
                : fitter.fit(config, corpus));
    }

    /**
     * The lexicon beside the language's corpus, with WordNet behind it for English and the language's
     * morphological dictionary for the others that have one.
     */
    public static WordFinder finder(LanguageConfig config) throws InputException {
        Language language = tables(config);
        Path folder = config.corpus().getParent() == null ? Path.of(".") : config.corpus().getParent();
        Path plain = folder.resolve("lexicon.csv");
        Path gz = folder.resolve("lexicon.csv.gz");
        Path file = Files.exists(plain) ? plain : gz;
        if (!Files.exists(file)) {
            throw InputException.in(config.corpus(), "no lexicon.csv or lexicon.csv.gz beside this corpus:"
                    + " cmsim import-conllu writes one when it imports the treebank");
        }
        Lexicon lexicon = Lexicon.read(file);
        if (language == Language.EN) {
            return WordFinder.withWordNet(lexicon, WordNetAnimacy.load());
        }
        Optional<MorphologicalDictionary> dictionary = MorphologicalDictionary.of(language);
        return dictionary.isPresent() ? WordFinder.withDictionary(lexicon, dictionary.get()) : WordFinder.of(lexicon);
    }

    public Explanation explain(String sentence, List<String> givenFeatures) throws InputException {
        SentenceParser.Clause clause = parser.parse(sentence);
        FeatureReader.Reading reading = features.read(clause, givenFeatures);
        return Explanation.of(config.name(), clause, reading, models());
    }

    public LanguageConfig config() {
        return config;
    }

    public ListenerModels models() throws InputException {
        if (models == null) {
            models = source.get();
        }
        return models;
    }
}
