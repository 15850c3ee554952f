package org.cmsim.explain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cmsim.conllu.WordNetAnimacy;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CueColumns;
import org.cmsim.io.InputException;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.RunConfig;
import org.cmsim.model.SentenceCorpus;

/**
 * Explains sentences of one language: its config, its lexicon (beside its corpus), WordNet for
 * English, and its listeners, either a run's or fitted to the shipped corpus on the spot.
 */
public final class Explainer {

    /** The shipped default run, whose languages explain knows without {@code --run}. */
    public static final Path DEFAULT_RUN = Path.of("configs/default.json");

    private final LanguageConfig config;
    private final SentenceParser parser;
    private final FeatureReader features;
    private final ModelSource source;
    private ListenerModels models;

    /** Where the listeners come from: fitted or read only when a sentence has been read (a bad one fails fast). */
    public interface ModelSource {
        ListenerModels get() throws InputException;
    }

    public Explainer(LanguageConfig config, WordFinder finder, ListenerModels models) {
        this(config, finder, () -> models);
    }

    public Explainer(LanguageConfig config, WordFinder finder, ModelSource source) {
        this.config = config;
        this.parser = new SentenceParser(finder, markers(config));
        this.features = new FeatureReader(config.features(), config.name(), finder);
        this.source = source;
    }

    /** The adpositions that mark a noun's role in this language ({@link CaseMarkers}). */
    public static CaseMarkers markers(LanguageConfig config) {
        return CaseMarkers.of(config);
    }

    /** The language called {@code name} in a run config (the default run, or the one a run directory names). */
    public static LanguageConfig language(RunConfig run, String name) throws InputException {
        for (LanguageConfig language : run.languages()) {
            if (language.name().equalsIgnoreCase(name)) {
                return language;
            }
        }
        Path single = run.file().resolveSibling(name.toLowerCase(java.util.Locale.ROOT) + ".json");
        if (run.file().equals(DEFAULT_RUN) && Files.exists(single)) {
            return ConfigReader.readLanguage(single);
        }
        throw InputException.in(run.file(), "no language '%s' (languages: %s)", name,
                String.join(", ", run.languages().stream().map(LanguageConfig::name).toList()));
    }

    /** Sets up a language: reads its corpus and lexicon and gets its listeners from {@code run} or by fitting. */
    public static Explainer forLanguage(String name, Optional<Path> run) throws InputException {
        RunConfig runConfig = run.isPresent() ? RunModels.config(run.get()) : ConfigReader.readRun(DEFAULT_RUN);
        LanguageConfig config = language(runConfig, name);
        SentenceCorpus corpus = CueColumns.readCorpus(config.corpus(), config.features(), config.cues());
        return new Explainer(config, finder(config), () -> run.isPresent() ? RunModels.read(run.get(), config, corpus)
                : ListenerModels.fit(config, corpus));
    }

    /** The lexicon beside the language's corpus, with WordNet behind it for English. */
    public static WordFinder finder(LanguageConfig config) throws InputException {
        Path folder = config.corpus().getParent() == null ? Path.of(".") : config.corpus().getParent();
        Path plain = folder.resolve("lexicon.csv");
        Path gz = folder.resolve("lexicon.csv.gz");
        Path file = Files.exists(plain) ? plain : gz;
        if (!Files.exists(file)) {
            throw InputException.in(config.corpus(), "no lexicon.csv or lexicon.csv.gz beside this corpus:"
                    + " cmsim import-conllu writes one when it imports the treebank");
        }
        Lexicon lexicon = Lexicon.read(file);
        return config.name().equalsIgnoreCase("english") ? WordFinder.withWordNet(lexicon, WordNetAnimacy.load())
                : WordFinder.of(lexicon);
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
