package org.cmsim.model;

import java.util.Arrays;

/**
 * The feature values of one word, as codes into the {@link FeatureSpace}'s declared values;
 * {@link #UNKNOWN} where the corpus leaves a feature empty or writes {@code -}.
 */
public record FeatureValues(int[] codes) {

    public static final int UNKNOWN = -1;
    public static final String UNKNOWN_TEXT = "-";

    public FeatureValues {
        codes = codes.clone();
        for (int code : codes) {
            if (code < UNKNOWN) {
                throw new IllegalArgumentException("feature code " + code + " is negative");
            }
        }
    }

    /** A word with every one of {@code size} features unknown. */
    public static FeatureValues unknown(int size) {
        int[] codes = new int[size];
        Arrays.fill(codes, UNKNOWN);
        return new FeatureValues(codes);
    }

    public int get(int feature) {
        return codes[feature];
    }

    public boolean isKnown(int feature) {
        return codes[feature] != UNKNOWN;
    }

    public int size() {
        return codes.length;
    }

    /** A copy with one feature set to {@code code}. */
    public FeatureValues with(int feature, int code) {
        int[] copy = codes.clone();
        copy[feature] = code;
        return new FeatureValues(copy);
    }

    @Override
    public int[] codes() {
        return codes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureValues that && Arrays.equals(codes, that.codes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codes);
    }

    @Override
    public String toString() {
        return Arrays.toString(codes);
    }
}
