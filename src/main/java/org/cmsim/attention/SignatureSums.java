package org.cmsim.attention;

import java.util.Arrays;

/**
 * A batch's token signatures for {@link ProjectedBatch}: which signatures its sentences use, and in which role
 * (a noun's key or value, a verb's query); their projections summed over their rows once per batch, through the
 * prefix tree of {@link SignatureTrie}; and each signature's gradient, accumulated over the batch and spread over
 * its rows after it,
 * <pre>
 *   K[sig] = sum_r PK[r]    Q[sig] = sum_r PQ[r]    V[sig] = sum_r PV[r]        (dK, dK, dV)
 *   GK[r] += GK[sig] for every sig containing r, in signature order    (likewise GQ)
 * </pre>
 * A signature no sentence of the batch uses is neither summed nor spread: its sum would be read by nobody and its
 * gradient is zero, and adding +0 leaves a row's sum as it is (never -0, as it starts at +0).
 */
final class SignatureSums {

    private final int dK;
    private final int dV;
    private SignatureTrie trie;
    private int[] asKey = new int[0];
    private int[] asQuery = new int[0];
    private int[] keyNodes = new int[0];
    private int[] queryNodes = new int[0];
    /** The batch being summed: a signature (node) is used in it when its entry equals this. */
    private int batch;
    private double[] nodeK = new double[0];
    private double[] nodeQ = new double[0];
    private double[] nodeV = new double[0];
    /** Each signature's gradient with respect to its K (its Q), accumulated over the batch: (signatures, dK). */
    double[] gradientK = new double[0];
    double[] gradientQ = new double[0];

    SignatureSums(int dK, int dV) {
        this.dK = dK;
        this.dV = dV;
    }

    /** Notes the signatures of order[from..to) with weight, nouns as keys and (with {@code verbQuery}) verbs. */
    void begin(Examples examples, int[] order, int from, int to, double total, boolean verbQuery) {
        if (trie != examples.trie) {
            trie = examples.trie;
            asKey = new int[examples.signatureRows.length];
            asQuery = new int[examples.signatureRows.length];
            keyNodes = new int[trie.nodes()];
            queryNodes = new int[trie.nodes()];
            nodeK = new double[trie.nodes() * dK];
            nodeQ = new double[trie.nodes() * dK];
            nodeV = new double[trie.nodes() * dV];
            gradientK = new double[examples.signatureRows.length * dK];
            gradientQ = new double[examples.signatureRows.length * dK];
            batch = 0;
        }
        batch++;
        for (int i = from; i < to; i++) {
            int e = order[i];
            if (examples.weight[e] / total == 0) {
                continue;
            }
            int[] token = examples.tokens[e];
            key(token[Examples.N1]);
            key(token[Examples.N2]);
            if (verbQuery && asQuery[token[Examples.VERB]] != batch) {
                int sig = token[Examples.VERB];
                asQuery[sig] = batch;
                trie.mark(sig, queryNodes, batch);
                Arrays.fill(gradientQ, sig * dK, sig * dK + dK, 0);
            }
        }
    }

    private void key(int sig) {
        if (asKey[sig] != batch) {
            asKey[sig] = batch;
            trie.mark(sig, keyNodes, batch);
            Arrays.fill(gradientK, sig * dK, sig * dK + dK, 0);
        }
    }

    /** K[sig] for the batch's nouns from PK (rows, dK). */
    void sumKeys(double[] pk) {
        trie.sum(pk, 0, dK, keyNodes, batch, nodeK);
    }

    /** Q[sig] for the batch's verbs from PQ (rows, dK). */
    void sumQueries(double[] pq) {
        trie.sum(pq, 0, dK, queryNodes, batch, nodeQ);
    }

    /** V[sig] for the batch's nouns from PV (rows, dV). */
    void sumValues(double[] pv) {
        trie.sum(pv, 0, dV, keyNodes, batch, nodeV);
    }

    double[] keys() {
        return nodeK;
    }

    double[] queries() {
        return nodeQ;
    }

    double[] values() {
        return nodeV;
    }

    /** Where signature sig's K, Q (width dK) or V (width {@code width}) starts in its array. */
    int at(int sig, int width) {
        return trie.node(sig) * width;
    }

    /** GK[r] (and GQ[r]) += each used signature's gradient, in signature order; its rows become touched. */
    void spread(Examples examples, double[] gk, double[] gq, boolean[] touched) {
        for (int sig = 0; sig < asKey.length; sig++) {
            if (asKey[sig] == batch) {
                spread(gradientK, sig, examples.signatureRows[sig], gk, touched);
            }
            if (asQuery[sig] == batch) {
                spread(gradientQ, sig, examples.signatureRows[sig], gq, touched);
            }
        }
    }

    private void spread(double[] bySignature, int sig, int[] sigRows, double[] byRow, boolean[] touched) {
        for (int row : sigRows) {
            for (int k = 0; k < dK; k++) {
                byRow[row * dK + k] += bySignature[sig * dK + k];
            }
            touched[row] = true;
        }
    }
}
