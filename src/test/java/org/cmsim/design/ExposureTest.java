package org.cmsim.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The exposure of src/test/resources/learn/frequent-vs-reliable.csv, counted by hand: 8 rows, 100 tokens,
 * 6 sentence types (rows 1-2 and 3-4 are the same sentence with n1 and with n2 as the agent):
 * <pre>
 *   type 0  rows 1, 2   f: a/b        n1 28, n2 12
 *   type 1  rows 3, 4   f: b/a        n2 28, n1 12
 *   type 2  row 5       a/b, g: c/d   n1 7
 *   type 3  row 6       a/b, g: d/c   n2 3
 *   type 4  row 7       b/a, g: d/c   n2 7
 *   type 5  row 8       b/a, g: c/d   n1 3
 * </pre>
 */
class ExposureTest {

    @Test
    void sentenceTypesMergeRowsThatDifferOnlyInTheAgent() throws Exception {
        Exposure exposure = Fixtures.exposure("src/test/resources/learn/frequent-vs-reliable.json");
        assertEquals(100, exposure.tokens());
        assertEquals(6, exposure.design().rows());
        assertArrayEquals(new long[] {40, 40, 7, 3, 7, 3}, exposure.agents().trials());
        assertArrayEquals(new long[] {28, 12, 7, 0, 0, 3}, exposure.agents().n1());
        int[] types = {0, 0, 1, 1, 2, 3, 4, 5};
        boolean[] agentIsN1 = {true, false, false, true, true, false, false, true};
        for (int row = 0; row < types.length; row++) {
            assertEquals(types[row], exposure.type(row), "row " + row);
            assertEquals(agentIsN1[row], exposure.agentIsN1(row), "row " + row);
        }
        // Type 3 (a/b, d/c): frequent points to n1, reliable to n2.
        assertArrayEquals(new double[] {1, 1, -1}, exposure.design().matrixRow(3));
    }

    /** Presentations follow the rows' counts: a chi-square test over the 8 rows (df 7, 99.9% point 24.32). */
    @Test
    void presentationsAreDrawnInProportionToCount() throws Exception {
        Exposure exposure = Fixtures.exposure("src/test/resources/learn/frequent-vs-reliable.json");
        long[] counts = {28, 12, 28, 12, 7, 3, 7, 3};
        SplittableRandom random = new SplittableRandom(8);
        int n = 100_000;
        long[] seen = new long[counts.length];
        for (int t = 0; t < n; t++) {
            seen[exposure.drawRow(random)]++;
        }
        double chiSquare = 0;
        for (int row = 0; row < counts.length; row++) {
            double expected = n * counts[row] / 100.0;
            chiSquare += (seen[row] - expected) * (seen[row] - expected) / expected;
        }
        assertTrue(chiSquare < 24.32, "chi-square " + chiSquare);
    }
}
