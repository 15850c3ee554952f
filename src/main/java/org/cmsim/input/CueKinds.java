package org.cmsim.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cmsim.io.InputException;
import org.cmsim.model.AgreementCue;
import org.cmsim.model.ContrastCue;
import org.cmsim.model.Cue;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Order;
import org.cmsim.model.OrderCue;

/**
 * The cue kinds a config may declare ({@code "kind"} of an entry of {@code cues}) and how each is
 * read: the one registration of a kind of cue. A new kind is its class in {@code model} (which writes
 * its entry back, {@link Cue#configEntry}) and one entry of {@link #KINDS} here.
 */
final class CueKinds {

    /** How an entry of one kind becomes a cue, errors naming the entry's field. */
    @FunctionalInterface
    interface Reader {
        Cue read(JsonField entry, FeatureSpace space) throws InputException;
    }

    /** A kind: its config name, the fields its entries may have besides {@code name} and {@code kind}, its reader. */
    record Kind(String name, List<String> fields, Reader reader) {
        Kind {
            fields = List.copyOf(fields);
        }
    }

    /** Every kind of cue, in the order error messages list them. */
    static final List<Kind> KINDS = List.of(
            new Kind(OrderCue.KIND, List.of("neutral"), CueKinds::order),
            new Kind(ContrastCue.KIND, List.of("feature", "value", "marks"), CueKinds::contrast),
            new Kind(AgreementCue.KIND, List.of("features"), CueKinds::agreement));

    /** The fields a cue entry may have: any kind's, so that a misspelt field is reported. */
    private static final Set<String> FIELDS = fields();

    private CueKinds() {
    }

    /** The cue an entry of {@code cues} declares. */
    static Cue read(JsonField entry, FeatureSpace space) throws InputException {
        entry.requireObject();
        entry.allowOnly(FIELDS);
        String kind = entry.field("kind").text();
        for (Kind known : KINDS) {
            if (known.name().equals(kind)) {
                return known.reader().read(entry, space);
            }
        }
        throw entry.field("kind").error("'%s' is not a cue kind (%s)", kind,
                String.join(", ", KINDS.stream().map(Kind::name).toList()));
    }

    /** {@code "neutral": ["VNN"]}: order levels that point nowhere. */
    private static Cue order(JsonField entry, FeatureSpace space) throws InputException {
        String name = entry.field("name").text(OrderCue.KIND);
        Set<Order> neutral = EnumSet.noneOf(Order.class);
        if (entry.field("neutral").isPresent()) {
            for (JsonField level : entry.field("neutral").elements()) {
                String text = level.text();
                neutral.add(Order.parse(text).orElseThrow(() -> level.error("'%s' is not NVN, NNV or VNN", text)));
            }
        }
        return OrderCue.unresolved(name, neutral);
    }

    /** {@code "feature": "animacy", "value": "animate"}, optionally {@code "marks": "patient"}; named after its feature. */
    private static Cue contrast(JsonField entry, FeatureSpace space) throws InputException {
        String name = entry.field("name").text(entry.field("feature").isPresent() ? entry.field("feature").text()
                : ContrastCue.KIND);
        JsonField featureField = entry.field("feature");
        int feature = declaredFeature(featureField, space);
        JsonField valueField = entry.field("value");
        String value = valueField.text();
        int code = space.feature(feature).code(value);
        if (code < 0) {
            throw valueField.error("'%s' is not a declared value of %s (%s)", value,
                    space.feature(feature).name(), String.join(", ", space.feature(feature).values()));
        }
        ContrastCue.Marks marks = ContrastCue.Marks.AGENT;
        if (entry.field("marks").isPresent()) {
            String role = entry.field("marks").text();
            marks = ContrastCue.Marks.parse(role).orElseThrow(() -> entry.field("marks").error(
                    "'%s' is not agent or patient", role));
        }
        return new ContrastCue(name, feature, space.feature(feature).name(), code, value, marks);
    }

    /** {@code "features": ["number", "person"]}. */
    private static Cue agreement(JsonField entry, FeatureSpace space) throws InputException {
        String name = entry.field("name").text(AgreementCue.KIND);
        List<JsonField> listed = entry.field("features").elements();
        if (listed.isEmpty()) {
            throw entry.field("features").error("lists no features");
        }
        int[] features = new int[listed.size()];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < features.length; i++) {
            features[i] = declaredFeature(listed.get(i), space);
            names.add(space.feature(features[i]).name());
        }
        return new AgreementCue(name, features, names);
    }

    private static int declaredFeature(JsonField field, FeatureSpace space) throws InputException {
        String name = field.text();
        int feature = space.indexOf(name);
        if (feature < 0) {
            throw field.error("'%s' is not a declared feature", name);
        }
        return feature;
    }

    private static Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(List.of("name", "kind"));
        KINDS.forEach(kind -> fields.addAll(kind.fields()));
        return Collections.unmodifiableSet(fields);
    }
}
