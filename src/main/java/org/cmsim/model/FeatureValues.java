package org.cmsim.model;

import java.util.Arrays;

/**
 * The feature values of one word: per feature, the declared values its form allows, as a bit mask over
 * the {@link FeatureSpace}'s value codes (bit {@code i} is declared value {@code i}). A cell holds one
 * value ({@code nom}), is unknown where the corpus leaves it empty or writes {@code -} (no bit set), or
 * holds the several values an ambiguous form allows ({@code nom|acc}: German "die Katze" may be subject
 * or object). The feature cues read the sets the way a listener does ({@link ContrastCue},
 * {@link AgreementCue}).
 *
 * <p>{@link #get} is the one value the form decides, and {@link #UNKNOWN} for a set as for an empty
 * cell: whatever reads single values (the attention head's vocabulary, designs, counts) is given only
 * what the form decides, and treats an ambiguous form as it treats a word whose feature nobody coded.
 * Equality still tells them apart, so a corpus row with {@code nom|acc} and one with {@code -} are
 * different sentence types.
 */
public final class FeatureValues {

    public static final int UNKNOWN = -1;
    public static final String UNKNOWN_TEXT = "-";
    /** Joins the values of a set in a corpus cell ({@code nom|acc}). */
    public static final String SET_SEPARATOR = "|";
    /** The most values a feature may declare: one bit of an {@code int} mask each. */
    public static final int MAX_VALUES = Integer.SIZE;

    private final int[] allowed;

    /** One value code per feature, {@link #UNKNOWN} where the feature is unknown. */
    public FeatureValues(int[] codes) {
        this.allowed = new int[codes.length];
        for (int f = 0; f < codes.length; f++) {
            allowed[f] = mask(codes[f]);
        }
    }

    /** Per feature, the mask of the values the form allows (0 where the feature is unknown). */
    public static FeatureValues ofAllowed(int[] allowed) {
        FeatureValues values = unknown(allowed.length);
        System.arraycopy(allowed, 0, values.allowed, 0, allowed.length);
        return values;
    }

    /** A word with every one of {@code size} features unknown. */
    public static FeatureValues unknown(int size) {
        int[] codes = new int[size];
        Arrays.fill(codes, UNKNOWN);
        return new FeatureValues(codes);
    }

    /** The mask of one value code: its bit, or 0 for {@link #UNKNOWN}. */
    public static int mask(int code) {
        if (code < UNKNOWN || code >= MAX_VALUES) {
            throw new IllegalArgumentException("feature code " + code + " is not a value code");
        }
        return code == UNKNOWN ? 0 : 1 << code;
    }

    /** The one value the form decides, or {@link #UNKNOWN} when the feature is unknown or a set. */
    public int get(int feature) {
        int mask = allowed[feature];
        return Integer.bitCount(mask) == 1 ? Integer.numberOfTrailingZeros(mask) : UNKNOWN;
    }

    /** The mask of the values the form allows for {@code feature}; 0 when it is unknown. */
    public int allowed(int feature) {
        return allowed[feature];
    }

    /** True when the form allows value {@code code} of {@code feature}. */
    public boolean allows(int feature, int code) {
        return (allowed[feature] & mask(code)) != 0;
    }

    /** True when the form constrains the feature: one value or a set. */
    public boolean isKnown(int feature) {
        return allowed[feature] != 0;
    }

    /** True when the form allows more than one value of the feature. */
    public boolean isSet(int feature) {
        return Integer.bitCount(allowed[feature]) > 1;
    }

    public int size() {
        return allowed.length;
    }

    /** A copy with one feature set to the single value {@code code} ({@link #UNKNOWN} makes it unknown). */
    public FeatureValues with(int feature, int code) {
        return withAllowed(feature, mask(code));
    }

    /** A copy with one feature allowing the values of {@code mask}. */
    public FeatureValues withAllowed(int feature, int mask) {
        int[] copy = allowed.clone();
        copy[feature] = mask;
        return ofAllowed(copy);
    }

    /** {@link #get} of every feature: a set reads as {@link #UNKNOWN}. */
    public int[] codes() {
        int[] codes = new int[allowed.length];
        for (int f = 0; f < codes.length; f++) {
            codes[f] = get(f);
        }
        return codes;
    }

    /** The allowed-value masks of every feature. */
    public int[] allowedMasks() {
        return allowed.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureValues that && Arrays.equals(allowed, that.allowed);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(allowed);
    }

    /** The codes per feature, a set's joined by {@code |} and an unknown feature as -1: {@code [0, 0|1, -1]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int f = 0; f < allowed.length; f++) {
            if (f > 0) {
                text.append(", ");
            }
            if (isSet(f)) {
                String separator = "";
                for (int bits = allowed[f]; bits != 0; bits &= bits - 1) {
                    text.append(separator).append(Integer.numberOfTrailingZeros(bits));
                    separator = SET_SEPARATOR;
                }
            } else {
                text.append(get(f));
            }
        }
        return text.append(']').toString();
    }
}
