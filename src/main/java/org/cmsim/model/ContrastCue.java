package org.cmsim.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A cue carried by one noun feature with a value that marks a role, such as animacy=animate or
 * case=nom (they mark the agent) or Spanish marker=a and case=acc (they mark the patient).
 * For a value that marks the agent it points to the noun that has the value when the other noun has
 * a different known value (+1 when n1 has the value and n2 a different known value, -1 the other
 * way round); for a value that marks the patient it points the other way, to the noun without it. That
 * is differential object marking: in Spanish "a" marks animate objects only, so an unmarked object
 * looks like a subject, and the cue is informative only where one noun has the marker. Where a form
 * allows several values ({@code nom|acc}) the cue points to a noun only when the two forms leave one
 * reading: see {@link #direction}.
 */
public record ContrastCue(String name, int feature, String featureName, int favoured, String favouredValue,
                          Marks marks) implements Cue {

    /** The config's {@code kind} of this cue. */
    public static final String KIND = "contrast";

    /** Which role the cue's value marks ({@code "marks"} in a config; the default is the agent). */
    public enum Marks {
        AGENT, PATIENT;

        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Marks> parse(String text) {
            for (Marks role : values()) {
                if (role.configName().equals(text)) {
                    return Optional.of(role);
                }
            }
            return Optional.empty();
        }
    }

    public ContrastCue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(marks, "marks");
        if (feature < 0 || favoured < 0) {
            throw new IllegalArgumentException("contrast cue " + name + " needs a declared feature and value");
        }
    }

    /** A cue whose value marks the agent. */
    public ContrastCue(String name, int feature, String featureName, int favoured, String favouredValue) {
        this(name, feature, featureName, favoured, favouredValue, Marks.AGENT);
    }

    /**
     * Reads the two nouns' sets as a listener does: "n1 is the agent" is possible when n1's form allows
     * the favoured value and n2's form allows another one, "n2 is the agent" the mirror. The cue points
     * to the noun of the only possible assignment, and is absent when both or neither are possible
     * (die Frau ... die Katze, both nom|acc) or a noun is unknown. For single values that is: the noun
     * with the favoured value against a noun with another.
     */
    @Override
    public int direction(Stimulus stimulus) {
        int first = stimulus.n1().allowed(feature);
        int second = stimulus.n2().allowed(feature);
        if (first == 0 || second == 0) {
            return 0;
        }
        int value = FeatureValues.mask(favoured);
        boolean firstBears = (first & value) != 0 && (second & ~value) != 0;
        boolean secondBears = (second & value) != 0 && (first & ~value) != 0;
        // +1: only n1 can have the value (and n2 another), -1: only n2; a patient marker points away.
        int bearer = firstBears == secondBears ? 0 : firstBears ? +1 : -1;
        return marks == Marks.AGENT ? bearer : -bearer;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean perOrderLevel() {
        return false;
    }

    @Override
    public ContrastCue resolvedOn(SentenceCorpus corpus) {
        return this;
    }

    @Override
    public List<Integer> featuresRead() {
        return List.of(feature);
    }

    /** The feature on both nouns. */
    @Override
    public List<List<String>> requiredColumns() {
        return List.of(List.of("n1." + featureName), List.of("n2." + featureName));
    }

    /** The feature unknown on both nouns. */
    @Override
    public Stimulus withInformationUnknown(Stimulus stimulus) {
        return stimulus
                .withSlot(Slot.N1, stimulus.n1().with(feature, FeatureValues.UNKNOWN))
                .withSlot(Slot.N2, stimulus.n2().with(feature, FeatureValues.UNKNOWN));
    }

    /** Each noun's value, then where the cue points and why ("'pencil' inanimate, 'cow' animate -> ..."). */
    @Override
    public String reason(int direction, SentenceWords words) {
        String first = describe(words.n1());
        String second = describe(words.n2());
        String role = favouredValue + (marks == Marks.AGENT ? " marks the agent" : " marks the patient");
        String verdict = switch (direction) {
            case 1 -> name + " points to n1 (" + role + ")";
            case -1 -> name + " points to n2 (" + role + ")";
            default -> words.n1().values().get(featureName) == null || words.n2().values().get(featureName) == null
                    ? name + " is absent: a noun's " + featureName + " is unknown"
                    : name + " is neutral: neither noun alone is " + favouredValue;
        };
        return first + ", " + second + " -> " + verdict;
    }

    private String describe(SentenceWords.Word noun) {
        String value = noun.values().get(featureName);
        return "'" + noun.form() + "' " + (value == null ? featureName + " unknown" : value);
    }

    @Override
    public Map<String, Object> configEntry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("kind", KIND);
        entry.put("feature", featureName);
        entry.put("value", favouredValue);
        entry.put("marks", marks.configName());
        return entry;
    }

    /**
     * A contrast cue's entry: {@code "feature": "animacy", "value": "animate"}, optionally {@code "marks":
     * "patient"}; named after its feature unless it has a name.
     */
    public static ContrastCue fromEntry(CueEntry entry, FeatureSpace space) {
        String name = entry.optional("name").orElseGet(() -> entry.optional("feature").orElse(KIND));
        String featureName = entry.required("feature");
        int feature = space.indexOf(featureName);
        if (feature < 0) {
            throw new CueEntry.Invalid("feature", -1, "'" + featureName + "' is not a declared feature");
        }
        Feature declared = space.feature(feature);
        String value = entry.required("value");
        int code = declared.code(value);
        if (code < 0) {
            throw new CueEntry.Invalid("value", -1, "'" + value + "' is not a declared value of " + declared.name()
                    + " (" + String.join(", ", declared.values()) + ")");
        }
        Optional<String> role = entry.optional("marks");
        Marks marks = role.isEmpty() ? Marks.AGENT : Marks.parse(role.get()).orElseThrow(
                () -> new CueEntry.Invalid("marks", -1, "'" + role.get() + "' is not agent or patient"));
        return new ContrastCue(name, feature, declared.name(), code, value, marks);
    }
}
