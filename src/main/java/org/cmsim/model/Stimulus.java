package org.cmsim.model;

import java.util.Objects;

/** What a listener hears: the surface order and the feature values of n1, v and n2. */
public record Stimulus(Order order, FeatureValues n1, FeatureValues v, FeatureValues n2) {

    public Stimulus {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(n1, "n1");
        Objects.requireNonNull(v, "v");
        Objects.requireNonNull(n2, "n2");
        if (n1.size() != v.size() || n2.size() != v.size()) {
            throw new IllegalArgumentException("n1, v and n2 must carry the same features");
        }
    }

    public FeatureValues slot(Slot slot) {
        return switch (slot) {
            case N1 -> n1;
            case V -> v;
            case N2 -> n2;
        };
    }

    /** A copy with one slot's values replaced. */
    public Stimulus withSlot(Slot slot, FeatureValues values) {
        return switch (slot) {
            case N1 -> new Stimulus(order, values, v, n2);
            case V -> new Stimulus(order, n1, values, n2);
            case N2 -> new Stimulus(order, n1, v, values);
        };
    }
}
