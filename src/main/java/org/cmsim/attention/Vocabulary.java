package org.cmsim.attention;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;

/**
 * The rows of the attention head's embedding table: two categories (noun, verb), every declared
 * value of every feature plus an "unknown" value per feature, and three surface positions. A
 * feature value has one embedding whether a noun or the verb carries it, so that agreement can be
 * found as a match between the verb's query and a noun's key.
 */
public record Vocabulary(FeatureSpace space) {

    public int categoryRow(boolean verb) {
        return verb ? 1 : 0;
    }

    /** Row of feature f's value {@code code} ({@link FeatureValues#UNKNOWN} has a row of its own). */
    public int featureRow(int feature, int code) {
        int row = 2;
        for (int f = 0; f < feature; f++) {
            row += space.feature(f).values().size() + 1;
        }
        return row + code + 1;
    }

    public int positionRow(int position) {
        return featureRow(space.size(), -1) + position;
    }

    public int rows() {
        return positionRow(0) + 3;
    }

    /** Human-readable names of the rows, e.g. {@code noun}, {@code number=sg}, {@code number=unknown}, {@code position=2}. */
    public List<String> rowNames() {
        List<String> names = new ArrayList<>(List.of("noun", "verb"));
        for (int f = 0; f < space.size(); f++) {
            names.add(space.feature(f).name() + "=unknown");
            for (String value : space.feature(f).values()) {
                names.add(space.feature(f).name() + "=" + value);
            }
        }
        for (int p = 0; p < 3; p++) {
            names.add("position=" + p);
        }
        return names;
    }
}
