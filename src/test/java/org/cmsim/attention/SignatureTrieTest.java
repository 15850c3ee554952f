package org.cmsim.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Sums through the prefix tree are each signature's own sum, bit for bit, and share the prefixes. */
class SignatureTrieTest {

    private static final int[][] SIGNATURES = {{0, 3, 6, 8}, {0, 3, 7, 9}, {1, 2, 6, 9}, {0, 4, 6, 8}, {0, 3, 6, 9}};

    /**
     * By hand, 15 nodes for 20 rows: the root 0; 0, 0-3, 0-3-6, 0-3-6-8 (1-4); 0-3-7, 0-3-7-9 (5, 6); 1, 1-2, 1-2-6,
     * 1-2-6-9 (7-10); 0-4, 0-4-6, 0-4-6-8 (11-13); 0-3-6-9 (14).
     */
    @Test
    void signaturesThatBeginAlikeShareTheirPrefixes() {
        SignatureTrie trie = SignatureTrie.of(SIGNATURES);
        assertEquals(15, trie.nodes());
        assertEquals(4, trie.node(0));
        assertEquals(6, trie.node(1));
        assertEquals(10, trie.node(2));
        assertEquals(13, trie.node(3));
        assertEquals(14, trie.node(4));
    }

    /** Values of every magnitude and sign, so that another order of additions would round differently. */
    @Test
    void aSignaturesSumIsTheSumOfItsRowsInOrderBitForBit() {
        int width = 3;
        double[] table = new double[2 + 10 * width];
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < table.length; i++) {
            table[i] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 9));
        }
        SignatureTrie trie = SignatureTrie.of(SIGNATURES);
        int[] marks = new int[trie.nodes()];
        double[] sums = new double[trie.nodes() * width];
        // First only signatures 1 and 3, then all: a node is summed when its stamp is the current one.
        for (int stamp = 1; stamp <= 2; stamp++) {
            int[] used = stamp == 1 ? new int[] {1, 3} : new int[] {0, 1, 2, 3, 4};
            for (int sig : used) {
                trie.mark(sig, marks, stamp);
            }
            trie.sum(table, 2, width, marks, stamp, sums);
            if (stamp == 1) {
                assertEquals(0, marks[trie.node(2)], "signature 2 is not used in the first pass, nor summed");
                assertEquals(0, sums[trie.node(2) * width]);
            }
            for (int sig : used) {
                for (int i = 0; i < width; i++) {
                    double direct = 0;
                    for (int row : SIGNATURES[sig]) {
                        direct += table[2 + row * width + i];
                    }
                    assertEquals(direct, sums[trie.node(sig) * width + i], "signature " + sig + ", column " + i);
                }
            }
        }
        assertEquals(0, marks[0], "the empty prefix is never summed: it stays 0");
    }
}
