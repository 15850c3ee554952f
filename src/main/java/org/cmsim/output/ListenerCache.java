package org.cmsim.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.cmsim.attention.AttentionHead;
import org.cmsim.attention.Vocabulary;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.Rules;
import org.cmsim.design.Exposure;
import org.cmsim.explain.Explainer;
import org.cmsim.explain.ListenerModels;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;

/**
 * The listeners {@code explain} fits to a shipped corpus when no run is given (every rule's parameters, the
 * multiplicative strengths with their intervals, the attention head), kept in the user's cache directory
 * ({@code $XDG_CACHE_HOME/cmsim/listeners}, else {@code ~/.cache/cmsim/listeners}; the system property
 * {@code cmsim.cache} overrides the base) so that the second explanation of a language reads them in
 * milliseconds instead of training heads for seconds.
 *
 * <p>An entry is named by a SHA-256 over everything the fit depends on: this file's format, cmsim's version and
 * the jar it runs from (time and size), the language's resolved config (every setting, the seed included) and the
 * corpus's bytes. A changed corpus, setting or program gets a new entry. Numbers are stored as Java writes a
 * double ({@link Double#toString}), which reads back to the same bits, so a cached listener reads every sentence
 * exactly as a fresh fit does. Entries are written to a temporary sibling and renamed; an entry that does not
 * parse to the end is ignored and rebuilt; a cache that cannot be written is not an error.
 */
public final class ListenerCache implements Explainer.Fitter {

    /** Raised when the file layout or what is stored changes, so that older entries are not read. */
    private static final int FORMAT = 1;
    private static final String HEADER = "cmsim listeners v" + FORMAT;

    private final Path directory;
    private final String program;

    /**
     * A cache in {@code directory}; {@code program} names the code that fits (version and build), part of
     * every key.
     */
    public ListenerCache(Path directory, String program) {
        this.directory = directory;
        this.program = program;
    }

    /** The user's cache for this version of cmsim, running from this jar. */
    public static ListenerCache defaultCache(String version) {
        String property = System.getProperty("cmsim.cache");
        Path base;
        if (property != null && !property.isBlank()) {
            base = Path.of(property);
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            base = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                    .resolve("cmsim");
        }
        return new ListenerCache(base.resolve("listeners"), version + " " + build());
    }

    /** The running jar's modification time and size; "classes" when run from a class folder. */
    private static String build() {
        try {
            Path code = Path.of(ListenerCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Files.getLastModifiedTime(code).toMillis() + "-" + Files.size(code)
                    : "classes";
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The listeners of {@code config} on {@code corpus}: read from the cache, else fitted and cached. */
    @Override
    public ListenerModels fit(LanguageConfig config, SentenceCorpus corpus) throws InputException {
        Optional<Path> file = entry(config);
        if (file.isPresent()) {
            Optional<ListenerModels> cached = read(file.get(), config, corpus);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        ListenerModels fitted = ListenerModels.fit(config, corpus);
        file.ifPresent(f -> write(f, fitted));
        return fitted;
    }

    /** The entry's file; empty when the corpus cannot be read to hash it (the fit then reports the problem). */
    Optional<Path> entry(LanguageConfig config) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((HEADER + "\n" + program + "\n" + OutputDirectory.jsonText(Manifest.resolved(config)) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(config.corpus()));
            return Optional.of(directory.resolve(HexFormat.of().formatHex(digest.digest()) + ".tsv"));
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    /** Empty when the entry is missing, truncated or not of this format: it is then rebuilt. */
    static Optional<ListenerModels> read(Path file, LanguageConfig config, SentenceCorpus corpus) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(reader.readLine())) {
                return Optional.empty();
            }
            String source = null;
            List<ListenerModels.Strength> strengths = new ArrayList<>();
            Map<String, Map<String, Double>> rules = new LinkedHashMap<>();
            Map<String, double[]> embeddings = new LinkedHashMap<>();
            Map<String, double[]> vectors = new LinkedHashMap<>();
            Map<String, double[][]> matrices = new LinkedHashMap<>();
            int lines = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "source" -> source = f[1];
                    case "strength" -> strengths.add(new ListenerModels.Strength(f[1], number(f[2]), number(f[3]),
                            number(f[4])));
                    case "rule" -> rules.computeIfAbsent(f[1], r -> new LinkedHashMap<>()).put(f[2], number(f[3]));
                    case "embedding" -> embeddings.put(f[1], vector(f[2]));
                    case "vector" -> vectors.put(f[1], f[2].equals("null") ? null : vector(f[2]));
                    case "matrix" -> matrices.put(f[1], matrix(f, 2));
                    case "end" -> {
                        return Integer.parseInt(f[1]) == lines
                                ? Optional.of(models(config, corpus, source, strengths, rules, embeddings, vectors,
                                        matrices))
                                : Optional.empty();
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
                lines++;
            }
            return Optional.empty();   // no end line: a truncated entry
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ListenerModels models(LanguageConfig config, SentenceCorpus corpus, String source,
                                         List<ListenerModels.Strength> strengths,
                                         Map<String, Map<String, Double>> rules, Map<String, double[]> embeddings,
                                         Map<String, double[]> vectors, Map<String, double[][]> matrices) {
        double[] b = vectors.get("b");
        AttentionHead.Export export = new AttentionHead.Export(embeddings, matrices.get("wq"), matrices.get("wk"),
                matrices.get("wv"), vectors.get("query"), vectors.get("w"), b == null ? null : b[0]);
        AttentionHead head = AttentionHead.fromExport(new Vocabulary(config.features()), config.attention(), export);
        List<ListenerModels.FittedRule> fitted = new ArrayList<>();
        for (ChoiceRule rule : Rules.ALL) {
            if (rule.name().equals(ListenerModels.STRENGTHS_RULE)) {
                Map<String, Double> byName = new LinkedHashMap<>();
                strengths.forEach(s -> byName.put(s.parameter(), s.estimate()));
                fitted.add(new ListenerModels.FittedRule(rule, byName));
            } else {
                fitted.add(new ListenerModels.FittedRule(rule, java.util.Objects.requireNonNull(rules.get(rule.name()))));
            }
        }
        return new ListenerModels(config, Exposure.of(corpus, config.cues()), strengths, fitted, head,
                java.util.Objects.requireNonNull(source));
    }

    /** Writes the entry through a temporary sibling; a failure leaves no entry and is otherwise ignored. */
    static void write(Path file, ListenerModels models) {
        if (!storable(models)) {
            return;   // a name the line format cannot hold: do without the cache
        }
        List<String> lines = lines(models);
        Path temporary = file.resolveSibling(file.getFileName() + "." + ThreadLocalRandom.current().nextLong(1L << 62)
                + ".partial");
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    writer.write(line);
                    writer.write('\n');
                }
                writer.write("end\t" + (lines.size()) + "\n");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Nothing more to do: the next explanation fits again.
            }
        }
    }

    /** Whether every name and the source can stand in a tab-separated line. */
    private static boolean storable(ListenerModels models) {
        List<String> names = new ArrayList<>(List.of(models.source()));
        models.strengths().forEach(s -> names.add(s.parameter()));
        models.rules().forEach(r -> names.addAll(r.parameters().keySet()));
        names.addAll(models.head().export().embeddings().keySet());
        return names.stream().noneMatch(name -> name.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r'));
    }

    /** The entry's lines from its header on, without the end line. */
    private static List<String> lines(ListenerModels models) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("source\t" + models.source());
        for (ListenerModels.Strength s : models.strengths()) {
            lines.add("strength\t" + s.parameter() + "\t" + s.estimate() + "\t" + s.low() + "\t" + s.high());
        }
        for (ListenerModels.FittedRule rule : models.rules()) {
            if (!rule.rule().name().equals(ListenerModels.STRENGTHS_RULE)) {
                rule.parameters().forEach((name, value) -> lines.add("rule\t" + rule.rule().name() + "\t" + name
                        + "\t" + value));
            }
        }
        AttentionHead.Export export = models.head().export();
        export.embeddings().forEach((name, e) -> lines.add("embedding\t" + name + "\t" + text(e)));
        lines.add(matrixLine("wq", export.wq()));
        lines.add(matrixLine("wk", export.wk()));
        lines.add(matrixLine("wv", export.wv()));
        lines.add("vector\tquery\t" + (export.query() == null ? "null" : text(export.query())));
        lines.add("vector\tw\t" + (export.w() == null ? "null" : text(export.w())));
        lines.add("vector\tb\t" + (export.b() == null ? "null" : text(new double[] {export.b()})));
        return lines;
    }

    private static String matrixLine(String name, double[][] m) {
        if (m == null) {
            return "matrix\t" + name + "\tnull";
        }
        StringBuilder line = new StringBuilder("matrix\t").append(name);
        for (double[] row : m) {
            line.append('\t').append(text(row));
        }
        return line.toString();
    }

    private static double[][] matrix(String[] fields, int from) {
        if (fields.length == from + 1 && fields[from].equals("null")) {
            return null;
        }
        double[][] m = new double[fields.length - from][];
        for (int r = 0; r < m.length; r++) {
            m[r] = vector(fields[from + r]);
        }
        return m;
    }

    private static String text(double[] v) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            out.append(i == 0 ? "" : " ").append(v[i]);
        }
        return out.toString();
    }

    private static double[] vector(String text) {
        return text.isEmpty() ? new double[0] : Arrays.stream(text.split(" ")).mapToDouble(ListenerCache::number)
                .toArray();
    }

    /** Java's own text of a double, which reads back to the same bits (NaN and infinities included). */
    private static double number(String text) {
        return Double.parseDouble(text);
    }
}
