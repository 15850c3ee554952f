package org.cmsim.attention;

import java.util.Arrays;
import org.cmsim.model.AttentionSettings.QuerySource;
import org.cmsim.model.AttentionSettings.Readout;

/**
 * The forward pass of {@link AttentionHead} over many sentence types, with each token signature's part done once.
 * A token's input x_t, and so its key W_K x_t, value W_V x_t and (for the verb) query W_Q x_t, depends only on its
 * rows, which many types share ({@link Examples#signatureRows}); {@link AttentionHead#loss} recomputes them for every
 * type. Here each is computed once per call (the inputs x through the prefix tree of {@link SignatureTrie}), by the
 * same operations in the same order as {@link AttentionHead#forward}, so every logit and the loss are the same
 * doubles, bit for bit ({@code SignatureForwardTest}); only the repetition goes. Early stopping reads the held-out
 * loss after every epoch ({@link AdamTrainer}), which made it a sixth of a run's work.
 *
 * <pre>
 *   x[sig] = sum_r E[r]                    (dModel)   r over the signature's rows, in order
 *   K[sig] = W_K x[sig]                    (dK)       a noun's key
 *   V[sig] = W_V x[sig]                    (dV)       a noun's value (value readout, uniform attention)
 *   Q[sig] = W_Q x[sig]                    (dK)       a verb's query (VERB_BLIND: W_Q (E[verb] + P[position]))
 *   logit  = s_1 - s_2 (pointer) or w . (a_1 V[n1] + a_2 V[n2]) + b, s_j = Q . K[nj] / sqrt(dK)
 * </pre>
 */
final class SignatureForward {

    private final AttentionHead.Layout layout;
    private final double[] theta;
    private final int d;
    private final int dK;
    private final int dV;
    private final double scale;
    private final boolean uniform;
    private final boolean pointer;
    private final QuerySource query;
    private double[] keys = new double[0];
    private double[] values = new double[0];
    private double[] queries = new double[0];
    /** Which signatures this call needs as a noun (as a verb): those whose entry equals {@link #call}. */
    private int[] asNoun = new int[0];
    private int[] asVerb = new int[0];
    /** The trie's nodes whose input sums this call needs, and those sums x (nodes, dModel). */
    private int[] nodes = new int[0];
    private double[] inputs = new double[0];
    private int call;
    private final double[] blind;
    private final double[] o;

    SignatureForward(AttentionHead head) {
        this.layout = head.layout();
        this.theta = head.parameters();
        this.d = head.settings().dModel();
        this.dK = head.settings().dK();
        this.dV = head.settings().dV();
        this.scale = 1 / Math.sqrt(dK);
        this.uniform = head.hasUniformAttention();
        this.pointer = head.settings().readout() == Readout.POINTER;
        this.query = head.settings().query();
        this.blind = new double[d];
        this.o = new double[dV];
    }

    /** Weighted mean cross-entropy over all examples: {@link AttentionHead#loss}, the same double. */
    double loss(Examples examples) {
        prepare(examples, true);
        return AttentionHead.meanCrossEntropy(examples, e -> logit(examples.tokens[e]));
    }

    /** The logit of every example, ln P(n1) / P(n2): {@link AttentionHead#logits}, the same doubles. */
    double[] logits(Examples examples) {
        prepare(examples, false);
        double[] logits = new double[examples.size()];
        for (int e = 0; e < logits.length; e++) {
            logits[e] = logit(examples.tokens[e]);
        }
        return logits;
    }

    /** One type's logit from its signatures' keys, values and query, as {@link AttentionHead#forward} has it. */
    private double logit(int[] token) {
        int noun1 = token[Examples.N1];
        int noun2 = token[Examples.N2];
        if (uniform) {
            return valueReadout(noun1, noun2, 0.5, 0.5);                   // a = (1/2, 1/2)
        }
        int verb = query == QuerySource.LEARNED ? 0 : token[Examples.VERB] * dK;
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < dK; i++) {
            s1 += queries[verb + i] * keys[noun1 * dK + i];                 // q . k_1
        }
        for (int i = 0; i < dK; i++) {
            s2 += queries[verb + i] * keys[noun2 * dK + i];                 // q . k_2
        }
        s1 *= scale;
        s2 *= scale;
        if (pointer) {
            return s1 - s2;
        }
        double a1 = AttentionHead.logistic(s1 - s2);                        // softmax over two scores
        return valueReadout(noun1, noun2, a1, 1 - a1);
    }

    /** w . (a1 v1 + a2 v2) + b. */
    private double valueReadout(int noun1, int noun2, double a1, double a2) {
        for (int i = 0; i < dV; i++) {
            o[i] = a1 * values[noun1 * dV + i] + a2 * values[noun2 * dV + i];
        }
        double z = 0;
        for (int i = 0; i < dV; i++) {
            z += o[i] * theta[layout.w + i];
        }
        return z + theta[layout.b];
    }

    /** Keys, values and queries of the signatures the examples need (those with weight, or all for logits). */
    private void prepare(Examples examples, boolean weightedOnly) {
        SignatureTrie trie = examples.trie;
        int signatures = examples.signatureRows.length;
        if (asNoun.length != signatures || nodes.length != trie.nodes()) {
            asNoun = new int[signatures];
            asVerb = new int[signatures];
            nodes = new int[trie.nodes()];
            inputs = new double[trie.nodes() * d];
            keys = new double[signatures * dK];
            values = new double[signatures * dV];
            queries = new double[Math.max(signatures, 1) * dK];
            call = 0;
        }
        call++;
        boolean verbInput = !uniform && query == QuerySource.VERB;
        for (int e = 0; e < examples.size(); e++) {
            if (weightedOnly && examples.weight[e] == 0) {
                continue;
            }
            int[] token = examples.tokens[e];
            for (int t = 0; t < 3; t++) {
                int sig = token[t];
                int[] role = t == Examples.VERB ? asVerb : asNoun;
                if (role[sig] != call) {
                    role[sig] = call;
                    if (t != Examples.VERB || verbInput) {
                        trie.mark(sig, nodes, call);
                    }
                }
            }
        }
        // x[sig] = sum_r E[r] over the signature's rows, prefixes shared (dModel)
        trie.sum(theta, layout.embeddings, d, nodes, call, inputs);
        if (query == QuerySource.LEARNED && !uniform) {
            System.arraycopy(theta, layout.query, queries, 0, dK);
        }
        for (int sig = 0; sig < signatures; sig++) {
            int x = trie.node(sig) * d;
            if (asNoun[sig] == call) {
                if (!uniform) {
                    multiply(layout.wk, inputs, x, keys, sig * dK, dK);     // (dK, dModel) x (dModel) -> (dK)
                }
                if (uniform || !pointer) {
                    multiply(layout.wv, inputs, x, values, sig * dV, dV);   // (dV, dModel) x (dModel) -> (dV)
                }
            }
            if (asVerb[sig] == call && verbInput) {
                multiply(layout.wq, inputs, x, queries, sig * dK, dK);      // (dK, dModel) x (dModel) -> (dK)
            } else if (asVerb[sig] == call && !uniform && query == QuerySource.VERB_BLIND) {
                int[] rows = examples.signatureRows[sig];
                embed(new int[] {rows[0], rows[rows.length - 1]}, blind);   // E[verb] + P[position_v]
                multiply(layout.wq, blind, 0, queries, sig * dK, dK);
            }
        }
    }

    private void embed(int[] rows, double[] out) {
        Arrays.fill(out, 0);
        for (int row : rows) {
            int base = layout.embeddings + row * d;
            for (int i = 0; i < d; i++) {
                out[i] += theta[base + i];
            }
        }
    }

    /** out[at..at + count) = W in[from..], with W the (count, dModel) matrix stored row-major at {@code offset}. */
    private void multiply(int offset, double[] in, int from, double[] out, int at, int count) {
        for (int r = 0; r < count; r++) {
            double s = 0;
            int base = offset + r * d;
            for (int i = 0; i < d; i++) {
                s += theta[base + i] * in[from + i];
            }
            out[at + r] = s;
        }
    }
}
