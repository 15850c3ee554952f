package org.cmsim.model;

import java.util.Optional;

/** Surface order of the two nouns and the verb: NVN, NNV or VNN (n1 is always the first noun). */
public enum Order {
    NVN, NNV, VNN;

    /** The order named by {@code text}, exactly as written in a corpus, or empty when there is none. */
    public static Optional<Order> parse(String text) {
        for (Order order : values()) {
            if (order.name().equals(text)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    /** The model parameter for this order level, as named in strengths.csv: {@code order=NVN}. */
    public String parameterName() {
        return "order=" + name();
    }

    /** Position (0, 1, 2) of each token in the surface string, indexed by {@link Slot#ordinal()}. */
    public int position(Slot slot) {
        return switch (this) {
            case NVN -> slot == Slot.N1 ? 0 : slot == Slot.V ? 1 : 2;
            case NNV -> slot == Slot.N1 ? 0 : slot == Slot.N2 ? 1 : 2;
            case VNN -> slot == Slot.V ? 0 : slot == Slot.N1 ? 1 : 2;
        };
    }
}
