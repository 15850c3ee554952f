package org.cmsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cmsim.input.ConfigReader;

/**
 * Builds a task's config from the sweep's base config: paths made absolute (the task runs elsewhere),
 * a run config's language files inlined (so that a setting can reach every language), then the dotted
 * settings applied. In a run config a setting that is not a run field ({@code attention.l2}) applies to
 * every language, and {@code seed} to the run and every language, so each language trains with the
 * task's seed.
 */
final class TaskConfigs {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final long DEFAULT_SEED = 1;

    private final ObjectNode base;
    private final boolean run;

    private TaskConfigs(ObjectNode base, boolean run) {
        this.base = base;
        this.run = run;
    }

    /** Reads the base config; a run config's languages given as files are read and inlined. */
    static TaskConfigs read(Path config) throws IOException {
        ObjectNode root = object(config);
        absolutePaths(root, config);
        boolean run = root.has("languages") && root.get("languages").isArray();
        if (run) {
            inline((ArrayNode) root.get("languages"), config);
        }
        return new TaskConfigs(root, run);
    }

    /** Replaces each language file named in {@code languages} by its content, paths made absolute. */
    private static void inline(ArrayNode languages, Path config) throws IOException {
        for (int i = 0; i < languages.size(); i++) {
            if (languages.get(i).isTextual()) {
                Path file = config.toAbsolutePath().getParent().resolve(languages.get(i).asText()).normalize();
                ObjectNode language = object(file);
                absolutePaths(language, file);
                languages.set(i, language);
            } else if (languages.get(i).isObject()) {
                absolutePaths((ObjectNode) languages.get(i), config);
            }
        }
    }

    /** The base config's own seed: the sweep seed when the sweep file names none. */
    long baseSeed() {
        JsonNode seed = base.get("seed");
        return seed != null && seed.canConvertToLong() && seed.asLong() >= 0 ? seed.asLong() : DEFAULT_SEED;
    }

    boolean isRun() {
        return run;
    }

    /**
     * The base config with {@code names[i]} set to {@code values[i]}, as indented JSON. A grid over
     * {@code languages} (lists of language files, made absolute by the plan) is applied first and its files
     * inlined, so that the other settings reach the languages it names.
     */
    String with(List<String> names, List<JsonNode> values) {
        ObjectNode config = base.deepCopy();
        int languages = run ? names.indexOf("languages") : -1;
        if (languages >= 0) {
            JsonNode value = values.get(languages).deepCopy();
            if (value instanceof ArrayNode list) {
                try {
                    inline(list, Path.of("/").resolve("config.json"));
                } catch (IOException e) {
                    throw new IllegalArgumentException("languages: " + e.getMessage());
                }
            }
            config.set("languages", value);
        }
        for (int i = 0; i < names.size(); i++) {
            if (i != languages) {
                set(config, names.get(i), values.get(i));
            }
        }
        try {
            return JSON.writeValueAsString(config) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a config as JSON", e);
        }
    }

    private void set(ObjectNode config, String name, JsonNode value) {
        String first = name.split("\\.", 2)[0];
        if (run && name.equals("seed")) {
            config.set("seed", value.deepCopy());
            for (JsonNode language : config.get("languages")) {
                ((ObjectNode) language).set("seed", value.deepCopy());
            }
        } else if (run && !ConfigReader.RUN_FIELDS.contains(first)) {
            for (JsonNode language : config.get("languages")) {
                setPath(language, name, value);
            }
        } else {
            setPath(config, name, value);
        }
    }

    /** Sets a dotted path, creating objects on the way; a number segment indexes an existing list element. */
    private static void setPath(JsonNode root, String name, JsonNode value) {
        String[] segments = name.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            String segment = segments[i];
            if (node instanceof ArrayNode array) {
                String list = String.join(".", List.of(segments).subList(0, i));
                if (!segment.matches("[0-9]+")) {
                    throw new IllegalArgumentException(list + " is a list: '" + segment + "' is not a position in it"
                            + " (0, 1, ...)");
                }
                // more digits than an int holds is past the end of any list
                if (segment.length() > 9 || Integer.parseInt(segment) >= array.size()) {
                    throw new IllegalArgumentException(list + " has no element " + segment + " (it has "
                            + array.size() + ")");
                }
                int index = Integer.parseInt(segment);
                if (last) {
                    array.set(index, value.deepCopy());
                } else {
                    node = array.get(index);
                }
            } else if (node instanceof ObjectNode object) {
                if (segment.chars().allMatch(Character::isDigit)) {
                    throw new IllegalArgumentException(String.join(".", List.of(segments).subList(0, i))
                            + " is not a list");
                }
                if (last) {
                    object.set(segment, value.deepCopy());
                } else {
                    if (!object.has(segment) || object.get(segment).isNull()) {
                        object.putObject(segment);
                    }
                    node = object.get(segment);
                }
            } else {
                throw new IllegalArgumentException(String.join(".", List.of(segments).subList(0, i))
                        + " is not an object");
            }
        }
    }

    private static ObjectNode object(Path file) throws IOException {
        JsonNode node = JSON.readTree(Files.readAllBytes(file));
        if (!(node instanceof ObjectNode object)) {
            throw new IOException(file + ": a config must be a JSON object");
        }
        return object;
    }

    private static void absolutePaths(ObjectNode config, Path file) {
        Path directory = file.toAbsolutePath().getParent();
        for (String field : new ArrayList<>(ConfigReader.PATH_FIELDS)) {
            JsonNode value = config.get(field);
            if (value != null && value.isTextual()) {
                config.set(field, new TextNode(directory.resolve(value.asText()).normalize().toString()));
            }
        }
    }
}
