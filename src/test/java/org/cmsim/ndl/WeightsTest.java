package org.cmsim.ndl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightsTest {

    /** Sorting moves whole rows and columns: each weight keeps its cue and its outcome. */
    @Test
    void sortingKeepsEachWeightWithItsCueAndOutcome() {
        Weights weights = new Weights(List.of("b", "c", "a"), List.of("y", "x"),
                new double[][] {{1, 2}, {3, 4}, {5, 6}}, 7);
        Weights sorted = weights.sorted();
        assertEquals(List.of("a", "b", "c"), sorted.cues());
        assertEquals(List.of("x", "y"), sorted.outcomes());
        assertArrayEquals(new double[] {6, 5}, sorted.values()[0]);
        assertArrayEquals(new double[] {2, 1}, sorted.values()[1]);
        assertArrayEquals(new double[] {4, 3}, sorted.values()[2]);
        assertEquals(7, sorted.events());
        for (String cue : weights.cues()) {
            for (String outcome : weights.outcomes()) {
                assertEquals(weights.get(cue, outcome), sorted.get(cue, outcome), 0, cue + " " + outcome);
            }
        }
    }

    @Test
    void anUnknownCueOrOutcomeHasWeightZero() {
        Weights weights = new Weights(List.of("a"), List.of("x"), new double[][] {{0.5}}, 1);
        assertEquals(0.5, weights.get("a", "x"));
        assertEquals(0, weights.get("b", "x"));
        assertEquals(0, weights.get("a", "y"));
    }
}
