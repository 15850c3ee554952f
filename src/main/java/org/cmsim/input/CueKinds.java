package org.cmsim.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cmsim.io.InputException;
import org.cmsim.model.Cue;
import org.cmsim.model.CueEntry;
import org.cmsim.model.CueKind;
import org.cmsim.model.FeatureSpace;

/**
 * Reads an entry of a config's {@code cues} through the kinds' registration ({@link CueKind#ALL}), with
 * every error naming the file, line and field: a field of no kind, an unknown kind, a missing or
 * mistyped field (from the JSON itself), and a value the kind cannot take ({@link CueEntry.Invalid},
 * pointed at the field or list element it names).
 */
final class CueKinds {

    /** The fields a cue entry may have: any kind's, so that a misspelt field is reported. */
    private static final Set<String> FIELDS = fields();

    private CueKinds() {
    }

    /** The cue an entry of {@code cues} declares. */
    static Cue read(JsonField entry, FeatureSpace space) throws InputException {
        entry.requireObject();
        entry.allowOnly(FIELDS);
        String name = entry.field("kind").text();
        CueKind kind = CueKind.named(name);
        if (kind == null) {
            throw entry.field("kind").error("'%s' is not a cue kind (%s)", name, String.join(", ", CueKind.names()));
        }
        try {
            return kind.read(new JsonEntry(entry), space);
        } catch (JsonEntry.Thrown e) {
            throw e.cause;
        } catch (CueEntry.Invalid e) {
            JsonField field = entry.field(e.field());
            throw (e.index() < 0 ? field : field.elements().get(e.index())).error("%s", e.getMessage());
        }
    }

    /** An entry seen through its JSON: a missing or mistyped field is the JSON reader's error, with its line. */
    private record JsonEntry(JsonField entry) implements CueEntry {

        /** Carries the JSON reader's checked error through the cue's reader. */
        private static final class Thrown extends RuntimeException {
            private static final long serialVersionUID = 1L;
            private final transient InputException cause;

            Thrown(InputException cause) {
                super(cause);
                this.cause = cause;
            }
        }

        @Override
        public String required(String field) {
            try {
                return entry.field(field).text();
            } catch (InputException e) {
                throw new Thrown(e);
            }
        }

        @Override
        public Optional<String> optional(String field) {
            return entry.field(field).isPresent() ? Optional.of(required(field)) : Optional.empty();
        }

        @Override
        public List<String> list(String field) {
            try {
                JsonField list = entry.field(field);
                if (!list.isPresent()) {
                    throw list.error("is required");
                }
                List<String> texts = new ArrayList<>();
                for (JsonField element : list.elements()) {
                    texts.add(element.text());
                }
                return texts;
            } catch (InputException e) {
                throw new Thrown(e);
            }
        }

        @Override
        public List<String> optionalList(String field) {
            return entry.field(field).isPresent() ? list(field) : List.of();
        }
    }

    private static Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(List.of("name", "kind"));
        CueKind.ALL.forEach(kind -> fields.addAll(kind.fields()));
        return Collections.unmodifiableSet(fields);
    }
}
