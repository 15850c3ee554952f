package org.cmsim.io;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/** Writes a stimulus back as the corpus columns it was read from: order, n1.F..., v.F..., n2.F... */
public final class StimulusFormat {

    private StimulusFormat() {
    }

    public static List<String> columns(FeatureSpace space) {
        List<String> columns = new ArrayList<>();
        columns.add("order");
        for (Slot slot : Slot.values()) {
            for (int f = 0; f < space.size(); f++) {
                columns.add(space.column(slot, f));
            }
        }
        return columns;
    }

    /** The cells in {@link #columns} order; unknown values are written as {@code -}. */
    public static List<Object> cells(FeatureSpace space, Stimulus stimulus) {
        List<Object> cells = new ArrayList<>();
        cells.add(stimulus.order().name());
        for (Slot slot : Slot.values()) {
            for (int f = 0; f < space.size(); f++) {
                cells.add(space.feature(f).value(stimulus.slot(slot).get(f)));
            }
        }
        return cells;
    }
}
