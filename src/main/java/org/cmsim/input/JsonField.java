package org.cmsim.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.cmsim.io.InputException;

/**
 * A node of a JSON config together with its field path ({@code cues[1].feature}), so that every
 * validation error can say where it is: {@code file:line: cues[1].feature: message}.
 */
final class JsonField {

    private final JsonSource source;
    private final JsonNode node;
    private final String path;
    private final String pointer;

    JsonField(JsonSource source, JsonNode node, String path, String pointer) {
        this.source = source;
        this.node = node;
        this.path = path;
        this.pointer = pointer;
    }

    boolean isPresent() {
        return node != null && !node.isMissingNode() && !node.isNull();
    }

    JsonNode node() {
        return node;
    }

    String path() {
        return path;
    }

    JsonField field(String name) {
        JsonNode child = node == null ? null : node.get(name);
        return new JsonField(source, child, path.isEmpty() ? name : path + "." + name, pointer + "/" + name);
    }

    List<JsonField> elements() throws InputException {
        if (!node.isArray()) {
            throw error("must be a list");
        }
        List<JsonField> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new JsonField(source, node.get(i), path + "[" + i + "]", pointer + "/" + i));
        }
        return elements;
    }

    List<String> fieldNames() throws InputException {
        requireObject();
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    void requireObject() throws InputException {
        if (node == null || !node.isObject()) {
            throw error("must be an object");
        }
    }

    /** Rejects fields other than {@code allowed}, so that a misspelt setting is not silently ignored. */
    void allowOnly(Set<String> allowed) throws InputException {
        for (String name : fieldNames()) {
            if (!allowed.contains(name)) {
                throw field(name).error("unknown field (expected one of: %s)", String.join(", ", allowed));
            }
        }
    }

    String text() throws InputException {
        if (!isPresent()) {
            throw error("is required");
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw error("must be a non-empty string, was %s", node);
        }
        return node.asText();
    }

    String text(String fallback) throws InputException {
        return isPresent() ? text() : fallback;
    }

    boolean bool(boolean fallback) throws InputException {
        if (!isPresent()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw error("must be true or false, was %s", node);
        }
        return node.asBoolean();
    }

    long integer(long fallback, long minimum) throws InputException {
        if (!isPresent()) {
            return fallback;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < minimum) {
            throw error("must be an integer >= %d, was %s", minimum, node);
        }
        return node.asLong();
    }

    /** A long integer in [minimum, maximum]. */
    long integer(long fallback, long minimum, long maximum) throws InputException {
        if (!isPresent()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < minimum
                || node.asLong() > maximum) {
            throw error("must be an integer from %d to %d, was %s", minimum, maximum, node);
        }
        return node.asLong();
    }

    /** An integer in [minimum, maximum]; a value outside is an error here, never cut to fit an int. */
    int integer(int fallback, int minimum, int maximum) throws InputException {
        if (!isPresent()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < minimum
                || node.asLong() > maximum) {
            throw error("must be an integer from %d to %d, was %s", minimum, maximum, node);
        }
        return (int) node.asLong();
    }

    double number(double fallback) throws InputException {
        if (!isPresent()) {
            return fallback;
        }
        if (!node.isNumber()) {
            throw error("must be a number, was %s", node);
        }
        // 1e400 parses as Infinity: a setting must be a number a run can use
        if (!Double.isFinite(node.asDouble())) {
            throw error("must be a finite number, was %s", node);
        }
        return node.asDouble();
    }

    List<String> texts() throws InputException {
        List<String> texts = new ArrayList<>();
        for (JsonField element : elements()) {
            texts.add(element.text());
        }
        return texts;
    }

    /** The line this value starts on. */
    int line() {
        return source.line(pointer);
    }

    InputException error(String format, Object... args) {
        return source.error(pointer, path + ": " + String.format(format, args));
    }
}
