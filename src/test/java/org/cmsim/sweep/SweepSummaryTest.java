package org.cmsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepSummaryTest {

    /** Printed tables give t(0.975, 2) = 4.303; R's qt(0.975, 2) = 4.302652729749464. */
    private static final double T_975_2 = 4.3026527297494619;
    private static final double TOLERANCE = 1e-9;

    @Test
    void meanSdAndStudentIntervalMatchAHandCalculation() {
        // values 1, 2, 3: mean 2, sd sqrt(((1)^2 + 0 + 1^2) / 2) = 1, half-width t * 1 / sqrt(3)
        SweepSummary.Cell cell = SweepSummary.cell(List.of("0.01"), List.of("animacy"), "contribution",
                List.of(1.0, 2.0, 3.0));
        assertEquals(3, cell.n());
        assertEquals(2.0, cell.mean(), TOLERANCE);
        assertEquals(1.0, cell.sd(), TOLERANCE);
        assertEquals(2.0 - T_975_2 / Math.sqrt(3), cell.low(), 1e-8);
        assertEquals(2.0 + T_975_2 / Math.sqrt(3), cell.high(), 1e-8);
    }

    @Test
    void oneReplicateHasAMeanButNoInterval() {
        SweepSummary.Cell cell = SweepSummary.cell(List.of(), List.of("x"), "value", List.of(4.5));
        assertEquals(4.5, cell.mean());
        assertTrue(Double.isNaN(cell.sd()) && Double.isNaN(cell.low()) && Double.isNaN(cell.high()));
    }

    @Test
    void seedIsSummarisedAsAReplicateNotASetting() {
        assertEquals(List.of("attention.l2"), SweepSummary.settingNames(List.of("seed", "attention.l2")));
    }

    @Test
    void timeLeftFollowsTheRateOfFinishedTasks() {
        assertEquals(30.0, ProgressClock.secondsLeft(10.0, 2, 8), TOLERANCE);
        assertEquals(0.0, ProgressClock.secondsLeft(10.0, 8, 8), TOLERANCE);
        assertTrue(Double.isNaN(ProgressClock.secondsLeft(0.0, 0, 8)));
    }

    @Test
    void csvTextKeepsQuotedCommasAndCellsUnchanged() {
        assertEquals(List.of(List.of("a", "b,c", "1.50"), List.of("", "x\"y", "")),
                CsvText.parse("a,\"b,c\",1.50\n,\"x\"\"y\",\n"));
    }
}
