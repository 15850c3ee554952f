package org.cmsim.sweep;

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

    /** The plan recorded in {@code dir}, with its tasks' configs left out (they are in each task's folder). */
    static SweepPlan read(Path dir) throws InputException {
        Path file = dir.resolve(OutputNames.SWEEP_RECORD);
        if (!Files.isRegularFile(file)) {
            throw InputException.in(dir, "not a sweep directory (no %s)", OutputNames.SWEEP_RECORD);
        }
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            SweptCommand command = SweptCommand.parse(root.get("command").asText());
            List<String> names = new ArrayList<>();
            root.get("grid").forEach(n -> names.add(n.asText()));
            List<SweepTask> tasks = new ArrayList<>();
            for (JsonNode task : root.get("tasks")) {
                List<String> values = new ArrayList<>();
                for (String name : names) {
                    values.add(task.get("grid").get(name).asText());
                }
                tasks.add(new SweepTask(task.get("index").asInt(), task.get("task").asText(), names, values,
                        task.get("replicate").asInt(), task.get("seed").asLong(), command, ""));
            }
            return new SweepPlan(command, names, root.get("seed").asLong(), tasks, root.get("fingerprint").asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw MalformedJson.of(file, e);
        } catch (IOException | RuntimeException e) {
            throw InputException.in(file, "not a sweep record cmsim can read: %s", e.getMessage());
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
