package org.cmsim.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cmsim.attention.AttentionHead;
import org.cmsim.attention.Vocabulary;
import org.cmsim.design.Exposure;
import org.cmsim.input.ConfigReader;
import org.cmsim.io.CsvReader;
import org.cmsim.io.CsvRecord;
import org.cmsim.io.InputException;
import org.cmsim.io.Installation;
import org.cmsim.io.MalformedJson;
import org.cmsim.io.OutputNames;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.RunConfig;
import org.cmsim.model.SentenceCorpus;

/**
 * A finished run's listeners: the run config named in its manifest.json, each language's
 * multiplicative strengths fitted to the corpus (strengths.csv, {@code data} = corpus) and its head
 * (qkv.json). The other registered rules (additive, hierarchy), which {@code run} fits only to choice
 * data, are fitted to the same corpus here.
 */
public final class RunModels {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunModels() {
    }

    /** The run config a run directory was made from. */
    public static RunConfig config(Path run) throws InputException {
        Path manifest = run.resolve(OutputNames.MANIFEST);
        JsonNode root = readJson(manifest);
        JsonNode config = root.get("config");
        if (config == null || !config.isTextual()) {
            throw InputException.in(manifest, "field config: missing; is %s a directory cmsim run wrote?", run);
        }
        return ConfigReader.readRun(configFile(run, manifest, root, config.asText()));
    }

    /**
     * The run's config: seen from the run's folder (older manifests lack that field), else as run was given it,
     * else under the installation (a run of a shipped config started in the checkout and read from elsewhere).
     */
    private static Path configFile(Path run, Path manifest, JsonNode root, String given) throws InputException {
        List<Path> tried = new ArrayList<>();
        JsonNode fromOutput = root.get(OutputNames.MANIFEST_CONFIG_FROM_OUTPUT);
        if (fromOutput != null && fromOutput.isTextual()) {
            tried.add(run.resolve(fromOutput.asText()).normalize());
        }
        Path asGiven = Path.of(given);
        tried.add(asGiven);
        if (!asGiven.isAbsolute()) {
            Installation.home().ifPresent(home -> tried.add(home.resolve(asGiven)));
        }
        for (Path candidate : tried) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw InputException.in(manifest, "field config: %s: no such file (looked for %s)", given,
                String.join(", ", tried.stream().map(Path::toString).distinct().toList()));
    }

    /** The folder {@code run} writes a language into. */
    public static String folder(String language) {
        return language.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    }

    public static ListenerModels read(Path run, LanguageConfig config, SentenceCorpus corpus) throws InputException {
        Path dir = run.resolve(folder(config.name()));
        List<ListenerModels.Strength> strengths = strengths(dir.resolve(OutputNames.STRENGTHS));
        AttentionHead head = head(dir.resolve(OutputNames.QKV), config);
        return ListenerModels.withOtherRules(config, Exposure.of(corpus, config.cues()), strengths, head,
                "read from " + dir);
    }

    static List<ListenerModels.Strength> strengths(Path file) throws InputException {
        List<ListenerModels.Strength> strengths = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(file)) {
            int rule = reader.requireColumn("rule");
            int parameter = reader.requireColumn("parameter");
            int estimate = reader.requireColumn("estimate");
            int low = reader.requireColumn("ci_low");
            int high = reader.requireColumn("ci_high");
            int data = reader.column("data");
            CsvRecord row;
            while ((row = reader.next()) != null) {
                if (row.field(rule).equals("multiplicative") && (data < 0 || row.field(data).equals("corpus"))) {
                    strengths.add(new ListenerModels.Strength(row.field(parameter),
                            number(file, reader, row, estimate), number(file, reader, row, low),
                            number(file, reader, row, high)));
                }
            }
        }
        if (strengths.isEmpty()) {
            throw InputException.in(file, "no multiplicative strengths fitted to the corpus");
        }
        return strengths;
    }

    private static double number(Path file, CsvReader reader, CsvRecord row, int column) throws InputException {
        String text = row.field(column).strip();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw InputException.notANumber(file, row.line(), reader.header().get(column).strip(), text);
        }
    }

    static AttentionHead head(Path file, LanguageConfig config) throws InputException {
        JsonNode root = readJson(file);
        try {
            JsonNode model = root.get("model");
            AttentionSettings settings = config.attention();
            if (settings.dModel() != model.get("dModel").asInt() || settings.dK() != model.get("dK").asInt()) {
                throw InputException.in(file, "the head's sizes differ from the config's");
            }
            Map<String, double[]> embeddings = new LinkedHashMap<>();
            root.get("embeddings").fields().forEachRemaining(e -> embeddings.put(e.getKey(), vector(e.getValue())));
            AttentionHead.Export export = new AttentionHead.Export(embeddings, matrix(root.get("W_Q")),
                    matrix(root.get("W_K")), matrix(root.get("W_V")), vector(root.get("query")), vector(root.get("w")),
                    root.get("b") == null || root.get("b").isNull() ? null : root.get("b").asDouble());
            return AttentionHead.fromExport(new Vocabulary(config.features()), settings, export);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InputException.in(file, "not a head of this language's features: %s", e.getMessage());
        }
    }

    private static double[] vector(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = node.get(i).asDouble();
        }
        return v;
    }

    private static double[][] matrix(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        double[][] m = new double[node.size()][];
        for (int r = 0; r < m.length; r++) {
            m[r] = vector(node.get(r));
        }
        return m;
    }

    private static JsonNode readJson(Path file) throws InputException {
        try {
            return MAPPER.readTree(Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw InputException.in(file, "no such file");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw MalformedJson.of(file, e);
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: %s", e.getMessage());
        }
    }
}
