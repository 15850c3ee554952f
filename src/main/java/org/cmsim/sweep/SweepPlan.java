package org.cmsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.SweepFile;
import org.cmsim.io.InputException;

/**
 * The tasks of a sweep: every combination of grid values (the first setting varying slowest) times the
 * replicates, each with its config checked by the same reader the command uses, and its seed.
 *
 * <p>A task's seed is derived from the sweep seed, its settings and its replicate number (SHA-256 of
 * their text, cut to 53 bits so JSON readers keep it exact), never from when or where it runs: the same
 * task gets the same seed on any engine, thread count or shard. When the grid sets {@code seed} itself,
 * that value is used as given and the sweep must have one replicate.
 */
public record SweepPlan(SweptCommand command, List<String> gridNames, long seed, List<SweepTask> tasks,
        String fingerprint) {

    private static final long SEED_BITS = (1L << 53) - 1;

    public SweepPlan {
        gridNames = List.copyOf(gridNames);
        tasks = List.copyOf(tasks);
    }

    public static SweepPlan of(SweepFile file) throws InputException {
        SweptCommand command = SweptCommand.parse(file.command());
        Path base = file.config();
        if (command == SweptCommand.RUN) {
            ConfigReader.readRun(base);
        } else {
            ConfigReader.readLanguage(base);
        }
        TaskConfigs configs;
        try {
            configs = TaskConfigs.read(base);
        } catch (IOException e) {
            throw InputException.in(base, "cannot read: %s", e.getMessage());
        }
        List<SweepFile.Setting> grid = file.grid();
        // Task configs get the paths resolved; folder names, seeds and results.csv keep the values as written.
        List<SweepFile.Setting> resolved = absolutePaths(grid, file.file());
        List<String> names = grid.stream().map(SweepFile.Setting::name).toList();
        boolean seedInGrid = names.contains("seed");
        if (seedInGrid && file.replicates() > 1) {
            throw InputException.in(file.file(), "replicates: the grid sets seed, so every replicate would repeat"
                    + " the same task; give replicates 1 or drop seed from the grid");
        }
        long sweepSeed = file.seed().orElse(configs.baseSeed());
        Validator validator = new Validator(command);
        try {
            for (SweepFile.Setting setting : grid) {
                for (int i = 0; i < setting.values().size(); i++) {
                    validator.check(configs, List.of(setting.name()),
                            List.of(resolved.get(grid.indexOf(setting)).values().get(i)), file, setting, i);
                }
            }
            List<List<Integer>> combinations = combinations(grid);
            int total = combinations.size() * file.replicates();
            String width = "%0" + String.valueOf(total).length() + "d";
            List<SweepTask> tasks = new ArrayList<>();
            for (List<Integer> combination : combinations) {
                List<JsonNode> values = new ArrayList<>();
                List<JsonNode> configValues = new ArrayList<>();
                for (int s = 0; s < grid.size(); s++) {
                    values.add(grid.get(s).values().get(combination.get(s)));
                    configValues.add(resolved.get(s).values().get(combination.get(s)));
                }
                if (!grid.isEmpty()) {
                    validator.check(configs, names, configValues, file, grid.get(0), combination.get(0));
                }
                for (int r = 1; r <= file.replicates(); r++) {
                    long seed = seedInGrid ? values.get(names.indexOf("seed")).asLong()
                            : taskSeed(sweepSeed, names, values, r);
                    List<String> taskNames = new ArrayList<>(names);
                    List<JsonNode> taskValues = new ArrayList<>(configValues);
                    if (!seedInGrid) {
                        taskNames.add("seed");
                        taskValues.add(LongNode.valueOf(seed));
                    }
                    int index = tasks.size();
                    String id = String.format(width, index + 1) + label(names, values)
                            + (file.replicates() > 1 ? "_r" + r : "");
                    tasks.add(new SweepTask(index, id, names, values.stream().map(SweepPlan::cell).toList(), r, seed,
                            command, configs.with(taskNames, taskValues)));
                }
            }
            return new SweepPlan(command, names, sweepSeed, tasks, fingerprint(command, tasks));
        } finally {
            validator.close();
        }
    }

    /**
     * Paths given in the grid ({@code corpus}, {@code choices}, {@code findings}, the files of {@code languages})
     * are relative to the sweep file; the task's config holds them absolute. results.csv keeps them as written.
     */
    private static List<SweepFile.Setting> absolutePaths(List<SweepFile.Setting> grid, Path sweepFile) {
        Path directory = sweepFile.toAbsolutePath().getParent();
        List<SweepFile.Setting> resolved = new ArrayList<>();
        for (SweepFile.Setting setting : grid) {
            String last = setting.name().substring(setting.name().lastIndexOf('.') + 1);
            List<JsonNode> values = new ArrayList<>();
            for (JsonNode value : setting.values()) {
                if (ConfigReader.PATH_FIELDS.contains(last) && value.isTextual()) {
                    values.add(TextNode.valueOf(directory.resolve(value.asText()).normalize().toString()));
                } else if (setting.name().equals("languages") && value.isArray()) {
                    ArrayNode files = value.deepCopy();
                    for (int i = 0; i < files.size(); i++) {
                        if (files.get(i).isTextual()) {
                            files.set(i, TextNode.valueOf(directory.resolve(files.get(i).asText()).normalize()
                                    .toString()));
                        }
                    }
                    values.add(files);
                } else {
                    values.add(value);
                }
            }
            resolved.add(new SweepFile.Setting(setting.name(), values, setting.valueLines()));
        }
        return resolved;
    }

    /** A grid value as results.csv shows it: a string without its quotes, anything else as JSON. */
    static String cell(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** The tasks of one shard, in sweep order. */
    public List<SweepTask> tasks(Shard shard) {
        return tasks.stream().filter(shard::contains).toList();
    }

    static long taskSeed(long sweepSeed, List<String> names, List<JsonNode> values, int replicate) {
        // Settings sorted by name: reordering the grid in the sweep file does not change any task's seed.
        TreeMap<String, String> settings = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            settings.put(names.get(i), values.get(i).toString());
        }
        StringBuilder text = new StringBuilder("cmsim sweep task\nseed=").append(sweepSeed).append('\n');
        settings.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        text.append("replicate=").append(replicate).append('\n');
        byte[] hash = sha256(text.toString());
        long seed = 0;
        for (int i = 0; i < 8; i++) {
            seed = (seed << 8) | (hash[i] & 0xff);
        }
        return seed & SEED_BITS;
    }

    private static List<List<Integer>> combinations(List<SweepFile.Setting> grid) {
        List<List<Integer>> all = new ArrayList<>();
        all.add(List.of());
        for (SweepFile.Setting setting : grid) {
            List<List<Integer>> next = new ArrayList<>();
            for (List<Integer> prefix : all) {
                for (int i = 0; i < setting.values().size(); i++) {
                    List<Integer> combination = new ArrayList<>(prefix);
                    combination.add(i);
                    next.add(combination);
                }
            }
            all = next;
        }
        return all;
    }

    /** {@code _attention.l2=0.001_seed=2}: readable and safe as a folder name on any file system. */
    private static String label(List<String> names, List<JsonNode> values) {
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String value = cell(values.get(i)).replaceAll("[^A-Za-z0-9.+-]+", "-");
            label.append('_').append(names.get(i)).append('=')
                    .append(value.length() > 32 ? value.substring(0, 32) : value);
        }
        return label.toString();
    }

    private static String fingerprint(SweptCommand command, List<SweepTask> tasks) {
        StringBuilder text = new StringBuilder(command.configName()).append('\n');
        for (SweepTask task : tasks) {
            text.append(task.id()).append('\n').append(task.seed()).append('\n').append(task.config()).append('\n');
        }
        return HexFormat.of().formatHex(sha256(text.toString()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Reads each candidate config through {@link ConfigReader}, reporting a rejection at the sweep file's value. */
    private static final class Validator implements AutoCloseable {
        private final SweptCommand command;
        private Path directory;

        Validator(SweptCommand command) {
            this.command = command;
        }

        void check(TaskConfigs configs, List<String> names, List<JsonNode> values, SweepFile file,
                SweepFile.Setting setting, int index) throws InputException {
            String text;
            try {
                text = configs.with(names, values);
            } catch (IllegalArgumentException e) {
                throw file.errorAt(setting, index, "%s", e.getMessage());
            }
            try {
                if (directory == null) {
                    directory = Files.createTempDirectory("cmsim-sweep-check");
                }
                Path config = directory.resolve("config.json");
                Files.writeString(config, text, StandardCharsets.UTF_8);
                if (command == SweptCommand.RUN) {
                    ConfigReader.readRun(config);
                } else {
                    ConfigReader.readLanguage(config);
                }
            } catch (InputException e) {
                String message = e.getMessage().replaceFirst("^" + Pattern.quote(directory.resolve("config.json")
                        .toString()) + ":\\d+: ", "");
                throw file.errorAt(setting, index, "the config rejects it: %s", message);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (directory != null) {
                TaskRunner.deleteTree(directory);
            }
        }
    }
}
