package org.cmsim.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.cmsim.io.InputException;
import org.cmsim.io.LineReader;
import org.cmsim.io.MalformedJson;

/** A parsed JSON file that remembers the line of every value, for errors that point into it. */
final class JsonSource {

    // A repeated key or a second value after the object is an error, not a silent override or a
    // silently ignored tail.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private JsonSource(Path file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    static JsonSource read(Path file) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.in(file, "no such file");
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: %s", e.getMessage());
        }
        int invalid = LineReader.firstInvalid(bytes, 0, bytes.length);
        if (invalid >= 0) {
            int lineStart = invalid;
            long line = 1;
            for (int i = 0; i < invalid; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
                lineStart--;
            }
            throw LineReader.invalid(file, line, Arrays.copyOfRange(bytes, lineStart, invalid + 1),
                    invalid + 1 - lineStart, lineStart);
        }
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw InputException.in(file, "the file is empty: a JSON object is needed");
            }
            return new JsonSource(file, root, valueLines(bytes));
        } catch (JsonProcessingException e) {
            throw MalformedJson.of(file, e);
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: %s", e.getMessage());
        }
    }

    /** Line of each value, keyed by its JSON pointer ("/cues/1/feature"). */
    private static Map<String, Integer> valueLines(byte[] bytes) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME && token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT) {
                    lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                            parser.currentTokenLocation().getLineNr());
                }
            }
        }
        return lines;
    }

    Path file() {
        return file;
    }

    JsonField root() {
        return new JsonField(this, root, "", "");
    }

    /** The line of the value {@code pointer} names, or of its nearest parent that exists. */
    int line(String pointer) {
        String at = pointer;
        while (!lines.containsKey(at) && !at.isEmpty()) {
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return lines.getOrDefault(at, 1);
    }

    /** An error at the value {@code pointer} names, or at its nearest parent that exists. */
    InputException error(String pointer, String message) {
        String at = pointer;
        while (!lines.containsKey(at) && !at.isEmpty()) {
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return InputException.at(file, lines.getOrDefault(at, 1), "%s", message);
    }
}
