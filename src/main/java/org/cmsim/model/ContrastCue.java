package org.cmsim.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A cue carried by one noun feature with a value that marks a role, such as animacy=animate or
 * case=nom (they mark the agent) or Spanish marker=a and case=acc (they mark the patient).
 * For a value that marks the agent it points to the noun that has the value when the other noun has
 * a different known value (+1 when n1 has the value and n2 a different known value, -1 the other
 * way round); for a value that marks the patient it points the other way, to the noun without it. That
 * is differential object marking: in Spanish "a" marks animate objects only, so an unmarked object
 * looks like a subject, and the cue is informative only where one noun has the marker.
 */
public record ContrastCue(String name, int feature, String featureName, int favoured, String favouredValue,
                          Marks marks) implements Cue {

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

    @Override
    public int direction(Stimulus stimulus) {
        int first = stimulus.n1().get(feature);
        int second = stimulus.n2().get(feature);
        if (first == FeatureValues.UNKNOWN || second == FeatureValues.UNKNOWN || first == second) {
            return 0;
        }
        // +1: n1 has the value (and n2 another known value), -1: n2 has it; a patient marker points away.
        int bearer = first == favoured ? +1 : second == favoured ? -1 : 0;
        return marks == Marks.AGENT ? bearer : -bearer;
    }

    @Override
    public String kind() {
        return "contrast";
    }
}
