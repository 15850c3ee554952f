package org.cmsim.input;

import org.cmsim.io.CsvReader;
import org.cmsim.io.CsvRecord;
import org.cmsim.io.InputException;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/**
 * The stimulus columns of a corpus or choice file ({@code order}, {@code n1.F}, {@code v.F},
 * {@code n2.F}) bound to the config's declared features. A feature cell holds one declared value,
 * {@code -} or nothing (unknown), or the values the word's form allows joined by {@code |}
 * ({@code nom|acc}; see {@link FeatureValues}). A feature column the file lacks is unknown
 * throughout; a column for a feature the config does not declare is left unread, so that one corpus
 * (the imported ones carry marker and clitic columns, for instance) serves configs that use different
 * features.
 */
final class StimulusColumns {

    private static final String ORDER = "order";

    private final CsvReader csv;
    private final FeatureSpace space;
    private final int orderColumn;
    /** [slot][feature] -> column index, or -1 when the file has no such column. */
    private final int[][] featureColumns;

    private StimulusColumns(CsvReader csv, FeatureSpace space) throws InputException {
        this.csv = csv;
        this.space = space;
        this.orderColumn = csv.requireColumn(ORDER);
        this.featureColumns = new int[Slot.values().length][space.size()];
        for (Slot slot : Slot.values()) {
            for (int f = 0; f < space.size(); f++) {
                featureColumns[slot.ordinal()][f] = csv.column(space.column(slot, f));
            }
        }
    }

    static StimulusColumns bind(CsvReader csv, FeatureSpace space) throws InputException {
        return new StimulusColumns(csv, space);
    }

    /** True for the header names this class consumes. */
    boolean isStimulusColumn(String name) {
        if (name.equals(ORDER)) {
            return true;
        }
        int dot = name.indexOf('.');
        return dot > 0 && isSlotPrefix(name.substring(0, dot));
    }

    private static boolean isSlotPrefix(String prefix) {
        return prefix.equals("n1") || prefix.equals("v") || prefix.equals("n2");
    }

    Stimulus read(CsvRecord record) throws InputException {
        String orderText = record.field(orderColumn).strip();
        Order order = Order.parse(orderText).orElseThrow(() -> InputException.at(csv.file(), record.line(),
                "column order: '%s' is not NVN, NNV or VNN", orderText));
        return new Stimulus(order, values(record, Slot.N1), values(record, Slot.V), values(record, Slot.N2));
    }

    private FeatureValues values(CsvRecord record, Slot slot) throws InputException {
        int[] allowed = new int[space.size()];
        for (int f = 0; f < allowed.length; f++) {
            int column = featureColumns[slot.ordinal()][f];
            String cell = column < 0 ? "" : record.field(column).strip();
            if (!isUnknown(cell)) {
                allowed[f] = allowed(cell, record, slot, f);
            }
        }
        return FeatureValues.ofAllowed(allowed);
    }

    /** The values a cell allows ({@link Feature#allowed(String)}), or an error naming the file, line and column. */
    private int allowed(String cell, CsvRecord record, Slot slot, int f) throws InputException {
        try {
            return space.feature(f).allowed(cell);
        } catch (IllegalArgumentException e) {
            throw InputException.at(csv.file(), record.line(), "column %s: %s", space.column(slot, f), e.getMessage());
        }
    }

    static boolean isUnknown(String value) {
        return value.isEmpty() || value.equals(FeatureValues.UNKNOWN_TEXT);
    }
}
