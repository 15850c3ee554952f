package org.cmsim.testing;

import java.nio.file.Path;
import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.design.Exposure;
import org.cmsim.input.ChoiceReader;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CorpusReader;
import org.cmsim.input.DesignReader;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.Condition;
import org.cmsim.model.LanguageConfig;

/** Designs and data shared by the tests of the models and their data shapes. */
public final class Fixtures {

    public static final Path GOLDEN_CONFIG = Path.of("src/test/resources/golden/config.json");
    public static final Path ILLUSTRATIVE_DESIGN = Path.of("corpora/illustrative/design.csv");

    private Fixtures() {
    }

    public static LanguageConfig config() throws Exception {
        return ConfigReader.readLanguage(GOLDEN_CONFIG);
    }

    /** The 27-condition order x animacy x agreement design: 3 order levels, animacy, agreement. */
    public static Design factorialDesign() throws Exception {
        LanguageConfig config = config();
        return Design.of(DesignReader.read(ILLUSTRATIVE_DESIGN, config.features()), config.cues());
    }

    /** The golden choices and their design, rows aligned. */
    public static ModelInput golden() throws Exception {
        LanguageConfig config = config();
        ChoiceData data = ChoiceReader.read(config.choices().orElseThrow(), config.features());
        List<Condition> conditions = data.conditions();
        Design design = Design.of(conditions.stream().map(Condition::stimulus).toList(), config.cues());
        return new ModelInput(design, Counts.of(conditions));
    }

    public record ModelInput(Design design, Counts counts) {
    }

    /** Counts with {@code trials} per row and n1 choices at the expected proportion (rounded). */
    public static Counts expected(double[] p, long trials) {
        long[] n = new long[p.length];
        long[] k = new long[p.length];
        for (int i = 0; i < p.length; i++) {
            n[i] = trials;
            k[i] = Math.round(p[i] * trials);
        }
        return new Counts(n, k);
    }

    /** The exposure a language config's corpus gives its cues. */
    public static Exposure exposure(String config) throws Exception {
        LanguageConfig language = ConfigReader.readLanguage(Path.of(config));
        return Exposure.of(CorpusReader.read(language.corpus(), language.features()), language.cues());
    }

    /**
     * The illustrative corpus and choices copied into {@code folder} with a small config beside them (order and
     * animacy, seed 1, the given {@code attention} block); returns the config. Commands run on it write only into
     * folders the test owns.
     */
    public static Path smallInputs(Path folder, String attention) throws java.io.IOException {
        java.nio.file.Files.createDirectories(folder);
        for (String f : new String[] {"corpus.csv", "choices.csv"}) {
            java.nio.file.Files.copy(Path.of("corpora/illustrative", f), folder.resolve(f));
        }
        Path config = folder.resolve("config.json");
        java.nio.file.Files.writeString(config, "{\"name\": \"t\", \"corpus\": \"corpus.csv\", \"choices\":"
                + " \"choices.csv\", \"features\": {\"animacy\": [\"animate\", \"inanimate\"], \"number\": [\"sg\","
                + " \"pl\"]}, \"cues\": [{\"name\": \"order\", \"kind\": \"order\"}, {\"name\": \"animacy\", \"kind\":"
                + " \"contrast\", \"feature\": \"animacy\", \"value\": \"animate\"}], \"seed\": 1, \"attention\": "
                + attention + "}");
        return config;
    }
}
