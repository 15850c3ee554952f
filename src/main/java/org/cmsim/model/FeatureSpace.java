package org.cmsim.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The features a config declares, indexed so that sentences can store feature values as small ints. */
public record FeatureSpace(List<Feature> features) {

    public FeatureSpace {
        features = List.copyOf(features);
        Map<String, Integer> seen = new HashMap<>();
        for (Feature feature : features) {
            if (seen.put(feature.name(), seen.size()) != null) {
                throw new IllegalArgumentException("feature " + feature.name() + " is declared twice");
            }
        }
    }

    public int size() {
        return features.size();
    }

    public Feature feature(int index) {
        return features.get(index);
    }

    /** Index of the feature called {@code name}, or -1 when it is not declared. */
    public int indexOf(String name) {
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The corpus column for a feature of a slot, e.g. {@code n1.animacy}. */
    public String column(Slot slot, int feature) {
        return slot.label() + "." + features.get(feature).name();
    }
}
