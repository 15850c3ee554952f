package org.cmsim.reactiontime;

import java.util.List;

/**
 * The penalized least-squares problem of a linear mixed model at one theta, solved as lme4 solves it (Bates et
 * al. 2015, J. Stat. Softw. 67(1), section 3.2), with dense blocks instead of lme4's sparse ones:
 * <pre>
 *   L L'         = Lambda' Z'Z Lambda + I                  (eq. 18, Cholesky; no permutation is needed densely)
 *   L R_ZX       = Lambda' Z'X                             (eq. 19)
 *   R_X' R_X     = X'X - R_ZX' R_ZX                        (eq. 19; here F = R_X', lower triangular)
 *   L c_u        = Lambda' Z'y,   F c_beta = X'y - R_ZX' c_u,   F' beta = c_beta
 *   r^2(theta)   = y'y - |c_u|^2 - |c_beta|^2              (the penalized residual sum of squares, eq. 29)
 *   -2 l_R       = log|L|^2 + log|R_X|^2 + (n - p) (1 + log(2 pi r^2 / (n - p)))   (profiled REML criterion, eq. 41)
 * </pre>
 * The cross-products Z'Z, Z'X, Z'y, X'X, X'y, y'y are summed once; each theta then costs O(q^2 k) to form
 * Lambda' Z'Z Lambda (k the largest term's size) and O(q^3 / 3) for its Cholesky factor (q = columns of Z).
 */
public final class PenalizedLeastSquares {

    /**
     * What one theta gives: log|L|^2, log|R_X|^2, r^2, the conditional estimate beta(theta) and F = R_X' (so that
     * the fixed effects' covariance is sigma^2 (F F')^-1).
     */
    public record Solution(double logDetL, double logDetRx, double penalizedRss, double[] beta, double[][] f) {
    }

    private final MixedLinearDesign design;
    private final RelativeCovariance covariance;
    /** Offset of each term's block among the columns of Z. */
    private final int[] offsets;
    private final int q;
    private final int p;
    private final double[][] ztz;
    private final double[][] ztx;
    private final double[] zty;
    private final double[][] xtx;
    private final double[] xty;
    private final double yty;

    public PenalizedLeastSquares(MixedLinearDesign design) {
        this.design = design;
        this.covariance = new RelativeCovariance(design.terms());
        List<MixedLinearDesign.Term> terms = design.terms();
        offsets = new int[terms.size()];
        int columns = 0;
        for (int t = 0; t < terms.size(); t++) {
            offsets[t] = columns;
            columns += terms.get(t).columns();
        }
        q = columns;
        p = design.fixedCount();
        ztz = new double[q][q];
        ztx = new double[q][p];
        zty = new double[q];
        xtx = new double[p][p];
        xty = new double[p];
        double sum = 0;
        int[] at = new int[q];
        double[] value = new double[q];
        for (int i = 0; i < design.observations(); i++) {
            // The nonzeros of row i of Z: each term's effects at its level's columns.
            int nonzero = 0;
            for (int t = 0; t < terms.size(); t++) {
                MixedLinearDesign.Term term = terms.get(t);
                int base = offsets[t] + term.level()[i] * term.size();
                for (int j = 0; j < term.size(); j++) {
                    at[nonzero] = base + j;
                    value[nonzero++] = design.x()[i][design.column(term.effects().get(j))];
                }
            }
            double[] xi = design.x()[i];
            double yi = design.y()[i];
            for (int a = 0; a < nonzero; a++) {
                for (int b = 0; b < nonzero; b++) {
                    ztz[at[a]][at[b]] += value[a] * value[b];
                }
                for (int c = 0; c < p; c++) {
                    ztx[at[a]][c] += value[a] * xi[c];
                }
                zty[at[a]] += value[a] * yi;
            }
            for (int c = 0; c < p; c++) {
                for (int d = 0; d < p; d++) {
                    xtx[c][d] += xi[c] * xi[d];
                }
                xty[c] += xi[c] * yi;
            }
            sum += yi * yi;
        }
        yty = sum;
    }

    public MixedLinearDesign design() {
        return design;
    }

    public RelativeCovariance covariance() {
        return covariance;
    }

    /** Columns of Z. */
    public int randomCount() {
        return q;
    }

    /** Solves the problem at theta; null when X'X - R_ZX' R_ZX is not positive definite (X rank deficient). */
    public Solution solve(double[] theta) {
        double[][][] templates = covariance.templates(theta);
        int[] blockStart = new int[q];
        int[] blockTerm = new int[q];
        for (int t = 0; t < offsets.length; t++) {
            int k = templates[t].length;
            for (int c = offsets[t]; c < offsets[t] + design.terms().get(t).columns(); c++) {
                blockStart[c] = c - (c - offsets[t]) % k;
                blockTerm[c] = t;
            }
        }
        // M = Z'Z Lambda: column b mixes the columns of its level's block by the template's column j.
        double[][] m = new double[q][q];
        for (int b = 0; b < q; b++) {
            double[][] t = templates[blockTerm[b]];
            int j = b - blockStart[b];
            for (int r = 0; r < q; r++) {
                double s = 0;
                for (int i = j; i < t.length; i++) {
                    s += ztz[r][blockStart[b] + i] * t[i][j];
                }
                m[r][b] = s;
            }
        }
        // A = Lambda' M + I  (q x q), and Lambda' Z'X, Lambda' Z'y
        double[][] a = new double[q][q];
        double[][] lztx = new double[q][p];
        double[] lzty = new double[q];
        for (int r = 0; r < q; r++) {
            double[][] t = templates[blockTerm[r]];
            int j = r - blockStart[r];
            for (int i = j; i < t.length; i++) {
                double lambda = t[i][j];
                if (lambda == 0) {
                    continue;
                }
                int row = blockStart[r] + i;
                for (int b = 0; b < q; b++) {
                    a[r][b] += lambda * m[row][b];
                }
                for (int c = 0; c < p; c++) {
                    lztx[r][c] += lambda * ztx[row][c];
                }
                lzty[r] += lambda * zty[row];
            }
            a[r][r] += 1;
        }
        double[][] l = Triangular.cholesky(a);
        double logDetL = 2 * Triangular.logDiagonal(l);
        double[][] rzx = new double[q][p];
        for (int c = 0; c < p; c++) {
            double[] column = new double[q];
            for (int r = 0; r < q; r++) {
                column[r] = lztx[r][c];
            }
            double[] solved = Triangular.forward(l, column);
            for (int r = 0; r < q; r++) {
                rzx[r][c] = solved[r];
            }
        }
        double[] cu = Triangular.forward(l, lzty);
        // R_X' R_X = X'X - R_ZX' R_ZX
        double[][] rxtrx = new double[p][p];
        double[] rhs = new double[p];
        for (int c = 0; c < p; c++) {
            for (int d = 0; d < p; d++) {
                double s = xtx[c][d];
                for (int r = 0; r < q; r++) {
                    s -= rzx[r][c] * rzx[r][d];
                }
                rxtrx[c][d] = s;
            }
            double s = xty[c];
            for (int r = 0; r < q; r++) {
                s -= rzx[r][c] * cu[r];
            }
            rhs[c] = s;
        }
        double[][] f = Triangular.cholesky(rxtrx);
        if (f == null) {
            return null;
        }
        double[] cBeta = Triangular.forward(f, rhs);
        double[] beta = Triangular.backward(f, cBeta);
        double rss = yty - Triangular.dot(cu, cu) - Triangular.dot(cBeta, cBeta);
        return new Solution(logDetL, 2 * Triangular.logDiagonal(f), rss, beta, f);
    }

    /** The profiled REML criterion -2 l_R(theta) (eq. 41); +infinity where X is rank deficient. */
    public double remlCriterion(double[] theta) {
        Solution s = solve(theta);
        if (s == null) {
            return Double.POSITIVE_INFINITY;
        }
        int df = design.observations() - p;
        return s.logDetL() + s.logDetRx() + df * (1 + Math.log(2 * Math.PI * s.penalizedRss() / df));
    }

    /**
     * The REML deviance at (theta, sigma) with beta at its conditional estimate and sigma not profiled out, as
     * lmerTest's {@code devfun_vp} computes it for the Satterthwaite degrees of freedom:
     * <pre>
     *   d(theta, sigma) = log|L|^2 + r^2 / sigma^2 + n log(2 pi sigma^2) + log|R_X|^2 - p log(2 pi sigma^2)
     * </pre>
     * At sigma^2 = r^2 / (n - p) it equals {@link #remlCriterion}.
     */
    public double remlDeviance(double[] theta, double sigma) {
        Solution s = solve(theta);
        double sigma2 = sigma * sigma;
        int n = design.observations();
        return s.logDetL() + s.penalizedRss() / sigma2 + (n - p) * Math.log(2 * Math.PI * sigma2) + s.logDetRx();
    }

    /** The fixed effects' covariance sigma^2 (R_X' R_X)^-1 at (theta, sigma) (lme4's {@code vcov}). */
    public double[][] fixedCovariance(double[] theta, double sigma) {
        double[][] inverse = Triangular.inverseOfProduct(solve(theta).f());
        for (double[] row : inverse) {
            for (int c = 0; c < row.length; c++) {
                row[c] *= sigma * sigma;
            }
        }
        return inverse;
    }
}
