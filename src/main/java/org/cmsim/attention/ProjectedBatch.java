package org.cmsim.attention;

import java.util.Arrays;
import org.cmsim.model.AttentionSettings.QuerySource;
import org.cmsim.model.AttentionSettings.Readout;

/**
 * The training kernel: the same loss and gradient as {@link AttentionHead#lossAndGradient}, computed
 * faster by using that the projections are linear in the summed embeddings. Within a batch the
 * parameters do not change, so every embedding row r is projected once,
 * <pre>
 *   PQ[r] = W_Q E[r]   PK[r] = W_K E[r]   PV[r] = W_V E[r]          (rows, dK or dV)
 * </pre>
 * and a sentence's query and keys are sums of a few projected rows (q = sum over the verb's rows of
 * PQ[r], k_j = sum over noun j's rows of PK[r]). Backward, dq and dk_j are accumulated per row
 * (GQ[r], GK[r], GV[r]); after the batch, dW_K = sum_r GK[r] E[r]^T and dE[r] += W_K^T GK[r] (and
 * likewise for Q and V), which equals the per-sentence chain rule because x_t = sum of its rows.
 * A sentence then costs about (features + 2) x dK additions per token instead of dK x dModel
 * multiply-adds. One step further, for the pointer readout with the verb's (or a learned) query:
 * a token's rows form a signature shared by many sentences (noun, animate, nom, sg, position 0), so
 * each signature's summed projection is formed once per batch and a sentence only looks up three,
 * and its gradients dq, dk_j are accumulated per signature and spread over the rows after the batch.
 * A head with uniform attention ({@link AttentionHead#withUniformAttention}) has no query and no keys:
 * only PV is projected, and a sentence's output is (v_1 + v_2) / 2.
 * {@code AttentionHeadTest} checks that the gradients agree with the plain chain rule.
 */
final class ProjectedBatch {

    private final AttentionHead head;
    private final AttentionHead.Layout layout;
    private final int d;
    private final int dK;
    private final int dV;
    private final int rows;
    private final double scale;
    private final boolean pointer;
    private final boolean uniform;
    private final QuerySource query;
    private final double[] pq;
    private final double[] pk;
    private final double[] pv;
    private final double[] gq;
    private final double[] gk;
    private final double[] gv;
    private final boolean[] touched;
    private final SignatureSums signatures;
    /** The rows nouns use and the rows verbs use, for the types of {@link #rolesOf}. */
    private final boolean[] nounRow;
    private final boolean[] verbRow;
    private SignatureTrie rolesOf;
    private final double[] q;
    private final double[] k1;
    private final double[] k2;
    private final double[] v1;
    private final double[] v2;

    ProjectedBatch(AttentionHead head) {
        this.head = head;
        this.layout = head.layout();
        this.d = head.settings().dModel();
        this.dK = head.settings().dK();
        this.dV = head.settings().dV();
        this.rows = head.vocabulary().rows();
        this.scale = 1 / Math.sqrt(dK);
        this.pointer = head.settings().readout() == Readout.POINTER;
        this.uniform = head.hasUniformAttention();
        this.query = head.settings().query();
        pq = new double[rows * dK];
        pk = new double[rows * dK];
        pv = new double[pointer ? 0 : rows * dV];
        gq = new double[rows * dK];
        gk = new double[rows * dK];
        gv = new double[pointer ? 0 : rows * dV];
        touched = new boolean[rows];
        signatures = new SignatureSums(dK, dV);
        nounRow = new boolean[rows];
        verbRow = new boolean[rows];
        q = new double[dK];
        k1 = new double[dK];
        k2 = new double[dK];
        v1 = new double[dV];
        v2 = new double[dV];
    }

    /** Weighted mean cross-entropy of examples order[from..to) and its gradient, added into {@code g}. */
    double lossAndGradient(Examples examples, int[] order, int from, int to, double[] g) {
        double total = 0;
        for (int i = from; i < to; i++) {
            total += examples.weight[order[i]];
        }
        if (total == 0) {
            return 0;
        }
        double[] theta = head.parameters();
        roles(examples);
        project(theta);
        Arrays.fill(gq, 0);
        Arrays.fill(gk, 0);
        Arrays.fill(gv, 0);
        Arrays.fill(touched, false);
        if (pointer && query != QuerySource.VERB_BLIND) {
            return signatureBatch(examples, order, from, to, total, theta, g);
        }
        if (uniform) {
            signatures.begin(examples, order, from, to, total, false);
            signatures.sumValues(pv);                           // V[sig] = sum_r PV[r]   (dV)
        }
        double loss = 0;
        for (int i = from; i < to; i++) {
            int e = order[i];
            double n = examples.weight[e] / total;
            if (n == 0) {
                continue;
            }
            loss += uniform ? uniformExample(examples, e, n, theta, g)
                    : example(examples.rows[e], examples.targetN1[e], n, theta, g);
        }
        backProject(theta, g);
        return loss;
    }

    /** Which rows nouns use (for keys and values) and which verbs use (for queries), among all the types. */
    private void roles(Examples examples) {
        if (rolesOf == examples.trie) {
            return;
        }
        rolesOf = examples.trie;
        Arrays.fill(nounRow, false);
        Arrays.fill(verbRow, false);
        for (int[] token : examples.tokens) {
            for (int t = 0; t < 3; t++) {
                for (int r : examples.signatureRows[token[t]]) {
                    (t == Examples.VERB ? verbRow : nounRow)[r] = true;
                }
            }
        }
    }

    /**
     * PQ, PK (and PV) for the embedding rows that read them: (dK, dModel) x (dModel) per row. A key or value is
     * only ever a noun's and a query a verb's, so a row no noun (verb) has is not projected for it.
     */
    private void project(double[] theta) {
        for (int r = 0; r < rows; r++) {
            int embedding = layout.embeddings + r * d;
            if (nounRow[r] && !uniform) {
                projectRow(theta, layout.wk, embedding, pk, r, dK);     // PK[r] = W_K E[r]
            }
            if (verbRow[r] && !uniform && query != QuerySource.LEARNED) {
                projectRow(theta, layout.wq, embedding, pq, r, dK);     // PQ[r] = W_Q E[r]
            }
            if (nounRow[r] && pv.length > 0) {
                projectRow(theta, layout.wv, embedding, pv, r, dV);     // PV[r] = W_V E[r]
            }
        }
    }

    /** out[r] = W E[r], W the (width, dModel) matrix at {@code matrix}: (width, dModel) x (dModel) -> (width). */
    private void projectRow(double[] theta, int matrix, int embedding, double[] out, int r, int width) {
        for (int i = 0; i < width; i++) {
            int w = matrix + i * d;
            double s = 0;
            for (int m = 0; m < d; m++) {
                s += theta[w + m] * theta[embedding + m];
            }
            out[r * width + i] = s;
        }
    }

    /** The pointer readout's batch on token signatures (see the class comment and {@link SignatureSums}). */
    private double signatureBatch(Examples examples, int[] order, int from, int to, double total, double[] theta,
                                  double[] g) {
        boolean verbQuery = query == QuerySource.VERB;
        signatures.begin(examples, order, from, to, total, verbQuery);
        signatures.sumKeys(pk);                                 // K[sig] = sum_r PK[r]   (dK)
        if (verbQuery) {
            signatures.sumQueries(pq);                          // Q[sig] = sum_r PQ[r]   (dK)
        }
        double[] keys = signatures.keys();
        double[] learned = new double[dK];
        if (query == QuerySource.LEARNED) {
            System.arraycopy(theta, layout.query, learned, 0, dK);
        }
        double[] queries = verbQuery ? signatures.queries() : learned;
        double[] dLearned = new double[dK];
        double[] dQueries = verbQuery ? signatures.gradientQ : dLearned;
        double[] dKeys = signatures.gradientK;
        double loss = 0;
        for (int i = from; i < to; i++) {
            int e = order[i];
            double n = examples.weight[e] / total;
            if (n == 0) {
                continue;
            }
            double y = examples.targetN1[e];
            int[] token = examples.tokens[e];
            int noun1 = signatures.at(token[0], dK);
            int noun2 = signatures.at(token[2], dK);
            int verb = verbQuery ? signatures.at(token[1], dK) : 0;
            double s1 = 0;
            double s2 = 0;
            for (int k = 0; k < dK; k++) {
                s1 += queries[verb + k] * keys[noun1 + k];
                s2 += queries[verb + k] * keys[noun2 + k];
            }
            double difference = s1 * scale - s2 * scale;
            double ex = Math.exp(-Math.abs(difference));
            double a1 = difference >= 0 ? 1 / (1 + ex) : ex / (1 + ex);
            // ln(1 + e) with e in (0, 1]: Math.log is an intrinsic, log1p is not; they differ by under 1e-16.
            double log1pE = Math.log(1 + ex);
            loss += n * (y * (Math.max(-difference, 0) + log1pE) + (1 - y) * (Math.max(difference, 0) + log1pE));
            double c = n * (a1 - y) * scale;
            int dVerb = verbQuery ? token[1] * dK : 0;
            int dNoun1 = token[0] * dK;
            int dNoun2 = token[2] * dK;
            for (int k = 0; k < dK; k++) {
                double qk = queries[verb + k];
                dQueries[dVerb + k] += c * (keys[noun1 + k] - keys[noun2 + k]);
                dKeys[dNoun1 + k] += c * qk;
                dKeys[dNoun2 + k] -= c * qk;
            }
        }
        // Spread each signature's gradient over its rows, in signature order.
        signatures.spread(examples, gk, gq, touched);
        if (query == QuerySource.LEARNED) {
            for (int k = 0; k < dK; k++) {
                g[layout.query + k] += dLearned[k];
            }
        }
        backProject(theta, g);
        return loss;
    }

    /** Forward and backward of one sentence with weight n; returns its share of the loss. */
    private double example(int[][] tokenRows, double y, double n, double[] theta, double[] g) {
        int[] verb = tokenRows[Examples.VERB];
        int[] noun1 = tokenRows[Examples.N1];
        int[] noun2 = tokenRows[Examples.N2];
        if (query == QuerySource.LEARNED) {
            System.arraycopy(theta, layout.query, q, 0, dK);
        } else if (query == QuerySource.VERB) {
            sum(pq, verb, dK, q);                                   // q = sum_r PQ[r]      (dK)
        } else {
            sum(pq, new int[] {verb[0], verb[verb.length - 1]}, dK, q);
        }
        sum(pk, noun1, dK, k1);                                     // k_j = sum_r PK[r]    (dK)
        sum(pk, noun2, dK, k2);
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < dK; i++) {
            s1 += q[i] * k1[i];
            s2 += q[i] * k2[i];
        }
        s1 *= scale;
        s2 *= scale;
        // One exponential serves the softmax, the probability and the loss: with e = exp(-|z|),
        // sigmoid(z) = 1/(1+e) for z >= 0 and e/(1+e) below, and softplus(+-z) = max(+-z, 0) + ln(1+e).
        double difference = s1 - s2;
        double e = Math.exp(-Math.abs(difference));
        double a1 = difference >= 0 ? 1 / (1 + e) : e / (1 + e);
        double a2 = 1 - a1;
        double logit;
        double dScore;
        if (pointer) {
            logit = difference;
            dScore = n * (a1 - y);
            double log1pE = Math.log1p(e);
            double loss = n * (y * (Math.max(-logit, 0) + log1pE) + (1 - y) * (Math.max(logit, 0) + log1pE));
            return backwardScores(dScore, verb, noun1, noun2, theta, g) + loss;
        } else {
            sum(pv, noun1, dV, v1);
            sum(pv, noun2, dV, v2);
            double z = theta[layout.b];
            for (int i = 0; i < dV; i++) {
                z += theta[layout.w + i] * (a1 * v1[i] + a2 * v2[i]);
            }
            logit = z;
            double dLogit = n * (AttentionHead.logistic(logit) - y);
            g[layout.b] += dLogit;
            double da1 = 0;
            double da2 = 0;
            for (int i = 0; i < dV; i++) {
                double w = theta[layout.w + i];
                g[layout.w + i] += dLogit * (a1 * v1[i] + a2 * v2[i]);
                double dOi = dLogit * w;
                da1 += v1[i] * dOi;
                da2 += v2[i] * dOi;
                v1[i] = a1 * dOi;                                   // reuse v1, v2 as dv1, dv2
                v2[i] = a2 * dOi;
            }
            accumulate(gv, noun1, dV, v1);
            accumulate(gv, noun2, dV, v2);
            dScore = a1 * a2 * (da1 - da2);
        }
        double loss = n * (y * AttentionHead.softplus(-logit) + (1 - y) * AttentionHead.softplus(logit));
        return backwardScores(dScore, verb, noun1, noun2, theta, g) + loss;
    }

    /**
     * Sentence e of the head with uniform attention: logit = w . (v1 + v2) / 2 + b, and its backward pass; its
     * nouns' values are their signatures' sums for the batch.
     */
    private double uniformExample(Examples examples, int e, double n, double[] theta, double[] g) {
        int[] noun1 = examples.rows[e][Examples.N1];
        int[] noun2 = examples.rows[e][Examples.N2];
        double y = examples.targetN1[e];
        double[] values = signatures.values();
        System.arraycopy(values, signatures.at(examples.tokens[e][Examples.N1], dV), v1, 0, dV);   // v_j = V[sig]
        System.arraycopy(values, signatures.at(examples.tokens[e][Examples.N2], dV), v2, 0, dV);
        double logit = theta[layout.b];
        for (int i = 0; i < dV; i++) {
            logit += theta[layout.w + i] * (0.5 * v1[i] + 0.5 * v2[i]);
        }
        double dLogit = n * (AttentionHead.logistic(logit) - y);
        g[layout.b] += dLogit;
        for (int i = 0; i < dV; i++) {
            g[layout.w + i] += dLogit * (0.5 * v1[i] + 0.5 * v2[i]);
            v1[i] = 0.5 * dLogit * theta[layout.w + i];              // reuse v1 as dv1 = dv2
        }
        accumulate(gv, noun1, dV, v1);
        accumulate(gv, noun2, dV, v1);
        return n * (y * AttentionHead.softplus(-logit) + (1 - y) * AttentionHead.softplus(logit));
    }

    /** Backward through s_j = q . k_j / sqrt(dK) into the per-row accumulators; returns 0. */
    private double backwardScores(double dScore, int[] verb, int[] noun1, int[] noun2, double[] theta, double[] g) {
        // s_j = q . k_j / sqrt(dK): dq = (ds1 k1 + ds2 k2) / sqrt(dK), dk_j = ds_j q / sqrt(dK), ds2 = -ds1
        double c = dScore * scale;
        for (int i = 0; i < dK; i++) {
            double dq = c * (k1[i] - k2[i]);
            k1[i] = c * q[i];                                       // reuse k1, k2 as dk1, dk2
            k2[i] = -c * q[i];
            q[i] = dq;                                              // and q as dq
        }
        accumulate(gk, noun1, dK, k1);
        accumulate(gk, noun2, dK, k2);
        if (query == QuerySource.LEARNED) {
            for (int i = 0; i < dK; i++) {
                g[layout.query + i] += q[i];
            }
        } else if (query == QuerySource.VERB) {
            accumulate(gq, verb, dK, q);
        } else {
            accumulate(gq, new int[] {verb[0], verb[verb.length - 1]}, dK, q);
        }
        return 0;
    }

    private static void sum(double[] table, int[] rowIndices, int width, double[] out) {
        Arrays.fill(out, 0);
        for (int row : rowIndices) {
            int base = row * width;
            for (int i = 0; i < width; i++) {
                out[i] += table[base + i];
            }
        }
    }

    private void accumulate(double[] table, int[] rowIndices, int width, double[] delta) {
        for (int row : rowIndices) {
            touched[row] = true;
            int base = row * width;
            for (int i = 0; i < width; i++) {
                table[base + i] += delta[i];
            }
        }
    }

    /** dW = sum_r G[r] E[r]^T and dE[r] += W^T G[r], for Q, K and V. */
    private void backProject(double[] theta, double[] g) {
        for (int r = 0; r < rows; r++) {
            if (!touched[r]) {
                continue;
            }
            int embedding = layout.embeddings + r * d;
            if (!uniform) {
                backProject(theta, g, gk, r, dK, layout.wk, embedding);
            }
            if (query != QuerySource.LEARNED && !uniform) {
                backProject(theta, g, gq, r, dK, layout.wq, embedding);
            }
            if (!pointer) {
                backProject(theta, g, gv, r, dV, layout.wv, embedding);
            }
        }
    }

    private void backProject(double[] theta, double[] g, double[] accumulated, int r, int width, int matrix,
                             int embedding) {
        for (int i = 0; i < width; i++) {
            double grad = accumulated[r * width + i];
            if (grad == 0) {
                continue;
            }
            int w = matrix + i * d;
            for (int m = 0; m < d; m++) {
                g[w + m] += grad * theta[embedding + m];
                g[embedding + m] += theta[w + m] * grad;
            }
        }
    }
}
