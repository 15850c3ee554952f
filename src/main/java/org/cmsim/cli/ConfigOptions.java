package org.cmsim.cli;

import java.nio.file.Path;
import org.cmsim.input.ConfigReader;
import org.cmsim.io.InputException;
import org.cmsim.io.Installation;
import org.cmsim.model.LanguageConfig;
import picocli.CommandLine.Option;

/** {@code --config FILE}: the language config a command works on. */
final class ConfigOptions {

    @Option(names = "--config", required = true, paramLabel = "FILE",
            description = "Language config (JSON): corpus, features, cues, settings.")
    Path file;

    LanguageConfig language() throws InputException {
        file = Installation.shipped(file);
        return ConfigReader.readLanguage(file);
    }
}
