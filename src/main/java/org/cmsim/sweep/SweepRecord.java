package org.cmsim.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.io.InputException;
import org.cmsim.io.MalformedJson;
import org.cmsim.io.OutputNames;

/**
 * {@code DIR/sweep.json}: the plan a sweep directory belongs to (its fingerprint, grid and tasks), written
 * when the directory is created. A rerun checks it before skipping finished tasks, and sweep-merge reads
 * it to join shards of the same sweep.
 */
final class SweepRecord {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepRecord() {
    }

    static String json(SweepPlan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("fingerprint", plan.fingerprint());
        root.put("command", plan.command().configName());
        root.put("seed", plan.seed());
        root.put("grid", plan.gridNames());
        List<Object> tasks = new ArrayList<>();
        for (SweepTask task : plan.tasks()) {
            tasks.add(taskFields(task));
        }
        root.put("tasks", tasks);
        return write(root);
    }

    /** {@code sweep-task.json} in a task's folder: which task this is. */
    static String taskJson(SweepTask task) {
        Map<String, Object> fields = taskFields(task);
        fields.put("command", task.command().arguments(Path.of(OutputNames.TASK_CONFIG), Path.of("DIR")));
        return write(fields);
    }

    private static Map<String, Object> taskFields(SweepTask task) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("index", task.index());
        fields.put("task", task.id());
        Map<String, String> grid = new LinkedHashMap<>();
        for (int i = 0; i < task.gridNames().size(); i++) {
            grid.put(task.gridNames().get(i), task.gridValues().get(i));
        }
        fields.put("grid", grid);
        fields.put("replicate", task.replicate());
        fields.put("seed", task.seed());
        return fields;
    }

    /**
     * The plan recorded in {@code dir}, with its tasks' configs left out (they are in each task's folder). A
     * record that is not what {@link #json} writes (edited, or written by something else) is refused with the
     * path of the field that is wrong.
     */
    static SweepPlan read(Path dir) throws InputException {
        Path file = dir.resolve(OutputNames.SWEEP_RECORD);
        if (!Files.isRegularFile(file)) {
            throw InputException.in(dir, "not a sweep directory (no %s)", OutputNames.SWEEP_RECORD);
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw MalformedJson.of(file, e);
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: %s", e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw InputException.in(file, "is empty, not a sweep record");
        }
        Fields fields = new Fields(file);
        fields.object(root, "the record");
        String fingerprint = fields.text(root.get("fingerprint"), "fingerprint");
        SweptCommand command;
        try {
            command = SweptCommand.parse(fields.text(root.get("command"), "command"));
        } catch (IllegalArgumentException e) {
            throw fields.error("command", e.getMessage());
        }
        long seed = fields.wholeNumber(root.get("seed"), "seed");
        List<String> names = new ArrayList<>();
        JsonNode grid = fields.array(root.get("grid"), "grid");
        for (int i = 0; i < grid.size(); i++) {
            names.add(fields.text(grid.get(i), "grid[" + i + "]"));
        }
        JsonNode taskList = fields.array(root.get("tasks"), "tasks");
        List<SweepTask> tasks = new ArrayList<>();
        for (int i = 0; i < taskList.size(); i++) {
            String at = "tasks[" + i + "]";
            JsonNode task = fields.object(taskList.get(i), at);
            JsonNode taskGrid = fields.object(task.get("grid"), at + ".grid");
            List<String> values = new ArrayList<>();
            for (String name : names) {
                values.add(fields.text(taskGrid.get(name), at + ".grid." + name));
            }
            long index = fields.wholeNumber(task.get("index"), at + ".index");
            String id = fields.text(task.get("task"), at + ".task");
            long replicate = fields.wholeNumber(task.get("replicate"), at + ".replicate");
            long taskSeed = fields.wholeNumber(task.get("seed"), at + ".seed");
            if (index > Integer.MAX_VALUE || replicate > Integer.MAX_VALUE) {
                throw fields.error(at, "index or replicate beyond " + Integer.MAX_VALUE);
            }
            try {
                tasks.add(new SweepTask((int) index, id, names, values, (int) replicate, taskSeed, command, ""));
            } catch (IllegalArgumentException e) {
                throw fields.error(at, e.getMessage());
            }
        }
        return new SweepPlan(command, names, seed, tasks, fingerprint);
    }

    /** Reads the fields of a record, naming the one that is missing or of the wrong type by its path. */
    private record Fields(Path file) {

        /** Values shown in a message are cut short: the line names the field, it need not copy it. */
        private static final int SHOWN = 60;

        InputException error(String path, String detail) {
            return InputException.in(file, "%s: %s", path, detail);
        }

        private static String shown(JsonNode node) {
            String text = node.toString();
            return text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
        }

        JsonNode object(JsonNode node, String path) throws InputException {
            if (present(node, path).isObject()) {
                return node;
            }
            throw error(path, "must be a JSON object, was " + shown(node));
        }

        JsonNode array(JsonNode node, String path) throws InputException {
            if (present(node, path).isArray()) {
                return node;
            }
            throw error(path, "must be a list, was " + shown(node));
        }

        String text(JsonNode node, String path) throws InputException {
            if (present(node, path).isTextual()) {
                return node.asText();
            }
            throw error(path, "must be a string, was " + shown(node));
        }

        long wholeNumber(JsonNode node, String path) throws InputException {
            if (present(node, path).isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 0) {
                return node.asLong();
            }
            throw error(path, "must be a whole number from 0, was " + shown(node));
        }

        private JsonNode present(JsonNode node, String path) throws InputException {
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw error(path, "missing");
            }
            return node;
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
