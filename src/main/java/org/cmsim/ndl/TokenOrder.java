package org.cmsim.ndl;

import java.util.SplittableRandom;

/**
 * A uniformly random order of a corpus's tokens, produced one token at a time without listing them:
 * each step draws one of the tokens not yet placed, uniformly, and reports its row. Drawing without
 * replacement, token by token, gives every order of the multiset the same probability, as a
 * Fisher-Yates shuffle of all tokens would; the counts left per row sit in a Fenwick tree (Fenwick
 * 1994), so a step costs O(log rows) and memory follows the rows, not the counts.
 */
final class TokenOrder {

    private final SplittableRandom random;
    /** Fenwick tree over the counts left: tree[i] sums rows (i - lowbit(i), i], 1-based. */
    private final long[] tree;
    private final int highestBit;
    private long left;

    TokenOrder(long[] counts, long seed) {
        int n = counts.length;
        tree = new long[n + 1];
        for (int i = 1; i <= n; i++) {
            if (counts[i - 1] < 0) {
                throw new IllegalArgumentException("a count is negative: " + counts[i - 1]);
            }
            tree[i] = Math.addExact(tree[i], counts[i - 1]);
            left = Math.addExact(left, counts[i - 1]);
            int parent = i + (i & -i);
            if (parent <= n) {
                tree[parent] = Math.addExact(tree[parent], tree[i]);
            }
        }
        highestBit = n == 0 ? 0 : Integer.highestOneBit(n);
        random = new SplittableRandom(seed);
    }

    /** Tokens not yet placed. */
    long left() {
        return left;
    }

    /** The row of the next token; only while {@link #left} is positive. */
    int next() {
        long u = random.nextLong(left);
        // Descend the tree to the first row whose running total exceeds u.
        int position = 0;
        for (int bit = highestBit; bit > 0; bit >>= 1) {
            int candidate = position + bit;
            if (candidate < tree.length && tree[candidate] <= u) {
                position = candidate;
                u -= tree[candidate];
            }
        }
        int row = position;   // 0-based row = 1-based position + 1, minus 1
        for (int i = row + 1; i < tree.length; i += i & -i) {
            tree[i]--;
        }
        left--;
        return row;
    }
}
