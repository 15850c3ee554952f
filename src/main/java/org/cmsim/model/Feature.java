package org.cmsim.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** A declared feature (e.g. animacy) and its allowed values, in declaration order. */
public record Feature(String name, List<String> values) {

    public Feature {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a feature needs a name");
        }
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("feature " + name + " declares no values");
        }
        if (new HashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException("feature " + name + " declares a value twice");
        }
        for (String value : values) {
            if (value.isEmpty() || value.equals(FeatureValues.UNKNOWN_TEXT)) {
                throw new IllegalArgumentException(
                        "feature " + name + " declares the unknown marker '" + value + "' as a value");
            }
        }
    }

    /** Index of {@code value} among the allowed values, or -1 when it is not allowed. */
    public int code(String value) {
        return values.indexOf(value);
    }

    public String value(int code) {
        return code == FeatureValues.UNKNOWN ? FeatureValues.UNKNOWN_TEXT : values.get(code);
    }
}
