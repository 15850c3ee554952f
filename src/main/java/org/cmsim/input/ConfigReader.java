package org.cmsim.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cmsim.io.FolderName;
import org.cmsim.io.InputException;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.ConfigNames;
import org.cmsim.model.Cue;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Language;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.LearnSettings;
import org.cmsim.model.RowSelection;
import org.cmsim.model.RunConfig;
import org.cmsim.model.WorkLimits;

/**
 * Reads config files. A language config declares one corpus, its cues (each read by its kind's entry in
 * {@link CueKinds}) and optionally its {@code language}, an ISO 639-1 code cmsim has tables for; a run
 * config lists {@code languages}, each a path to a language config or an inline one. Unknown fields are
 * errors, so that a misspelt setting is reported rather than silently ignored, and the counts that multiply the
 * work (presentations, checkpoints, epochs) are refused above their {@link WorkLimits}.
 */
public final class ConfigReader {

    /** The fields a language config may have. */
    public static final Set<String> LANGUAGE_FIELDS = Set.of("name", "language", "description", "invented", "corpus",
            "choices", "features", "cues", "seed", "learn", "attention", "select");
    /** The fields of a run config itself; the rest of a run's settings belong to its languages. */
    public static final Set<String> RUN_FIELDS = Set.of("name", "description", "seed", "languages", "findings",
            "transfer");
    /** The fields of one entry of a run config's {@code transfer} block. */
    public static final Set<String> TRANSFER_FIELDS = Set.of("from", "to", "exposure", "orders", "seeds");
    /** The fields that hold a path, relative to the config file that names it. */
    public static final Set<String> PATH_FIELDS = Set.of("corpus", "choices", "findings");
    /** The fields of a config's {@code learn} block. */
    public static final Set<String> LEARN_FIELDS = Set.of("presentations", "rate", "checkpoints");
    /** The fields of a config's {@code attention} block. */
    public static final Set<String> ATTENTION_FIELDS = Set.of("dModel", "dK", "dV", "readout", "query", "epochs",
            "batchSize", "learningRate", "l2", "l2Choice", "heldOut", "patience");
    private static final long DEFAULT_SEED = 1;

    private ConfigReader() {
    }

    /** Reads a run config; a language config is read as a run of that one language. */
    public static RunConfig readRun(Path file) throws InputException {
        JsonSource source = JsonSource.read(file);
        JsonField root = source.root();
        root.requireObject();
        if (!root.field("languages").isPresent()) {
            LanguageConfig language = language(source, root, DEFAULT_SEED);
            return new RunConfig(file, language.name(), language.seed(), List.of(language), Optional.empty());
        }
        root.allowOnly(RUN_FIELDS);
        long seed = root.field("seed").integer(DEFAULT_SEED, 0);
        String runName = folderSafeName(root.field("name"), "run");
        List<LanguageConfig> languages = new ArrayList<>();
        Map<String, String> folders = new HashMap<>();
        for (JsonField entry : root.field("languages").elements()) {
            LanguageConfig language = entry.node().isTextual()
                    ? readLanguage(resolve(file, entry.text()), seed) : language(source, entry, seed);
            String other = folders.putIfAbsent(FolderName.require(language.name()), language.name());
            if (other != null && other.equals(language.name())) {
                throw entry.error("language %s appears twice", other);
            }
            if (other != null) {
                throw entry.error("languages '%s' and '%s' would share the folder '%s'; rename one", other,
                        language.name(), FolderName.require(language.name()));
            }
            languages.add(language);
        }
        if (languages.isEmpty()) {
            throw root.field("languages").error("lists no languages");
        }
        try {
            Optional<Path> findings = root.field("findings").isPresent()
                    ? Optional.of(resolve(file, root.field("findings").text())) : Optional.empty();
            return new RunConfig(file, runName, seed, languages, findings, transfers(file, root.field("transfer"), seed));
        } catch (IllegalArgumentException e) {
            throw root.field("languages").error("%s", e.getMessage());
        }
    }

    /**
     * A run's {@code transfer} block: a list of {@code {"from": L1.json, "to": L2.json}} (paths relative to the run
     * config), each with optional {@code exposure}, {@code orders} and {@code seeds}.
     */
    private static List<org.cmsim.model.TransferPair> transfers(Path file, JsonField block, long seed)
            throws InputException {
        List<org.cmsim.model.TransferPair> pairs = new ArrayList<>();
        if (!block.isPresent()) {
            return pairs;
        }
        for (JsonField entry : block.elements()) {
            entry.requireObject();
            entry.allowOnly(TRANSFER_FIELDS);
            LanguageConfig from = readLanguage(resolve(file, entry.field("from").text()), seed);
            LanguageConfig to = readLanguage(resolve(file, entry.field("to").text()), seed);
            pairs.add(new org.cmsim.model.TransferPair(from, to,
                    entry.field("exposure").isPresent()
                            ? java.util.OptionalLong.of(entry.field("exposure").integer(1, 1,
                            WorkLimits.PRESENTATIONS)) : java.util.OptionalLong.empty(),
                    count(entry.field("orders")), count(entry.field("seeds"))));
        }
        return pairs;
    }

    private static java.util.OptionalInt count(JsonField field) throws InputException {
        return field.isPresent() ? java.util.OptionalInt.of((int) field.integer(1, 1, WorkLimits.REPLICATES)) : java.util.OptionalInt.empty();
    }

    /** Reads the config of one language. */
    public static LanguageConfig readLanguage(Path file) throws InputException {
        return readLanguage(file, DEFAULT_SEED);
    }

    private static LanguageConfig readLanguage(Path file, long defaultSeed) throws InputException {
        JsonSource source = JsonSource.read(file);
        JsonField root = source.root();
        root.requireObject();
        if (root.field("languages").isPresent()) {
            throw root.field("languages").error("this command takes the config of one language, not a run config");
        }
        return language(source, root, defaultSeed);
    }

    private static LanguageConfig language(JsonSource source, JsonField root, long defaultSeed)
            throws InputException {
        root.requireObject();
        root.allowOnly(LANGUAGE_FIELDS);
        String name = folderSafeName(root.field("name"), null);
        Optional<Language> language = language(root.field("language"));
        // The corpus may be left out when the config has choices (fit, simulate and recover need none).
        Path corpus = root.field("corpus").isPresent() || !root.field("choices").isPresent()
                ? resolve(source.file(), root.field("corpus").text()) : null;
        Optional<Path> choices = root.field("choices").isPresent()
                ? Optional.of(resolve(source.file(), root.field("choices").text())) : Optional.empty();
        FeatureSpace space = features(root.field("features"));
        List<Cue> cues = new ArrayList<>();
        for (JsonField cue : root.field("cues").elements()) {
            cues.add(CueKinds.read(cue, space));
        }
        long seed = root.field("seed").integer(defaultSeed, 0);
        try {
            return new LanguageConfig(source.file(), name, language, corpus, choices, space, cues, seed,
                    learn(root.field("learn")), attention(root.field("attention")), select(root.field("select")),
                    root.field("invented").bool(false));
        } catch (IllegalArgumentException e) {
            throw root.field("cues").error("%s", e.getMessage());
        }
    }

    /** {@code "language": "de"}: an ISO 639-1 code cmsim has tables for; absent for a language without tables. */
    private static Optional<Language> language(JsonField field) throws InputException {
        if (!field.isPresent()) {
            return Optional.empty();
        }
        String code = field.text();
        return Optional.of(Language.ofCode(code).orElseThrow(() -> field.error(
                "'%s' is not the ISO 639-1 code of a language cmsim has tables for (%s)", code,
                String.join(", ", Language.codes()))));
    }

    /** {@code "select": {"genre": ["spoken"], ...}}: the values each named column may have. */
    private static RowSelection select(JsonField field) throws InputException {
        if (!field.isPresent()) {
            return RowSelection.ALL;
        }
        field.requireObject();
        Map<String, Set<String>> columns = new TreeMap<>();
        for (String column : field.fieldNames()) {
            List<String> values = field.field(column).texts();
            if (values.isEmpty()) {
                throw field.field(column).error("lists no values");
            }
            columns.put(column, new HashSet<>(values));
        }
        return new RowSelection(columns);
    }

    /** A name that becomes a folder of the output ({@link FolderName}); {@code fallback} when absent, if not null. */
    private static String folderSafeName(JsonField field, String fallback) throws InputException {
        String name = fallback == null ? field.text() : field.text(fallback);
        if (FolderName.of(name).isEmpty()) {
            throw field.error("'%s' cannot name an output folder: %s", name, FolderName.RULE);
        }
        return name;
    }

    private static FeatureSpace features(JsonField field) throws InputException {
        if (!field.isPresent()) {
            return new FeatureSpace(List.of());
        }
        List<Feature> features = new ArrayList<>();
        for (String name : field.fieldNames()) {
            JsonField values = field.field(name);
            try {
                features.add(new Feature(name, values.texts()));
            } catch (IllegalArgumentException e) {
                throw values.error("%s", e.getMessage());
            }
        }
        return new FeatureSpace(features);
    }

    private static LearnSettings learn(JsonField field) throws InputException {
        LearnSettings d = LearnSettings.DEFAULTS;
        if (!field.isPresent()) {
            return d;
        }
        field.requireObject();
        field.allowOnly(LEARN_FIELDS);
        double rate = field.field("rate").number(d.rate());
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw field.field("rate").error("must be a positive number, was %s", rate);
        }
        return new LearnSettings(field.field("presentations").integer(d.presentations(), 1, WorkLimits.PRESENTATIONS),
                rate, field.field("checkpoints").integer(d.checkpoints(), 2, WorkLimits.CHECKPOINTS));
    }

    private static AttentionSettings attention(JsonField field) throws InputException {
        AttentionSettings d = AttentionSettings.DEFAULTS;
        if (!field.isPresent()) {
            return d;
        }
        field.requireObject();
        field.allowOnly(ATTENTION_FIELDS);
        AttentionSettings.Readout readout = choice(field.field("readout"), AttentionSettings.Readout.class,
                d.readout());
        AttentionSettings.QuerySource query = choice(field.field("query"), AttentionSettings.QuerySource.class,
                d.query());
        double learningRate = field.field("learningRate").number(d.learningRate());
        double l2 = field.field("l2").number(d.l2());
        double heldOut = field.field("heldOut").number(d.heldOut());
        if (!(learningRate > 0)) {
            throw field.field("learningRate").error("must be positive, was %s", learningRate);
        }
        if (!(l2 >= 0)) {
            throw field.field("l2").error("must not be negative, was %s", l2);
        }
        if (!(heldOut >= 0 && heldOut < 1)) {
            throw field.field("heldOut").error("must lie in [0, 1), was %s", heldOut);
        }
        return new AttentionSettings(
                field.field("dModel").integer(d.dModel(), 1, Integer.MAX_VALUE),
                field.field("dK").integer(d.dK(), 1, Integer.MAX_VALUE),
                field.field("dV").integer(d.dV(), 1, Integer.MAX_VALUE),
                readout, query,
                field.field("epochs").integer(d.epochs(), 1, WorkLimits.EPOCHS),
                field.field("batchSize").integer(d.batchSize(), 1, Integer.MAX_VALUE),
                learningRate, l2, heldOut,
                field.field("patience").integer(d.patience(), 1, Integer.MAX_VALUE),
                l2Choice(field));
    }

    /**
     * How {@code run} sets the heads' L2: {@code l2Choice} when given (as manifest.json records it, so a resolved
     * config reproduces its run), else as set when {@code l2} is given, else cross-validated.
     */
    private static AttentionSettings.L2Choice l2Choice(JsonField field) throws InputException {
        return choice(field.field("l2Choice"), AttentionSettings.L2Choice.class, field.field("l2").isPresent()
                ? AttentionSettings.L2Choice.AS_SET : AttentionSettings.DEFAULTS.l2Choice());
    }

    private static <E extends Enum<E>> E choice(JsonField field, Class<E> type, E fallback) throws InputException {
        if (!field.isPresent()) {
            return fallback;
        }
        String text = field.text();
        E[] values = type.getEnumConstants();
        return ConfigNames.parse(values, text).orElseThrow(() -> field.error("'%s' is not one of %s", text,
                String.join(", ", ConfigNames.all(values))));
    }

    private static Path resolve(Path configFile, String relative) {
        Path parent = configFile.toAbsolutePath().getParent();
        Path resolved = parent.resolve(relative).normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return resolved.startsWith(cwd) ? cwd.relativize(resolved) : resolved;
    }
}
