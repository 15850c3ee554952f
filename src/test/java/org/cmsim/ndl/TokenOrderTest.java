package org.cmsim.ndl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenOrderTest {

    /** Every row comes out exactly as often as its count, then the order is exhausted. */
    @Test
    void placesEveryTokenOnce() {
        long[] counts = {3, 0, 1, 7, 2, 1, 1, 4, 9};
        TokenOrder order = new TokenOrder(counts, 5);
        long[] seen = new long[counts.length];
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        assertEquals(total, order.left());
        while (order.left() > 0) {
            seen[order.next()]++;
        }
        assertArrayEquals(counts, seen);
    }

    /**
     * All orders of the multiset {a, a, a, b, c, c} are equally likely, as under a Fisher-Yates shuffle of
     * the six tokens: 6! / (3! 1! 2!) = 60 orders, 120,000 seeds, chi-square against 59 degrees of
     * freedom below its 99.9% point (95.75).
     */
    @Test
    void everyOrderIsEquallyLikely() {
        long[] counts = {3, 1, 2};
        Map<String, Integer> orders = new HashMap<>();
        int seeds = 120_000;
        for (int seed = 0; seed < seeds; seed++) {
            TokenOrder order = new TokenOrder(counts, seed);
            StringBuilder text = new StringBuilder();
            while (order.left() > 0) {
                text.append((char) ('a' + order.next()));
            }
            orders.merge(text.toString(), 1, Integer::sum);
        }
        assertEquals(60, orders.size());
        double expected = seeds / 60.0;
        double chiSquare = orders.values().stream().mapToDouble(n -> (n - expected) * (n - expected) / expected).sum();
        assertTrue(chiSquare < 95.75, "chi-square " + chiSquare);
    }

    /** Counts near the limit of a long: the first draws come back at once, with the rows' shares. */
    @Test
    void hugeCountsNeedNoList() {
        long[] counts = {Long.MAX_VALUE / 4, 3, Long.MAX_VALUE / 4};
        TokenOrder order = new TokenOrder(counts, 1);
        int[] seen = new int[3];
        for (int t = 0; t < 10_000; t++) {
            seen[order.next()]++;
        }
        assertEquals(0, seen[1]);
        assertTrue(seen[0] > 4_700 && seen[2] > 4_700, java.util.Arrays.toString(seen));
    }
}
