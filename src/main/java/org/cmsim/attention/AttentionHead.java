package org.cmsim.attention;

import java.util.SplittableRandom;
import org.cmsim.model.AttentionSettings.QuerySource;
import org.cmsim.model.AttentionSettings.Readout;
import org.cmsim.model.AttentionSettings;

/**
 * One attention head that reads a transitive sentence (n1, v, n2 in surface order) and points to
 * the agent, trained by prediction error alone. Nothing tells it what a cue is.
 *
 * <pre>
 *   x_t   = E[category_t] + sum_f E[f = value_tf] + P[position_t]        (dModel)   t = n1, v, n2
 *   q     = W_Q x_v                      query from the verb              (dK)
 *           (VERB_BLIND: W_Q (E[verb] + P[position_v]), the verb's features hidden;
 *            LEARNED: a learned vector, the same for every sentence)
 *   k_j   = W_K x_nj                     keys of the two nouns            (dK)
 *   s_j   = q . k_j / sqrt(dK)           scores (Vaswani et al. 2017, eq. 1)
 *   a     = softmax(s_1, s_2)            attention over the two nouns
 *   POINTER readout: P(agent = n1) = a_1                logit = s_1 - s_2
 *   VALUE readout:   o = a_1 v_1 + a_2 v_2, v_j = W_V x_nj   (dV)
 *                    P(agent = n1) = sigmoid(w . o + b)     logit = w . o + b
 * </pre>
 * The loss of a sentence type with weight n (tokens or trials) and n1-share y is the binomial
 * cross-entropy n [-y ln P - (1 - y) ln(1 - P)]; a batch's loss is the weighted mean.
 *
 * <p>Every operation's backward pass sits beside its forward pass. All parameters live in one flat
 * array, laid out by {@link Layout}, so that the optimiser and the gradient check see one vector.
 *
 * <p>{@link #withUniformAttention} builds the same head with its attention removed, the control the
 * held-out comparison trains beside it: a = (1/2, 1/2) for every sentence, no query and no keys, and
 * the value readout, P(n1) = sigmoid(w . (v_1 + v_2) / 2 + b) with v_j = W_V x_nj. It sees every
 * feature and position the head sees, through the same embeddings, but cannot tie a feature to one
 * noun: swapping the nouns' features leaves v_1 + v_2 unchanged, so it can learn word order (the
 * positions of the two nouns) and which features occur in the sentence, not which noun bears them,
 * and it never reads the verb. With the pointer readout, attention is the answer itself, and equal
 * weights would say P = 1/2 for every sentence: chance, which tests nothing; the value path is what is
 * left of this architecture when attention is taken away.
 */
public final class AttentionHead {

    private final Vocabulary vocabulary;
    private final AttentionSettings settings;
    /** Attention fixed at 1/2 on each noun, without query or keys ({@link #withUniformAttention}). */
    private final boolean uniformAttention;
    private final Layout layout;
    private final double[] theta;
    private final int d;
    private final int dK;
    private final int dV;
    private final double scale;

    // Scratch space for one example, reused: the head is not thread-safe.
    private final double[][] x;        // (3, dModel)
    private final double[] xQuery;     // (dModel) what the query reads
    private final double[] q;          // (dK)
    private final double[][] k;        // (2, dK)
    private final double[][] v;        // (2, dV)
    private final double[] o;          // (dV)
    private final double[] dq;         // (dK)
    private final double[][] dk;       // (2, dK)
    private final double[][] dv;       // (2, dV)
    private final double[][] dx;       // (3, dModel)
    private final double[] dxQuery;    // (dModel)

    public AttentionHead(Vocabulary vocabulary, AttentionSettings settings) {
        this(vocabulary, settings, false);
    }

    private AttentionHead(Vocabulary vocabulary, AttentionSettings settings, boolean uniformAttention) {
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.uniformAttention = uniformAttention;
        this.layout = new Layout(vocabulary.rows(), settings, uniformAttention);
        this.theta = new double[layout.size()];
        this.d = settings.dModel();
        this.dK = settings.dK();
        this.dV = settings.dV();
        this.scale = 1 / Math.sqrt(dK);
        x = new double[3][d];
        xQuery = new double[d];
        q = new double[dK];
        k = new double[2][dK];
        v = new double[2][dV];
        o = new double[dV];
        dq = new double[dK];
        dk = new double[2][dK];
        dv = new double[2][dV];
        dx = new double[3][d];
        dxQuery = new double[d];
    }

    /**
     * The head with attention removed (see the class comment): the value readout of these settings with
     * a = (1/2, 1/2), its parameters the embeddings, W_V, w and b, trained and penalised as the head's.
     */
    public static AttentionHead withUniformAttention(Vocabulary vocabulary, AttentionSettings settings) {
        return new AttentionHead(vocabulary, settings.withReadout(Readout.VALUE), true);
    }

    /** Whether attention is fixed at 1/2 on each noun. */
    public boolean hasUniformAttention() {
        return uniformAttention;
    }

    /**
     * Seeded initialisation: embeddings ~ N(0, 1/dModel), projections ~ N(0, 1/dModel) (fan-in
     * scaling), the learned query and the value readout ~ N(0, 1/dK) and N(0, 1/dV), bias 0.
     */
    public void initialise(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        java.util.Arrays.fill(theta, 0);
        fill(random, layout.embeddings, vocabulary.rows() * d, 1 / Math.sqrt(d));
        if (!uniformAttention) {
            fill(random, layout.wq, dK * d, 1 / Math.sqrt(d));
            fill(random, layout.wk, dK * d, 1 / Math.sqrt(d));
        }
        if (layout.query >= 0) {
            fill(random, layout.query, dK, 1 / Math.sqrt(dK));
        }
        if (layout.wv >= 0) {
            fill(random, layout.wv, dV * d, 1 / Math.sqrt(d));
            fill(random, layout.w, dV, 1 / Math.sqrt(dV));
        }
    }

    private void fill(SplittableRandom random, int offset, int count, double sd) {
        for (int i = 0; i < count; i++) {
            theta[offset + i] = sd * gaussian(random);
        }
    }

    /** Standard normal by the Box-Muller transform. */
    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** The flat parameter vector, shared with the optimiser (not a copy). */
    /** How many numbers the head learns (embeddings, W_Q, W_K, W_V and readout). */
    public int parameterCount() {
        return parameters().length;
    }

    double[] parameters() {
        return theta;
    }

    public Layout layout() {
        return layout;
    }

    public AttentionSettings settings() {
        return settings;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** A copy of the parameters, for checkpoints and export. */
    public double[] snapshot() {
        return theta.clone();
    }

    public void restore(double[] values) {
        System.arraycopy(values, 0, theta, 0, theta.length);
    }

    // ---------------------------------------------------------------- forward

    /** What the head does with one sentence: attention to n1, P(agent = n1), and its logit. */
    public record Reading(double attentionN1, double probabilityN1, double logit) {
    }

    /** How the head reads one sentence. */
    public Reading read(org.cmsim.model.Stimulus stimulus) {
        return read(Examples.encode(vocabulary, stimulus));
    }

    public Reading read(int[][] rows) {
        double logit = forward(rows);
        double a1 = logistic(scoreDifference());
        return new Reading(a1, logistic(logit), logit);
    }

    private double s1;
    private double s2;
    private double a1;
    private double a2;

    private double scoreDifference() {
        return s1 - s2;
    }

    /** The logit of every example, ln P(n1) / P(n2), in example order. */
    double[] logits(Examples examples) {
        double[] logits = new double[examples.size()];
        for (int e = 0; e < logits.length; e++) {
            logits[e] = forward(examples.rows[e]);
        }
        return logits;
    }

    /** Runs the forward pass for one example and returns the n1-vs-n2 logit. */
    private double forward(int[][] rows) {
        for (int t = 0; t < 3; t++) {
            embed(rows[t], x[t]);                                     // (dModel) sum of embedding rows
        }
        if (uniformAttention) {
            s1 = 0;
            s2 = 0;
            a1 = 0.5;                                                 // a = (1/2, 1/2): no query, no keys
            a2 = 0.5;
            return valueReadout();
        }
        switch (settings.query()) {
            case VERB -> System.arraycopy(x[Examples.VERB], 0, xQuery, 0, d);
            case VERB_BLIND -> embedCategoryAndPosition(rows[Examples.VERB], xQuery);
            case LEARNED -> { }
        }
        if (settings.query() == QuerySource.LEARNED) {
            System.arraycopy(theta, layout.query, q, 0, dK);
        } else {
            multiply(layout.wq, xQuery, q, dK);                       // (dK, dModel) x (dModel) -> (dK)
        }
        multiply(layout.wk, x[Examples.N1], k[0], dK);                // (dK, dModel) x (dModel) -> (dK)
        multiply(layout.wk, x[Examples.N2], k[1], dK);
        s1 = dot(q, k[0]) * scale;                                    // scalar
        s2 = dot(q, k[1]) * scale;
        a1 = logistic(s1 - s2);                                       // softmax over two scores
        a2 = 1 - a1;
        if (settings.readout() == Readout.POINTER) {
            return s1 - s2;
        }
        return valueReadout();
    }

    /** The value readout at the current attention: w . (a1 v1 + a2 v2) + b. */
    private double valueReadout() {
        multiply(layout.wv, x[Examples.N1], v[0], dV);                // (dV, dModel) x (dModel) -> (dV)
        multiply(layout.wv, x[Examples.N2], v[1], dV);
        for (int i = 0; i < dV; i++) {
            o[i] = a1 * v[0][i] + a2 * v[1][i];                       // (dV)
        }
        return dot(o, layout.w) + theta[layout.b];                    // scalar
    }

    private double dot(double[] a, int offset) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * theta[offset + i];
        }
        return s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private void embed(int[] rows, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int row : rows) {
            int base = layout.embeddings + row * d;
            for (int i = 0; i < d; i++) {
                out[i] += theta[base + i];
            }
        }
    }

    private void embedCategoryAndPosition(int[] rows, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int row : new int[] {rows[0], rows[rows.length - 1]}) {
            int base = layout.embeddings + row * d;
            for (int i = 0; i < d; i++) {
                out[i] += theta[base + i];
            }
        }
    }

    /** out = W in, with W the (rows, dModel) matrix stored row-major at {@code offset}. */
    private void multiply(int offset, double[] in, double[] out, int rows) {
        for (int r = 0; r < rows; r++) {
            double s = 0;
            int base = offset + r * d;
            for (int i = 0; i < d; i++) {
                s += theta[base + i] * in[i];
            }
            out[r] = s;
        }
    }

    // ---------------------------------------------------------------- loss and backward

    /**
     * Weighted mean cross-entropy of examples {@code order[from..to)} and its gradient, added into
     * {@code gradient} (same layout as the parameters). Returns the loss. This is the plain chain
     * rule, the reference that training's faster {@link ProjectedBatch} is tested against.
     */
    double lossAndGradient(Examples examples, int[] order, int from, int to, double[] gradient) {
        double total = 0;
        for (int i = from; i < to; i++) {
            total += examples.weight[order[i]];
        }
        if (total == 0) {
            return 0;
        }
        double loss = 0;
        for (int i = from; i < to; i++) {
            int e = order[i];
            double n = examples.weight[e] / total;
            if (n == 0) {
                continue;
            }
            double y = examples.targetN1[e];
            double logit = forward(examples.rows[e]);
            // loss = -y ln P - (1 - y) ln(1 - P), P = sigmoid(logit); dloss/dlogit = P - y
            loss += n * (y * softplus(-logit) + (1 - y) * softplus(logit));
            backward(examples.rows[e], n * (logistic(logit) - y), gradient);
        }
        return loss;
    }

    /** Weighted mean cross-entropy over all examples, forward passes only. */
    double loss(Examples examples) {
        return meanCrossEntropy(examples, e -> forward(examples.rows[e]));
    }

    /**
     * The weighted mean of -y ln P - (1 - y) ln(1 - P), P = sigmoid(logit of example e), over the examples with
     * weight; NaN when none has any. Every forward pass's loss is summed here, in example order, so two ways of
     * computing the logits give the same double.
     */
    static double meanCrossEntropy(Examples examples, java.util.function.IntToDoubleFunction logitOf) {
        double loss = 0;
        double total = 0;
        for (int e = 0; e < examples.size(); e++) {
            double n = examples.weight[e];
            if (n == 0) {
                continue;
            }
            double y = examples.targetN1[e];
            double logit = logitOf.applyAsDouble(e);
            loss += n * (y * softplus(-logit) + (1 - y) * softplus(logit));
            total += n;
        }
        return total == 0 ? Double.NaN : loss / total;
    }

    /** Backward pass of {@link #forward} for one example, given dloss/dlogit. */
    private void backward(int[][] rows, double dLogit, double[] g) {
        double dScoreDifference;
        if (settings.readout() == Readout.POINTER) {
            dScoreDifference = dLogit;                                // logit = s1 - s2
        } else {
            // logit = w . o + b
            g[layout.b] += dLogit;
            double da1 = 0;
            double da2 = 0;
            for (int i = 0; i < dV; i++) {
                g[layout.w + i] += dLogit * o[i];                     // dw = dlogit o
                double dOi = dLogit * theta[layout.w + i];            // do = dlogit w
                dv[0][i] = a1 * dOi;                                  // o = a1 v1 + a2 v2
                dv[1][i] = a2 * dOi;
                da1 += v[0][i] * dOi;
                da2 += v[1][i] * dOi;
            }
            // softmax of two: ds1 = a1 a2 (da1 - da2), ds2 = -ds1
            dScoreDifference = a1 * a2 * (da1 - da2);
            java.util.Arrays.fill(dx[Examples.N1], 0);
            java.util.Arrays.fill(dx[Examples.N2], 0);
            outerAndBack(layout.wv, dv[0], x[Examples.N1], dx[Examples.N1], dV, g);   // v1 = W_V x_n1
            outerAndBack(layout.wv, dv[1], x[Examples.N2], dx[Examples.N2], dV, g);
            if (uniformAttention) {
                // a is fixed: nothing flows into scores, keys or a query, and the verb is not read.
                java.util.Arrays.fill(dx[Examples.VERB], 0);
                addToEmbeddings(rows, g);
                return;
            }
        }
        double ds1 = dScoreDifference;
        double ds2 = -dScoreDifference;
        for (int i = 0; i < dK; i++) {
            dq[i] = (ds1 * k[0][i] + ds2 * k[1][i]) * scale;          // s_j = q . k_j / sqrt(dK)
            dk[0][i] = ds1 * q[i] * scale;
            dk[1][i] = ds2 * q[i] * scale;
        }
        if (settings.readout() == Readout.POINTER) {
            java.util.Arrays.fill(dx[Examples.N1], 0);
            java.util.Arrays.fill(dx[Examples.N2], 0);
        }
        outerAndBack(layout.wk, dk[0], x[Examples.N1], dx[Examples.N1], dK, g);       // k1 = W_K x_n1
        outerAndBack(layout.wk, dk[1], x[Examples.N2], dx[Examples.N2], dK, g);
        java.util.Arrays.fill(dx[Examples.VERB], 0);
        if (settings.query() == QuerySource.LEARNED) {
            for (int i = 0; i < dK; i++) {
                g[layout.query + i] += dq[i];
            }
        } else {
            java.util.Arrays.fill(dxQuery, 0);
            outerAndBack(layout.wq, dq, xQuery, dxQuery, dK, g);                    // q = W_Q x_query
            if (settings.query() == QuerySource.VERB) {
                System.arraycopy(dxQuery, 0, dx[Examples.VERB], 0, d);
            } else {
                int[] verb = rows[Examples.VERB];
                addToRow(g, verb[0], dxQuery);                                     // E[verb]
                addToRow(g, verb[verb.length - 1], dxQuery);                       // P[position_v]
            }
        }
        addToEmbeddings(rows, g);
    }

    private void addToEmbeddings(int[][] rows, double[] g) {
        for (int t = 0; t < 3; t++) {
            for (int row : rows[t]) {
                addToRow(g, row, dx[t]);                              // x_t is a sum of embedding rows
            }
        }
    }

    /** For out = W in: dW += dOut in^T and dIn += W^T dOut. */
    private void outerAndBack(int offset, double[] dOut, double[] in, double[] dIn, int rows, double[] g) {
        for (int r = 0; r < rows; r++) {
            double grad = dOut[r];
            if (grad == 0) {
                continue;
            }
            int base = offset + r * d;
            for (int i = 0; i < d; i++) {
                g[base + i] += grad * in[i];
                dIn[i] += theta[base + i] * grad;
            }
        }
    }

    private void addToRow(double[] g, int row, double[] delta) {
        int base = layout.embeddings + row * d;
        for (int i = 0; i < d; i++) {
            g[base + i] += delta[i];
        }
    }

    // ---------------------------------------------------------------- inspection

    /**
     * The exact split of the pointer readout's score difference into additive terms, for one
     * sentence. With the query q fixed, s_1 - s_2 = q . W_K (x_n1 - x_n2) / sqrt(dK), and
     * x_n1 - x_n2 = sum_f (E[f = value at n1] - E[f = value at n2]) + (P[pos n1] - P[pos n2]) (the
     * noun category cancels). Returns one term per feature, then the position term; they sum to
     * s_1 - s_2 exactly (up to rounding).
     */
    public double[] scoreSplit(int[][] rows) {
        forward(rows);
        int features = vocabulary.space().size();
        double[] terms = new double[features + 1];
        double[] keyOfDifference = new double[dK];
        double[] difference = new double[d];
        for (int f = 0; f <= features; f++) {
            int column = f + 1;   // row index within a token: category, features..., position
            int base1 = layout.embeddings + rows[Examples.N1][column] * d;
            int base2 = layout.embeddings + rows[Examples.N2][column] * d;
            for (int i = 0; i < d; i++) {
                difference[i] = theta[base1 + i] - theta[base2 + i];
            }
            multiply(layout.wk, difference, keyOfDifference, dK);
            terms[f] = dot(q, keyOfDifference) * scale;
        }
        return terms;
    }

    /** The parameters by name, for qkv.json; null for blocks the settings leave out. */
    public record Export(java.util.Map<String, double[]> embeddings, double[][] wq, double[][] wk, double[][] wv,
                         double[] query, double[] w, Double b) {
    }

    public Export export() {
        java.util.Map<String, double[]> embeddings = new java.util.LinkedHashMap<>();
        java.util.List<String> names = vocabulary.rowNames();
        for (int row = 0; row < names.size(); row++) {
            embeddings.put(names.get(row), java.util.Arrays.copyOfRange(theta, layout.embeddings + row * d,
                    layout.embeddings + (row + 1) * d));
        }
        boolean learned = settings.query() == QuerySource.LEARNED;
        boolean value = settings.readout() == Readout.VALUE;
        return new Export(embeddings,
                learned || uniformAttention ? null : matrix(layout.wq, dK),
                uniformAttention ? null : matrix(layout.wk, dK),
                value ? matrix(layout.wv, dV) : null,
                learned ? java.util.Arrays.copyOfRange(theta, layout.query, layout.query + dK) : null,
                value ? java.util.Arrays.copyOfRange(theta, layout.w, layout.w + dV) : null,
                value ? theta[layout.b] : null);
    }

    /**
     * The head whose parameters {@link #export} wrote (as qkv.json carries them): the inverse of
     * export, so that a saved head reads sentences exactly as the trained one did.
     */
    public static AttentionHead fromExport(Vocabulary vocabulary, AttentionSettings settings, Export export) {
        AttentionHead head = new AttentionHead(vocabulary, settings);
        Layout at = head.layout;
        int d = settings.dModel();
        java.util.List<String> names = vocabulary.rowNames();
        for (int row = 0; row < names.size(); row++) {
            double[] e = export.embeddings().get(names.get(row));
            if (e == null || e.length != d) {
                throw new IllegalArgumentException("embedding '" + names.get(row) + "' missing or not of length " + d);
            }
            System.arraycopy(e, 0, head.theta, at.embeddings + row * d, d);
        }
        if (at.query >= 0) {
            System.arraycopy(export.query(), 0, head.theta, at.query, settings.dK());
        } else {
            head.setMatrix(at.wq, export.wq(), settings.dK());
        }
        head.setMatrix(at.wk, export.wk(), settings.dK());
        if (at.wv >= 0) {
            head.setMatrix(at.wv, export.wv(), settings.dV());
            System.arraycopy(export.w(), 0, head.theta, at.w, settings.dV());
            head.theta[at.b] = export.b();
        }
        return head;
    }

    private void setMatrix(int offset, double[][] m, int rows) {
        if (m == null || m.length != rows) {
            throw new IllegalArgumentException("a projection matrix is missing or has the wrong number of rows");
        }
        for (int r = 0; r < rows; r++) {
            if (m[r].length != d) {
                throw new IllegalArgumentException("a projection matrix row is not of length " + d);
            }
            System.arraycopy(m[r], 0, theta, offset + r * d, d);
        }
    }

    private double[][] matrix(int offset, int rows) {
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = java.util.Arrays.copyOfRange(theta, offset + r * d, offset + (r + 1) * d);
        }
        return m;
    }

    static double logistic(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    /** Where each parameter block lives in the flat vector; -1 for blocks the settings leave out. */
    public static final class Layout {
        final int embeddings;
        final int wq;
        final int wk;
        final int query;
        final int wv;
        final int w;
        final int b;
        private final int size;

        Layout(int vocabularyRows, AttentionSettings settings, boolean uniformAttention) {
            int d = settings.dModel();
            int next = 0;
            embeddings = next;
            next += vocabularyRows * d;
            wq = next;
            next += settings.query() == QuerySource.LEARNED || uniformAttention ? 0 : settings.dK() * d;
            wk = next;
            next += uniformAttention ? 0 : settings.dK() * d;
            query = settings.query() == QuerySource.LEARNED && !uniformAttention ? next : -1;
            next += query >= 0 ? settings.dK() : 0;
            boolean value = settings.readout() == Readout.VALUE;
            wv = value ? next : -1;
            next += value ? settings.dV() * d : 0;
            w = value ? next : -1;
            next += value ? settings.dV() : 0;
            b = value ? next : -1;
            next += value ? 1 : 0;
            size = next;
        }

        public int size() {
            return size;
        }
    }
}
