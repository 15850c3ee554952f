package org.cmsim.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AliasTableTest {

    /** The table's columns add back up to weight / total for every index, zero weights included. */
    @Test
    void tableHoldsExactlyTheWeights() {
        long[][] cases = {
            {1},
            {3, 1, 2},
            {0, 5, 0, 5},
            {1, 1_000_000, 7, 0, 12},
            {Long.MAX_VALUE / 4, 1, Long.MAX_VALUE / 4, 3},
        };
        for (long[] weights : cases) {
            AliasTable table = new AliasTable(weights);
            assertEquals(weights.length, table.size());
            double total = 0;
            for (long w : weights) {
                total += w;
            }
            for (int i = 0; i < weights.length; i++) {
                assertEquals(weights[i] / total, table.probability(i), 1e-12, "index " + i);
            }
        }
        SplittableRandom random = new SplittableRandom(4);
        long[] many = new long[1000];
        double total = 0;
        for (int i = 0; i < many.length; i++) {
            many[i] = random.nextInt(10) == 0 ? 0 : 1 + random.nextLong(1L << 40);
            total += many[i];
        }
        AliasTable table = new AliasTable(many);
        for (int i = 0; i < many.length; i++) {
            assertEquals(many[i] / total, table.probability(i), 1e-12, "index " + i);
        }
    }

    /** Draws: counts against weights by a chi-square test (df 3, 99.9% point 16.27); a zero weight never drawn. */
    @Test
    void drawsFollowTheWeights() {
        long[] weights = {10, 0, 30, 45, 15};
        AliasTable table = new AliasTable(weights);
        SplittableRandom random = new SplittableRandom(1);
        int n = 200_000;
        long[] seen = new long[weights.length];
        for (int t = 0; t < n; t++) {
            seen[table.draw(random)]++;
        }
        assertEquals(0, seen[1]);
        double chiSquare = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                double expected = n * weights[i] / 100.0;
                chiSquare += (seen[i] - expected) * (seen[i] - expected) / expected;
            }
        }
        assertTrue(chiSquare < 16.27, "chi-square " + chiSquare);
    }

    @Test
    void refusesWeightsItCannotDrawFrom() {
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new long[0]));
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new long[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new long[] {3, -1}));
    }
}
