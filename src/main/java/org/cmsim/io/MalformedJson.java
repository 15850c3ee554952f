package org.cmsim.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A JSON file Jackson cannot parse, said in one line: {@code file:line:column: malformed JSON: reason}. Jackson's
 * own message spans two lines and names its input as {@code [Source: REDACTED ...]}; the reason is kept, the
 * rest said once, as the location.
 */
public final class MalformedJson {

    /** Jackson's "[Source: ...; line: 3, column: 10]", inside a reason, where it names another place. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private MalformedJson() {
    }

    public static InputException of(Path file, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String reason = reason(e);
        if (location == null || location.getLineNr() < 1) {
            return InputException.in(file, "malformed JSON: %s", reason);
        }
        return location.getColumnNr() < 1
                ? InputException.at(file, location.getLineNr(), "malformed JSON: %s", reason)
                : InputException.atColumn(file, location.getLineNr(), location.getColumnNr(), "malformed JSON: %s",
                        reason);
    }

    /** Jackson's reason, on one line, with any place it names as "line N, column M". */
    static String reason(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Trailing token")) {
            return "more after the end of the JSON value; a JSON file holds one value";
        }
        return SOURCE.matcher(message).replaceAll("line $1, column $2").replaceAll("\\s+", " ").strip();
    }
}
