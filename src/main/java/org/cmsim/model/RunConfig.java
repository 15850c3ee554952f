package org.cmsim.model;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code cmsim run} runs: one or several languages, each with its own corpus and cues, and
 * optionally the published human results to set the fitted orderings beside, and second-language transfers
 * ({@code "transfer"}: pairs of language configs).
 */
public record RunConfig(Path file, String name, long seed, List<LanguageConfig> languages,
                        java.util.Optional<Path> findings, List<TransferPair> transfers) {

    /** A run without second-language transfers. */
    public RunConfig(Path file, String name, long seed, List<LanguageConfig> languages,
                     java.util.Optional<Path> findings) {
        this(file, name, seed, languages, findings, List.of());
    }

    public RunConfig {
        languages = List.copyOf(languages);
        transfers = List.copyOf(transfers);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one language");
        }
        Set<String> names = new HashSet<>();
        for (LanguageConfig language : languages) {
            if (!names.add(language.name())) {
                throw new IllegalArgumentException("language " + language.name() + " appears twice");
            }
        }
    }
}
