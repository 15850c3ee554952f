package org.cmsim.model;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code cmsim run} runs: one or several languages, each with its own corpus and cues, and
 * optionally the published human results to set the fitted orderings beside.
 */
public record RunConfig(Path file, String name, long seed, List<LanguageConfig> languages,
                        java.util.Optional<Path> findings) {

    public RunConfig {
        languages = List.copyOf(languages);
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
