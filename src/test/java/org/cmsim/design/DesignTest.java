package org.cmsim.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cmsim.model.Order;
import org.cmsim.testing.CueDesigns;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

class DesignTest {

    /** Levels come in NVN, NNV, VNN order, whatever order the conditions come in; then the cues. */
    @Test
    void columnsAreTheOrderLevelsPresentThenTheCues() {
        Design design = CueDesigns.of(new Order[] {Order.VNN, Order.NVN, Order.VNN},
                new int[][] {{+1, 0}, {0, -1}, {-1, +1}});
        assertEquals(List.of(Order.NVN, Order.VNN), design.levels());
        assertEquals(List.of("order=NVN", "order=VNN", "c0", "c1"), design.parameters());
        assertEquals(4, design.parameterCount());
        assertEquals(3, design.rows());
        assertArrayEquals(new double[] {0, 1, 1, 0}, design.matrixRow(0));
        assertArrayEquals(new double[] {1, 0, 0, -1}, design.matrixRow(1));
        assertArrayEquals(new double[] {0, 1, -1, 1}, design.matrixRow(2));
        assertEquals(1, design.level(0));
        assertEquals(0, design.level(1));
        assertEquals(-1, design.direction(2, 0));
        assertEquals(1, design.direction(2, 1));
    }

    /** The order cue of a config becomes the level columns, not a column of its own. */
    @Test
    void theOrderCueIsNotAColumn() throws Exception {
        Design design = Fixtures.factorialDesign();
        assertEquals(List.of("order=NVN", "order=NNV", "order=VNN", "animacy", "agreement"), design.parameters());
        assertEquals(2, design.cues().size());
    }

    @Test
    void aCopiedRowCannotChangeTheDesign() {
        Design design = CueDesigns.nvn(new int[][] {{+1}});
        design.matrixRow(0)[1] = 7;
        assertArrayEquals(new double[] {1, 1}, design.matrixRow(0));
    }

    @Test
    void otherStimuliKeepTheColumnsAndMustUseTheirLevels() {
        Design design = CueDesigns.of(new Order[] {Order.NVN, Order.NNV}, new int[][] {{+1}, {0}});
        Design others = CueDesigns.of(new Order[] {Order.NNV}, new int[][] {{-1}});
        Design moved = design.withStimuli(others.stimuli());
        assertEquals(design.parameters(), moved.parameters());
        assertArrayEquals(new double[] {0, 1, -1}, moved.matrixRow(0));
        Design vnn = CueDesigns.of(new Order[] {Order.VNN}, new int[][] {{0}});
        assertEquals("order VNN is not a level of this design", assertThrows(IllegalArgumentException.class,
                () -> design.withStimuli(vnn.stimuli())).getMessage());
    }
}
