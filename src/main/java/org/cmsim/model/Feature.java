package org.cmsim.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A declared feature (e.g. animacy) and its allowed values, in declaration order. A value is not empty,
 * not {@code -} and holds no {@code |}: those are the unknown cell and the set separator of a corpus.
 */
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
        if (values.size() > FeatureValues.MAX_VALUES) {
            throw new IllegalArgumentException("feature " + name + " declares " + values.size()
                    + " values; a feature declares at most " + FeatureValues.MAX_VALUES);
        }
        if (new HashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException("feature " + name + " declares a value twice");
        }
        for (String value : values) {
            if (value.isEmpty() || value.equals(FeatureValues.UNKNOWN_TEXT)) {
                throw new IllegalArgumentException(
                        "feature " + name + " declares the unknown marker '" + value + "' as a value");
            }
            if (value.contains(FeatureValues.SET_SEPARATOR)) {
                throw new IllegalArgumentException("feature " + name + " declares '" + value + "', but '"
                        + FeatureValues.SET_SEPARATOR + "' joins the values of a set in a corpus cell");
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

    /**
     * The mask of the values a corpus cell names (bit {@code i} for declared value {@code i}): one value,
     * or the values a word's form allows joined by {@code |} ({@code nom|acc}), each declared, none twice
     * and none empty. The unknown cell ({@code -} or nothing) is the caller's to recognise first; here it
     * is not a declared value.
     *
     * @throws IllegalArgumentException saying what is wrong with the cell, for a message about its column
     */
    public int allowed(String cell) {
        int allowed = 0;
        int start = 0;
        while (start <= cell.length()) {
            int end = cell.indexOf(FeatureValues.SET_SEPARATOR, start);
            if (end < 0) {
                end = cell.length();
            }
            String value = cell.substring(start, end).strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException("'" + cell + "' has an empty value; a cell holds one value, "
                        + FeatureValues.UNKNOWN_TEXT + ", or values joined by " + FeatureValues.SET_SEPARATOR);
            }
            int code = code(value);
            if (code < 0) {
                throw new IllegalArgumentException("'" + value + "' is not a declared value of " + name
                        + " (" + String.join(", ", values) + ")");
            }
            int bit = FeatureValues.mask(code);
            if ((allowed & bit) != 0) {
                throw new IllegalArgumentException("'" + cell + "' names " + value + " twice");
            }
            allowed |= bit;
            start = end + 1;
        }
        return allowed;
    }

    /**
     * A cell as a corpus writes it: {@code -} for no value, the value, or a set's values joined by
     * {@code |} in declaration order, which is how {@code StimulusColumns} reads it back.
     */
    public String text(int allowed) {
        if (allowed == 0) {
            return FeatureValues.UNKNOWN_TEXT;
        }
        StringBuilder text = new StringBuilder();
        for (int bits = allowed; bits != 0; bits &= bits - 1) {
            if (text.length() > 0) {
                text.append(FeatureValues.SET_SEPARATOR);
            }
            text.append(values.get(Integer.numberOfTrailingZeros(bits)));
        }
        return text.toString();
    }
}
