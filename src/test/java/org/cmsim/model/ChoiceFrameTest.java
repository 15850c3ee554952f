package org.cmsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The data-frame group-bys of choice data against sums counted by hand on a nine-row data set. */
class ChoiceFrameTest {

    private static final Stimulus NVN = stimulus(Order.NVN);
    private static final Stimulus NNV = stimulus(Order.NNV);
    private static final Stimulus VNN = stimulus(Order.VNN);

    /** Rows in file order: NNV appears first, subjects out of order, aggregated and trial-level rows mixed. */
    private static final List<ChoiceRow> ROWS = List.of(
            new ChoiceRow(NNV, 1, 0, "s2", "i1", "children"),
            new ChoiceRow(NVN, 1, 1, "s2", "i2", "children"),
            new ChoiceRow(NNV, 1, 1, "s2", "i3", "children"),
            new ChoiceRow(NVN, 4, 3, "s10", "i2", "adults"),
            new ChoiceRow(VNN, 2, 0, "s10", "i4", "adults"),
            new ChoiceRow(NVN, 1, 0, "s1", "i2", "adults"),
            new ChoiceRow(NNV, 3, 2, "s1", "i1", "adults"),
            new ChoiceRow(NVN, 1, 1, "s1", "i5", "adults"),
            new ChoiceRow(VNN, 5, 5, "s3", "i4", "children"));

    private static Stimulus stimulus(Order order) {
        FeatureValues none = FeatureValues.unknown(1);
        return new Stimulus(order, none, none, none);
    }

    @Test
    void conditionsSumEachStimulusInOrderOfFirstAppearance() {
        // NNV: rows 1, 3, 7 -> 1 + 1 + 3 = 5 trials, 0 + 1 + 2 = 3; NVN: rows 2, 4, 6, 8 -> 7 trials, 5;
        // VNN: rows 5, 9 -> 7 trials, 5.
        assertEquals(List.of(new Condition(NNV, 5, 3), new Condition(NVN, 7, 5), new Condition(VNN, 7, 5)),
                ChoiceFrame.of(ROWS).conditions());
    }

    @Test
    void subjectsAreSortedByNameEachWithItsOwnConditions() {
        Map<String, List<Condition>> bySubject = ChoiceFrame.of(ROWS).conditionsBySubject();
        // Sorted as text, as the subject column holds names: s1 < s10 < s2 < s3.
        assertEquals(List.of("s1", "s10", "s2", "s3"), List.copyOf(bySubject.keySet()));
        assertEquals(List.of(new Condition(NVN, 2, 1), new Condition(NNV, 3, 2)), bySubject.get("s1"));
        assertEquals(List.of(new Condition(NVN, 4, 3), new Condition(VNN, 2, 0)), bySubject.get("s10"));
        assertEquals(List.of(new Condition(NNV, 2, 1), new Condition(NVN, 1, 1)), bySubject.get("s2"));
        assertEquals(List.of(new Condition(VNN, 5, 5)), bySubject.get("s3"));
    }

    @Test
    void groupsInOrderOfFirstAppearanceWithTheirRows() {
        ChoiceFrame frame = ChoiceFrame.of(ROWS);
        assertEquals(List.of("children", "adults"), frame.groups());
        assertArrayEquals(new int[] {0, 1, 2, 8}, frame.rowsOfGroup("children"));
        assertArrayEquals(new int[] {3, 4, 5, 6, 7}, frame.rowsOfGroup("adults"));
        assertArrayEquals(new int[0], frame.rowsOfGroup("teenagers"));
    }

    @Test
    void rowsWithoutAGroupHaveNoLevel() {
        List<ChoiceRow> rows = List.of(new ChoiceRow(NVN, 2, 1, null), new ChoiceRow(NNV, 1, 1, null));
        assertEquals(List.of(), ChoiceFrame.of(rows).groups());
        assertEquals(List.of(new Condition(NVN, 2, 1), new Condition(NNV, 1, 1)), ChoiceFrame.of(rows).conditions());
    }

    @Test
    void choiceDataGroupKeepsTheRowsOfOneLevelInFileOrder() {
        ChoiceData data = new ChoiceData(new FeatureSpace(List.of(new Feature("animacy", List.of("animate")))), ROWS);
        assertEquals(List.of(ROWS.get(0), ROWS.get(1), ROWS.get(2), ROWS.get(8)), data.group("children").rows());
    }
}
