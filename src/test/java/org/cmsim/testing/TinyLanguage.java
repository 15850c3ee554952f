package org.cmsim.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cmsim.input.ConfigReader;
import org.cmsim.io.InputException;
import org.cmsim.model.LanguageConfig;

/**
 * A three-cue language small enough to work by hand (order, animacy as a contrast, number
 * agreement), shared by the tests that check the head's and the learners' arithmetic on their own
 * few sentence types.
 */
public final class TinyLanguage {

    /** The language's config: its corpus is {@code corpus.csv} beside it. */
    public static final String CONFIG = """
            {"name": "tiny", "corpus": "corpus.csv",
             "features": {"animacy": ["animate", "inanimate"], "number": ["sg", "pl"]},
             "cues": [{"name": "order", "kind": "order"},
                      {"name": "animacy", "kind": "contrast", "feature": "animacy", "value": "animate"},
                      {"name": "agreement", "kind": "agreement", "features": ["number"]}],
             "seed": 1}
            """;

    private TinyLanguage() {
    }

    /** Writes {@code config} and {@code corpus} into {@code dir} and reads the config back. */
    public static LanguageConfig write(Path dir, String config, String corpus) throws IOException, InputException {
        Files.writeString(dir.resolve("config.json"), config);
        Files.writeString(dir.resolve("corpus.csv"), corpus);
        return ConfigReader.readLanguage(dir.resolve("config.json"));
    }

    /** {@link #write(Path, String, String)} with this language's config. */
    public static LanguageConfig write(Path dir, String corpus) throws IOException, InputException {
        return write(dir, CONFIG, corpus);
    }
}
