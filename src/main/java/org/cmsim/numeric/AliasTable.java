package org.cmsim.numeric;

import java.util.SplittableRandom;

/**
 * Draws index i with probability weight[i] / sum(weight) in constant time, whatever the weights:
 * Walker's alias method (Walker 1977), set up as Vose (1991) does. Each of the n columns holds one
 * index with probability {@code keep[column]} and otherwise its {@code alias}; a draw picks a column
 * uniformly, then one of its two indices. Setting up takes O(n) time and memory, so a corpus costs
 * what its rows cost, not what its counts add up to.
 */
public final class AliasTable {

    private final double[] keep;
    private final int[] alias;

    /** A table for non-negative weights with a positive sum. */
    public AliasTable(long[] weights) {
        int n = weights.length;
        double total = 0;
        for (long weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("a weight is negative: " + weight);
            }
            total += weight;
        }
        if (n == 0 || total <= 0) {
            throw new IllegalArgumentException("no positive weight to draw from");
        }
        keep = new double[n];
        alias = new int[n];
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smallCount = 0;
        int largeCount = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * (n / total);
            if (scaled[i] < 1) {
                small[smallCount++] = i;
            } else {
                large[largeCount++] = i;
            }
        }
        // Vose's pairing: a column short of 1 is topped up by a column above 1, which then loses as much.
        while (smallCount > 0 && largeCount > 0) {
            int less = small[--smallCount];
            int more = large[--largeCount];
            keep[less] = scaled[less];
            alias[less] = more;
            scaled[more] = (scaled[more] + scaled[less]) - 1;
            if (scaled[more] < 1) {
                small[smallCount++] = more;
            } else {
                large[largeCount++] = more;
            }
        }
        // What is left is 1 up to rounding (Vose 1991, section 4): such a column keeps its own index.
        while (largeCount > 0) {
            int column = large[--largeCount];
            keep[column] = 1;
            alias[column] = column;
        }
        while (smallCount > 0) {
            int column = small[--smallCount];
            keep[column] = 1;
            alias[column] = column;
        }
    }

    public int size() {
        return keep.length;
    }

    /** One draw: two numbers from {@code random} (a column, then which of its indices). */
    public int draw(SplittableRandom random) {
        int column = random.nextInt(keep.length);
        return random.nextDouble() < keep[column] ? column : alias[column];
    }

    /** The probability that a draw gives {@code index}, read back from the table (for checking it). */
    public double probability(int index) {
        double p = 0;
        for (int column = 0; column < keep.length; column++) {
            p += column == index ? keep[column] : 0;
            p += alias[column] == index && column != index ? 1 - keep[column] : 0;
        }
        return p / keep.length;
    }
}
