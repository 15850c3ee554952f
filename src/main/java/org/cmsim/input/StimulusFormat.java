package org.cmsim.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/**
 * Writes stimuli back as the corpus columns they were read from: order, then n1.F, v.F, n2.F for
 * each feature F that at least one of the stimuli marks with a value or a set (a column that would be empty throughout,
 * such as v.animacy, is left out).
 */
public final class StimulusFormat {

    private final FeatureSpace space;
    private final List<int[]> kept = new ArrayList<>();   // {slot ordinal, feature}

    public StimulusFormat(FeatureSpace space, Collection<Stimulus> stimuli) {
        this.space = space;
        for (Slot slot : Slot.values()) {
            for (int f = 0; f < space.size(); f++) {
                final int feature = f;
                if (stimuli.stream().anyMatch(s -> s.slot(slot).isKnown(feature))) {
                    kept.add(new int[] {slot.ordinal(), f});
                }
            }
        }
    }

    public List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add("order");
        for (int[] column : kept) {
            columns.add(space.column(Slot.values()[column[0]], column[1]));
        }
        return columns;
    }

    /**
     * The cells in {@link #columns} order; unknown values are written as {@code -} and a set as its
     * values joined by {@code |}, so that the file reads back to the same stimuli.
     */
    public List<Object> cells(Stimulus stimulus) {
        List<Object> cells = new ArrayList<>();
        cells.add(stimulus.order().name());
        for (int[] column : kept) {
            cells.add(space.feature(column[1]).text(stimulus.slot(Slot.values()[column[0]]).allowed(column[1])));
        }
        return cells;
    }
}
