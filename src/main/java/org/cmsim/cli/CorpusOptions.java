package org.cmsim.cli;

import java.nio.file.Path;
import org.cmsim.input.CueColumns;
import org.cmsim.io.InputException;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.MissingCorpusException;
import org.cmsim.model.SentenceCorpus;
import picocli.CommandLine.Option;

/** {@code --corpus FILE}: read another sentence corpus than the config names, with the config's features and cues. */
final class CorpusOptions {

    @Option(names = "--corpus", paramLabel = "FILE", description = "Sentence corpus to use instead of the config's.")
    Path file;

    /** The config, reading {@code --corpus} when it is given. */
    LanguageConfig apply(LanguageConfig language) {
        return file == null ? language : language.withCorpus(file);
    }

    /** The config's corpus, checked to have every column its cues read; without one, says how to give one. */
    static SentenceCorpus read(LanguageConfig language) throws InputException {
        try {
            return CueColumns.readCorpus(language);
        } catch (MissingCorpusException e) {
            throw new MissingCorpusException(e.getMessage() + ", or pass --corpus FILE");
        }
    }
}
