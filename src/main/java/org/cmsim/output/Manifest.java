package org.cmsim.output;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.cmsim.io.OutputNames;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.ConfigNames;
import org.cmsim.model.CorpusClusters;
import org.cmsim.model.Cue;
import org.cmsim.model.Feature;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.LearnSettings;
import org.cmsim.model.RunConfig;

/** What manifest.json records so that a run can be reproduced: config, versions, input checksums. */
public final class Manifest {

    private Manifest() {
    }

    /**
     * The config with every default filled in, as the run used it: after {@code cmsim run}, {@code attention.l2}
     * is the L2 the heads were trained at and {@code attention.l2Choice} says whether it was cross-validated.
     */
    public static Map<String, Object> resolved(LanguageConfig config) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", config.name());
        config.language().ifPresent(language -> json.put("language", language.code()));
        json.put("config", config.file() == null ? null : config.file().toString());
        json.put("corpus", config.corpus().toString());
        json.put("choices", config.choices().map(Path::toString).orElse(null));
        if (!config.select().columns().isEmpty()) {
            Map<String, Object> select = new LinkedHashMap<>();
            config.select().columnNames().forEach(c -> select.put(c, config.select().columns().get(c).stream()
                    .sorted().toList()));
            json.put("select", select);
        }
        Map<String, Object> features = new LinkedHashMap<>();
        for (Feature feature : config.features().features()) {
            features.put(feature.name(), feature.values());
        }
        json.put("features", features);
        List<Map<String, Object>> cues = new ArrayList<>();
        for (Cue cue : config.cues()) {
            cues.add(cue.configEntry());
        }
        json.put("cues", cues);
        json.put("seed", config.seed());
        LearnSettings learn = config.learn();
        json.put("learn", Json.object("presentations", learn.presentations(), "rate", learn.rate(),
                "checkpoints", learn.checkpoints()));
        AttentionSettings a = config.attention();
        Map<String, Object> attention = new LinkedHashMap<>();
        attention.put("dModel", a.dModel());
        attention.put("dK", a.dK());
        attention.put("dV", a.dV());
        attention.put("readout", ConfigNames.of(a.readout()));
        attention.put("query", ConfigNames.of(a.query()));
        attention.put("epochs", a.epochs());
        attention.put("batchSize", a.batchSize());
        attention.put("learningRate", a.learningRate());
        attention.put("l2", a.l2());
        attention.put("l2Choice", ConfigNames.of(a.l2Choice()));
        attention.put("heldOut", a.heldOut());
        attention.put("patience", a.patience());
        json.put("attention", attention);
        return json;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The git commit of the working directory, or null when git or a repository is not there. */
    public static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).strip();
            if (git.waitFor(5, TimeUnit.SECONDS) && git.exitValue() == 0 && out.matches("[0-9a-f]{40}")) {
                return out;
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** {@code config} as a path from the folder {@code output}, with '/' between names on every system. */
    static String configFromOutput(Path config, Path output) {
        Path from = output.toAbsolutePath().normalize();
        Path to = config.toAbsolutePath().normalize();
        if (!Objects.equals(from.getRoot(), to.getRoot())) {
            return to.toString();
        }
        return from.relativize(to).toString().replace(File.separatorChar, '/');
    }

    /**
     * What each language's bootstraps (the rule's and the heads') resample: per language, the description and, per
     * source, the unit (documents, sentences), how many of them and how many clauses they hold; clause by clause
     * when the corpus has no clause trace.
     */
    public static Map<String, Object> resampling(Map<String, CorpusClusters> byLanguage) {
        Map<String, Object> json = new LinkedHashMap<>();
        byLanguage.forEach((language, clusters) -> {
            List<Object> strata = new ArrayList<>();
            for (CorpusClusters.Stratum stratum : clusters.strata()) {
                strata.add(Json.object("source", stratum.source(), "unit", stratum.unit().label(),
                        "clusters", stratum.clusters().size(), "clauses", stratum.clauses()));
            }
            json.put(language, Json.object("unit", clusters.byClause() ? "clauses" : "clusters within source",
                    "description", clusters.describe(), "strata", strata));
        });
        return json;
    }

    /** manifest.json of a run: the command, versions, input checksums, the resolved config and stage times. */
    public static Map<String, Object> ofRun(RunConfig run, Path config, Path output, int threads, Instant started,
                                         String command, Map<String, Double> stageSeconds, String version)
            throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", command);
        json.put("config", config.toString());
        // "config" is relative to the directory run was started from, which explain --run and playground --run
        // cannot know; the same file seen from the output folder finds it from anywhere (and after the
        // checkout with its runs/ folder moves).
        json.put(OutputNames.MANIFEST_CONFIG_FROM_OUTPUT, configFromOutput(config, output));
        json.put("seed", run.seed());
        json.put("cmsimVersion", version);
        json.put("gitCommit", gitCommit());
        json.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        json.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        json.put("threads", threads);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put(config.toString(), sha256(config));
        if (run.findings().isPresent()) {
            inputs.put(run.findings().get().toString(), sha256(run.findings().get()));
        }
        List<Object> languages = new ArrayList<>();
        for (LanguageConfig language : run.languages()) {
            if (language.file() != null && !language.file().equals(config)) {
                inputs.put(language.file().toString(), sha256(language.file()));
            }
            inputs.put(language.corpus().toString(), sha256(language.corpus()));
            if (language.choices().isPresent()) {
                inputs.put(language.choices().get().toString(), sha256(language.choices().get()));
            }
            languages.add(resolved(language));
        }
        json.put("inputSha256", inputs);
        List<Object> transfers = new ArrayList<>();
        for (org.cmsim.model.TransferPair pair : run.transfers()) {
            Map<String, Object> resolved = Json.object("from", pair.from().name(), "to", pair.to().name());
            pair.exposure().ifPresent(n -> resolved.put("exposure", n));
            pair.orders().ifPresent(n -> resolved.put("orders", n));
            pair.seeds().ifPresent(n -> resolved.put("seeds", n));
            transfers.add(resolved);
        }
        json.put("resolvedConfig", Json.object("name", run.name(), "seed", run.seed(), "languages", languages,
                "transfer", transfers));
        json.put("started", started.toString());
        json.put("finished", Instant.now().toString());
        json.put("stageSeconds", stageSeconds);
        return json;
    }
}
