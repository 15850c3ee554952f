package org.cmsim.model;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One language or experiment, as a config file declares it: the exposure
 * corpus, optional choice data, the features and the cues, and which rows of the corpus it studies
 * ({@link RowSelection}). {@code name} is a label (folders, tables); {@code language} is the ISO 639-1
 * code that selects the language's tables ({@link Language}), empty for an experiment with none
 * (illustrative, a user's own design): nothing is ever inferred from the name. Paths are already resolved against the config file's folder. The corpus may
 * be missing (null) when the config has choices: {@link #corpus()} then throws
 * {@link MissingCorpusException} naming the config, so that only the commands that need it fail.
 */
public record LanguageConfig(
        Path file,
        String name,
        Optional<Language> language,
        Path corpus,
        Optional<Path> choices,
        FeatureSpace features,
        List<Cue> cues,
        long seed,
        LearnSettings learn,
        AttentionSettings attention,
        RowSelection select,
        boolean invented) {

    public LanguageConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(choices, "choices");
        if (corpus == null && choices.isEmpty()) {
            throw new IllegalArgumentException("a config needs a corpus, choices or both");
        }
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(learn, "learn");
        Objects.requireNonNull(attention, "attention");
        Objects.requireNonNull(select, "select");
        cues = List.copyOf(cues);
        Set<String> names = new HashSet<>();
        int orderCues = 0;
        for (Cue cue : cues) {
            if (!names.add(cue.name())) {
                throw new IllegalArgumentException("cue " + cue.name() + " is declared twice");
            }
            if (cue.name().startsWith("order=")) {
                throw new IllegalArgumentException("cue names starting with 'order=' are reserved for order levels");
            }
            orderCues += cue.perOrderLevel() ? 1 : 0;
        }
        if (orderCues > 1) {
            throw new IllegalArgumentException("at most one order cue may be declared");
        }
    }

    /** A config without language tables that studies every row of its corpus. */
    public LanguageConfig(Path file, String name, Path corpus, Optional<Path> choices, FeatureSpace features,
                          List<Cue> cues, long seed, LearnSettings learn, AttentionSettings attention) {
        this(file, name, Optional.empty(), corpus, choices, features, cues, seed, learn, attention, RowSelection.ALL,
                false);
    }

    /**
     * The name as a title shows it: an invented data set (the config's {@code "invented": true}) says so, so that
     * no figure or page of it passes for a finding about real listeners.
     */
    public String title() {
        return invented ? name + " (invented data)" : name;
    }

    /** The sentence corpus; throws {@link MissingCorpusException} when the config names none. */
    @Override
    public Path corpus() {
        if (corpus == null) {
            throw new MissingCorpusException((file == null ? name : file.toString()) + ": corpus: a sentence corpus is"
                    + " needed and the config names only choices; add \"corpus\" to it");
        }
        return corpus;
    }

    /** True when the config names a corpus (else only choices). */
    public boolean hasCorpus() {
        return corpus != null;
    }

    /** A copy that reads a different corpus (the {@code --corpus} option). */
    public LanguageConfig withCorpus(Path other) {
        return new LanguageConfig(file, name, language, other, choices, features, cues, seed, learn, attention,
                select, invented);
    }

    /** A copy that reads different choice data (the {@code --choices} option). */
    public LanguageConfig withChoices(Path other) {
        return new LanguageConfig(file, name, language, corpus, Optional.of(other), features, cues, seed, learn,
                attention, select, invented);
    }

    /** A copy with other attention settings (the L2 a run trained its heads at; a shorter training for a check). */
    public LanguageConfig withAttention(AttentionSettings other) {
        return new LanguageConfig(file, name, language, corpus, choices, features, cues, seed, learn, other, select,
                invented);
    }
}
