package org.cmsim.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.cmsim.io.InputException;

/**
 * A sweep file as written: {@code {"command", "config", "grid": {SETTING: [VALUES]},
 * "replicates", "seed"}}, with the line of each grid setting so that a value the config reader rejects can be
 * reported at its place in the sweep file.
 *
 * @param grid the settings in the file's order, each with its values in the file's order
 */
public record SweepFile(Path file, String command, Path config, List<Setting> grid, int replicates,
        OptionalLong seed) {

    /** One dotted config path and the values the sweep gives it. */
    public record Setting(String name, List<JsonNode> values, Map<Integer, Long> valueLines) {
        public Setting {
            values = List.copyOf(values);
            valueLines = Map.copyOf(valueLines);
        }
    }

    public SweepFile {
        grid = List.copyOf(grid);
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1, was " + replicates);
        }
    }

    /** An error at value {@code index} of grid setting {@code setting}: {@code file:line: grid.SETTING[i]: ...}. */
    public InputException errorAt(Setting setting, int index, String format, Object... args) {
        long line = setting.valueLines().getOrDefault(index, 1L);
        return InputException.at(file, line, "grid.%s[%d] = %s: %s", setting.name(), index, setting.values().get(index),
                String.format(format, args));
    }
}
