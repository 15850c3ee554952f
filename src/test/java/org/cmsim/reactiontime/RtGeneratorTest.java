package org.cmsim.reactiontime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The log-normal RTs: their log mean and SDs, the conflict shift, whole ms, and the same draws for a seed. */
class RtGeneratorTest {

    @Test
    void logRtHasTheGeneratingMeanConflictShiftAndSd() {
        RtGenerator.Parameters p = new RtGenerator.Parameters(6.5, 0.2, 0.3, 0);
        double[][][] rt = RtGenerator.draw(50, new boolean[] {false, true}, 200, p, 3);
        double[] sum = new double[2];
        double[] squares = new double[2];
        int n = 50 * 200;
        for (double[][] subject : rt) {
            for (int i = 0; i < 2; i++) {
                for (double value : subject[i]) {
                    assertEquals(Math.rint(value), value, 0, "whole ms");
                    double log = Math.log(value);
                    sum[i] += log;
                    squares[i] += log * log;
                }
            }
        }
        // Means within 4 standard errors (0.3 / sqrt(10000) = 0.003); rounding to ms moves log RT by < 0.001.
        assertEquals(6.5, sum[0] / n, 0.012);
        assertEquals(6.7, sum[1] / n, 0.012);
        double sd = Math.sqrt(squares[0] / n - Math.pow(sum[0] / n, 2));
        assertEquals(0.3, sd, 0.01);
    }

    @Test
    void participantsShiftTheirWholeDistribution() {
        RtGenerator.Parameters p = new RtGenerator.Parameters(6.5, 0, 0.01, 0.5);
        double[][][] rt = RtGenerator.draw(400, new boolean[] {false}, 4, p, 5);
        double sum = 0;
        double squares = 0;
        for (double[][] subject : rt) {
            double log = Math.log(subject[0][0]);
            sum += log;
            squares += log * log;
        }
        assertEquals(0.5, Math.sqrt(squares / 400 - Math.pow(sum / 400, 2)), 0.05);
    }

    @Test
    void theSameSeedDrawsTheSameTimes() {
        RtGenerator.Parameters p = new RtGenerator.Parameters(6.5, 0.1, 0.3, 0.1);
        boolean[] conflict = {true, false, true};
        assertArrayEquals(RtGenerator.draw(3, conflict, 2, p, 9)[2][1], RtGenerator.draw(3, conflict, 2, p, 9)[2][1]);
        assertTrue(RtGenerator.draw(3, conflict, 2, p, 9)[0][0][0] != RtGenerator.draw(3, conflict, 2, p, 10)[0][0][0]);
    }

    @Test
    void refusesNonPositiveSds() {
        assertThrows(IllegalArgumentException.class, () -> new RtGenerator.Parameters(6.5, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RtGenerator.Parameters(6.5, 0, 0.2, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new RtGenerator.Parameters(Double.NaN, 0, 0.2, 0));
    }
}
