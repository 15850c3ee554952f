package org.cmsim.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    private static Trajectory trajectory(double[][] values) {
        long[] steps = new long[values.length];
        for (int c = 0; c < steps.length; c++) {
            steps[c] = 10L * c;
        }
        return new Trajectory("delta", List.of("a", "b", "c"), steps, values);
    }

    /** The leader is the largest |weight|, reported with its sign; a lead is listed only when it changes. */
    @Test
    void leadsListEachChangeOfTheLargestAbsoluteWeight() {
        Trajectory t = trajectory(new double[][] {
            {0, 0, 0},          // step 0: no leader yet
            {0.1, -0.3, 0.2},   // step 10: b leads with a negative weight
            {0.1, -0.4, 0.2},   // step 20: still b, not listed again
            {0.5, -0.4, 0.2},   // step 30: a
            {0.5, -0.4, 0.6},   // step 40: c
        });
        assertEquals(List.of(new Trajectory.Lead(10, "b", -0.3), new Trajectory.Lead(30, "a", 0.5),
                new Trajectory.Lead(40, "c", 0.6)), t.leads());
    }

    /** Equal |weights|: the first parameter in design order leads, and a later tie does not take it over. */
    @Test
    void tiesGoToTheFirstParameter() {
        Trajectory t = trajectory(new double[][] {{0.3, -0.3, 0}, {0.3, 0.3, 0.3}});
        assertEquals(List.of(new Trajectory.Lead(0, "a", 0.3)), t.leads());
    }

    @Test
    void checkpointsAreCopiesAndLastIsTheFinalOne() {
        double[][] values = {{1, 2, 3}, {4, 5, 6}};
        Trajectory t = trajectory(values);
        assertArrayEquals(new double[] {4, 5, 6}, t.last());
        assertArrayEquals(new double[] {1, 2, 3}, t.at(0));
        t.at(0)[0] = 99;
        assertEquals(1, t.at(0)[0]);
    }

    /**
     * Round(n^(c / (count - 1))) for c = 0..count-1, with 0 and n, duplicates removed: 10^0.5 = 3.16 gives 3,
     * 4^0.25 = 1.41 gives 1 again.
     */
    @Test
    void logSpacedStepsCoverZeroToNWithoutRepeats() {
        assertArrayEquals(new long[] {0, 1, 3, 10}, Trajectory.logSpacedSteps(10, 3));
        assertArrayEquals(new long[] {0, 1, 2, 3, 4, 7, 12, 20}, Trajectory.logSpacedSteps(20, 7));
        assertArrayEquals(new long[] {0, 1, 2, 3, 4}, Trajectory.logSpacedSteps(4, 5));
    }
}
