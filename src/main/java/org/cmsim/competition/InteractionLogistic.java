package org.cmsim.competition;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.numeric.DampedNewton;
import org.cmsim.numeric.LinearAlgebra;

/**
 * The multiplicative rule's cues with every pairwise interaction: a logistic regression on the rule's
 * design columns x_j (one per order level, one per cue direction, {@link Design}) and the products of
 * every pair of them,
 * <pre>
 *   logit P(n1) = sum_j b_j x_j + sum_{j < k} b_jk x_j x_k
 * </pre>
 * so that a cue's weight may differ by word order (order level x cue) and two cues may count for more
 * or less together than apart (cue x cue): what the rule leaves out by multiplying independent cue
 * strengths (McDonald &amp; MacWhinney 1989). A product that is zero in every sentence type (two order
 * levels never co-occur) is left out.
 *
 * <p>It is fitted by penalised maximum likelihood (ridge logistic regression; le Cessie &amp; van
 * Houwelingen 1992): with N training tokens,
 * <pre>
 *   sum_i [n1_i ln p_i + n2_i ln(1 - p_i)] - N (lambda / 2) sum_{cues, products} b^2 - sum_{levels} b^2 / (2 x 2.5^2)
 * </pre>
 * The penalty lambda is per token, as the attention head's weight decay is (its loss is a mean over
 * tokens), so the two are chosen on the same grid. The order levels are the intercepts and are not
 * shrunk by lambda; they carry the rule's weak Normal(0, 2.5^2) prior ({@link MultiplicativeRule#PRIOR_SD}),
 * so that a level whose training tokens all go one way still has a finite estimate. For lambda > 0 the
 * objective is strictly concave, and Newton's method ({@link DampedNewton}) finds its one maximum.
 */
public final class InteractionLogistic {

    /** The model's name in outputs. */
    public static final String NAME = "interactions";

    private static final DampedNewton.Settings NEWTON =
            new DampedNewton.Settings(400, 1e-10, DampedNewton.Scale.RELATIVE, 1e-12, 1e-10);

    /** The columns of a design: the design's own, then the products that are not zero everywhere. */
    public record Columns(List<String> names, int levels, double[][] x) {

        public int count() {
            return names.size();
        }

        /** Whether column j is an order level (an intercept, not shrunk by the penalty). */
        public boolean isLevel(int j) {
            return j < levels;
        }
    }

    /** A fit: the columns, their coefficients and the logit of every type of the design. */
    public record Fit(Columns columns, double[] coefficients, double[] logits, DampedNewton.Status status) {
        public Fit {
            coefficients = coefficients.clone();
            logits = logits.clone();
        }

        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }

        @Override
        public double[] logits() {
            return logits.clone();
        }
    }

    private InteractionLogistic() {
    }

    /** The design's columns followed by every product of two of them that is non-zero in some row. */
    public static Columns columns(Design design) {
        int base = design.parameterCount();
        List<String> names = new ArrayList<>(design.parameters());
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < base; a++) {
            for (int b = a + 1; b < base; b++) {
                boolean somewhere = false;
                for (int i = 0; i < design.rows() && !somewhere; i++) {
                    somewhere = design.row(i)[a] * design.row(i)[b] != 0;
                }
                if (somewhere) {
                    pairs.add(new int[] {a, b});
                    names.add(design.parameters().get(a) + ":" + design.parameters().get(b));
                }
            }
        }
        double[][] x = new double[design.rows()][base + pairs.size()];
        for (int i = 0; i < design.rows(); i++) {
            double[] row = design.row(i);
            System.arraycopy(row, 0, x[i], 0, base);
            for (int p = 0; p < pairs.size(); p++) {
                x[i][base + p] = row[pairs.get(p)[0]] * row[pairs.get(p)[1]];
            }
        }
        return new Columns(List.copyOf(names), design.levels().size(), x);
    }

    /** The fit to {@code counts} (one row per design row) at penalty {@code l2} per token (positive). */
    public static Fit fit(Design design, Counts counts, double l2) {
        if (!(l2 > 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("the interaction model needs a positive, finite L2, got " + l2);
        }
        Columns columns = columns(design);
        double[] precision = precision(columns, counts.totalTrials(), l2);
        DampedNewton.Result result = DampedNewton.maximise(objective(columns, counts, precision),
                new double[columns.count()], NEWTON);
        double[] b = result.x();
        double[] logits = new double[design.rows()];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = LinearAlgebra.dot(columns.x()[i], b);
        }
        return new Fit(columns, b, logits, result.status());
    }

    /** Each coefficient's prior precision: N lambda for cues and products, 1 / 2.5^2 for the order levels. */
    static double[] precision(Columns columns, long tokens, double l2) {
        double[] precision = new double[columns.count()];
        for (int j = 0; j < precision.length; j++) {
            precision[j] = columns.isLevel(j) ? 1 / (MultiplicativeRule.PRIOR_SD * MultiplicativeRule.PRIOR_SD)
                    : tokens * l2;
        }
        return precision;
    }

    /** The penalised log-likelihood with its score and information, for {@link DampedNewton}. */
    static DampedNewton.Objective objective(Columns columns, Counts counts, double[] precision) {
        double[][] x = columns.x();
        return new DampedNewton.Objective() {
            @Override
            public double value(double[] b) {
                double sum = 0;
                for (int i = 0; i < x.length; i++) {
                    double eta = LinearAlgebra.dot(x[i], b);
                    sum -= counts.n1()[i] * MultiplicativeRule.softplus(-eta)
                            + (counts.trials()[i] - counts.n1()[i]) * MultiplicativeRule.softplus(eta);
                }
                for (int j = 0; j < b.length; j++) {
                    sum -= 0.5 * precision[j] * b[j] * b[j];
                }
                return sum;
            }

            @Override
            public void scoreAndInformation(double[] b, double[] gradient, double[][] information) {
                // g = sum_i (n1_i - n_i p_i) x_i - P b;  I = sum_i n_i p_i (1 - p_i) x_i x_i' + P
                for (int i = 0; i < x.length; i++) {
                    long n = counts.trials()[i];
                    if (n == 0) {
                        continue;
                    }
                    double p = MultiplicativeRule.logistic(LinearAlgebra.dot(x[i], b));
                    double residual = counts.n1()[i] - n * p;
                    double weight = n * p * (1 - p);
                    for (int a = 0; a < b.length; a++) {
                        if (x[i][a] == 0) {
                            continue;
                        }
                        gradient[a] += residual * x[i][a];
                        for (int c = 0; c < b.length; c++) {
                            information[a][c] += weight * x[i][a] * x[i][c];
                        }
                    }
                }
                for (int j = 0; j < b.length; j++) {
                    gradient[j] -= precision[j] * b[j];
                    information[j][j] += precision[j];
                }
            }
        };
    }
}
