package org.cmsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The heatmap shows conflict sentence types first, topped up with others only to half its rows. */
class HeatmapRowsTest {

    @Test
    void conflictTypesByFrequencyThenOthersUpToHalfTheRows() {
        double[] weights = {50, 3, 40, 3, 7, 30, 1};
        boolean[] conflict = {false, true, false, true, true, false, false};
        // Conflict types 4 (7), then 1 and 3 (3 each, corpus order); with 6 rows, no top-up (3 = half).
        assertArrayEquals(new Integer[] {4, 1, 3}, Plots.heatmapRows(weights, conflict, 6));
        // With 10 rows, half is 5: the two most frequent others join.
        assertArrayEquals(new Integer[] {4, 1, 3, 0, 2}, Plots.heatmapRows(weights, conflict, 10));
        // At most the rows there are room for.
        assertArrayEquals(new Integer[] {4, 1}, Plots.heatmapRows(weights, conflict, 2));
        // No conflict at all: the most frequent types, half the rows.
        assertArrayEquals(new Integer[] {0, 2}, Plots.heatmapRows(weights, new boolean[7], 4));
    }
}
