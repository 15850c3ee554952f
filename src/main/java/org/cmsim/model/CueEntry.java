package org.cmsim.model;

import java.util.List;
import java.util.Optional;

/**
 * One entry of a config's {@code cues}, as a cue kind reads it ({@link CueKind#read}): the config reader
 * gives it over a JSON file (whose errors name the file's line), the playground over the data the page
 * carries. A cue built from an entry writes the same entry back ({@link Cue#configEntry}).
 */
public interface CueEntry {

    /** The text of a field the kind cannot do without. */
    String required(String field);

    /** The text of a field the kind may leave out. */
    Optional<String> optional(String field);

    /** The texts of a list field the kind cannot do without; {@link #optionalList} where it may be left out. */
    List<String> list(String field);

    /** The texts of a list field, empty when the entry leaves it out. */
    List<String> optionalList(String field);

    /**
     * A value the kind cannot take: a feature the config does not declare, a value outside a feature's.
     * {@code index} is the element of a list field at fault, or -1 for the field as a whole; the message
     * says what is wrong with the value, and the reader adds where it is.
     */
    final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final int index;

        public Invalid(String field, int index, String message) {
            super(message);
            this.field = field;
            this.index = index;
        }

        public String field() {
            return field;
        }

        public int index() {
            return index;
        }
    }
}
