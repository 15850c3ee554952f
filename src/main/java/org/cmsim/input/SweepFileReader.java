package org.cmsim.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.cmsim.io.InputException;
import org.cmsim.model.WorkLimits;

/** Reads a sweep file ({@link SweepFile}); every error names {@code file:line} and the field. */
public final class SweepFileReader {

    private static final Set<String> FIELDS = Set.of("command", "config", "grid", "replicates", "seed", "description");
    private static final Set<String> COMMANDS = Set.of("run", "fit", "learn", "attention");
    /** Dotted config paths: names and list indices separated by dots ({@code attention.l2}, {@code languages.0.seed}). */
    private static final Pattern SETTING = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.([A-Za-z][A-Za-z0-9_]*|[0-9]+))*");

    private SweepFileReader() {
    }

    public static SweepFile read(Path file) throws InputException {
        JsonSource source = JsonSource.read(file);
        JsonField root = source.root();
        root.requireObject();
        root.allowOnly(FIELDS);
        String command = root.field("command").text();
        if (!COMMANDS.contains(command)) {
            throw root.field("command").error("'%s' is not one of run, fit, learn, attention", command);
        }
        String configText = root.field("config").text();
        // Relative to the sweep file, as paths in configs are; failing that, to the working directory, where a
        // sweep file written beside its results (say in /tmp) most likely means it.
        Path config = file.toAbsolutePath().getParent().resolve(configText).normalize();
        if (!Files.isRegularFile(config) && Files.isRegularFile(Path.of(configText))) {
            config = Path.of(configText).toAbsolutePath().normalize();
        }
        if (!Files.isRegularFile(config)) {
            throw root.field("config").error("no such file: %s (relative to the sweep file)", configText);
        }
        List<SweepFile.Setting> grid = new ArrayList<>();
        JsonField gridField = root.field("grid");
        if (gridField.isPresent()) {
            for (String name : gridField.fieldNames()) {
                JsonField values = gridField.field(name);
                if (!SETTING.matcher(name).matches()) {
                    throw values.error("is not a dotted config setting such as attention.l2");
                }
                List<JsonField> elements = values.elements();
                if (elements.isEmpty()) {
                    throw values.error("lists no values");
                }
                List<JsonNode> nodes = new ArrayList<>();
                Map<Integer, Long> lines = new HashMap<>();
                for (int i = 0; i < elements.size(); i++) {
                    JsonNode node = elements.get(i).node();
                    if (node == null || node.isNull()) {
                        throw elements.get(i).error("a grid value must not be null");
                    }
                    if (nodes.contains(node)) {
                        throw elements.get(i).error("repeats the value %s", node);
                    }
                    nodes.add(node);
                    lines.put(i, (long) elements.get(i).line());
                }
                grid.add(new SweepFile.Setting(name, nodes, lines));
            }
        }
        // an int, and no more than a machine can run: a larger count is an error here, never cut to fit
        int replicates = root.field("replicates").integer(1, 1, WorkLimits.REPLICATES);
        requirePlannable(root, grid, replicates);
        OptionalLong seed = root.field("seed").isPresent()
                ? OptionalLong.of(root.field("seed").integer(0, 0)) : OptionalLong.empty();
        return new SweepFile(file, command, config, grid, replicates, seed);
    }

    /**
     * Grid points times replicates, the tasks of the sweep, at most {@link WorkLimits#SWEEP_TASKS}: the plan holds
     * every task's config before the first runs, so a larger sweep is refused here rather than planned for minutes.
     */
    private static void requirePlannable(JsonField root, List<SweepFile.Setting> grid, int replicates)
            throws InputException {
        BigInteger tasks = BigInteger.valueOf(replicates);
        List<String> factors = new ArrayList<>();
        for (SweepFile.Setting setting : grid) {
            factors.add(setting.values().size() + " " + setting.name());
            tasks = tasks.multiply(BigInteger.valueOf(setting.values().size()));
        }
        if (tasks.compareTo(BigInteger.valueOf(WorkLimits.SWEEP_TASKS)) > 0) {
            factors.add(replicates + (replicates == 1 ? " replicate" : " replicates"));
            throw root.field("grid").error("%s make %s tasks; a sweep may have at most %d (split it into several"
                    + " sweeps)", String.join(" x ", factors), tasks, WorkLimits.SWEEP_TASKS);
        }
    }
}
