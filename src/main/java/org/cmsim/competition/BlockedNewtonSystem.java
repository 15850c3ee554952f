package org.cmsim.competition;

import java.util.Arrays;
import org.cmsim.numeric.LinearAlgebra;

/**
 * The Newton system H step = g of one PIRLS step ({@link Pirls}), stored and solved by blocks.
 *
 * <p>The random effects are ordered primary levels first (qp effects each), then the secondary effects. H is
 * <pre>
 *   [ A  C ]     A = diag(A_1 .. A_L), one dense qp x qp block per primary level,
 *   [ C' D ]     C_l: the level's couplings with the secondary effects it met ({@code seen[l]}),
 * </pre>
 * and D the secondary part, kept in {@code s}. Solving goes through the Schur complement
 * S = D - sum_l C_l' A_l^-1 C_l: with A_l = L_l L_l', ln det H = sum_l ln det A_l + ln det S (Golub &amp; Van Loan,
 * Matrix Computations, 4th ed., sec. 4.2 and 3.2.11). {@link Pirls} adds each cell's weights into A, C, D and g;
 * this class adds the prior's identity, factors and solves, in place and without allocating.
 *
 * <p>The work is split into small methods on purpose: one long method with all the loops took the JVM's
 * optimising compiler up to 0.7 s per compilation, several times per fit, longer than the fit itself.
 */
final class BlockedNewtonSystem {

    private final int qp;
    private final int primaryLevels;
    private final int secondary;
    /** Secondary effects each primary level met, sorted (u index minus the primary part). */
    private final int[][] seen;
    /** A_l (lower triangle), C_l (one row per secondary effect met, qp wide), D then S (lower triangle), g. */
    final double[][][] a;
    final double[][][] c;
    final double[][] s;
    final double[] g;
    /** The solution, and the scratch of one primary block and of the secondary part. */
    private final double[] step;
    private final double[] y1;
    private final double[] y2;
    private double logDetH;

    BlockedNewtonSystem(int qp, int primaryLevels, int secondary, int[][] seen) {
        this.qp = qp;
        this.primaryLevels = primaryLevels;
        this.secondary = secondary;
        this.seen = seen;
        this.a = new double[primaryLevels][qp][qp];
        this.c = new double[primaryLevels][][];
        for (int l = 0; l < primaryLevels; l++) {
            c[l] = new double[seen[l].length][qp];
        }
        this.s = new double[secondary][secondary];
        this.g = new double[primaryLevels * qp + secondary];
        this.step = new double[g.length];
        this.y1 = new double[qp];
        this.y2 = new double[secondary];
    }

    /** Zeroes A, C, D and g for the next step's sums. */
    void clear() {
        for (int l = 0; l < primaryLevels; l++) {
            for (double[] row : a[l]) {
                Arrays.fill(row, 0);
            }
            for (double[] row : c[l]) {
                Arrays.fill(row, 0);
            }
        }
        for (double[] row : s) {
            Arrays.fill(row, 0);
        }
        Arrays.fill(g, 0);
    }

    /**
     * With the cells' sums in place: subtracts u from g and adds I to H (the N(0, I) prior on u), factors H by
     * blocks, solves H step = g, and returns the Newton decrement g'step.
     */
    double solve(double[] u) {
        for (int r = 0; r < g.length; r++) {
            g[r] -= u[r];
        }
        for (int t = 0; t < secondary; t++) {
            s[t][t] += 1;
        }
        logDetH = 0;
        for (int level = 0; level < primaryLevels; level++) {
            factorPrimary(level);
        }
        if (secondary > 0) {
            choleskyInPlace(s);
            for (int t = 0; t < secondary; t++) {
                logDetH += 2 * Math.log(s[t][t]);
            }
        }
        substitute();
        return LinearAlgebra.dot(g, step);
    }

    /** ln det H of the last {@link #solve}. */
    double logDetH() {
        return logDetH;
    }

    /** The last {@link #solve}'s step. */
    double[] step() {
        return step;
    }

    /** A_l = L_l L_l' (in place, lower triangle); C_l := L_l^-1 C_l; then S -= C_l'C_l. */
    private void factorPrimary(int level) {
        double[][] block = a[level];
        for (int j = 0; j < qp; j++) {
            block[j][j] += 1;
        }
        choleskyInPlace(block);
        for (int j = 0; j < qp; j++) {
            logDetH += 2 * Math.log(block[j][j]);
        }
        double[][] cs = c[level];
        for (double[] column : cs) {
            forwardSolve(block, column);
        }
        int[] met = seen[level];
        for (int p = 0; p < met.length; p++) {
            double[] vp = cs[p];
            double[] sRow = s[met[p]];
            for (int q = 0; q <= p; q++) {
                // met is sorted, so met[q] <= met[p]: the lower triangle of S.
                sRow[met[q]] -= LinearAlgebra.dot(vp, cs[q]);
            }
        }
    }

    /** Solves [A C; C' S+C'A^-1C] step = g by forward then backward substitution through the blocks. */
    private void substitute() {
        int offset = primaryLevels * qp;
        System.arraycopy(g, 0, step, 0, g.length);
        System.arraycopy(g, offset, y2, 0, secondary);
        for (int level = 0; level < primaryLevels; level++) {
            forwardPrimary(level);
        }
        if (secondary > 0) {
            forwardSolve(s, y2);
            backwardSolve(s, y2);
        }
        for (int level = 0; level < primaryLevels; level++) {
            backwardPrimary(level);
        }
        System.arraycopy(y2, 0, step, offset, secondary);
    }

    private void forwardPrimary(int level) {
        System.arraycopy(step, level * qp, y1, 0, qp);
        forwardSolve(a[level], y1);
        System.arraycopy(y1, 0, step, level * qp, qp);
        int[] met = seen[level];
        for (int p = 0; p < met.length; p++) {
            y2[met[p]] -= LinearAlgebra.dot(c[level][p], y1);
        }
    }

    private void backwardPrimary(int level) {
        System.arraycopy(step, level * qp, y1, 0, qp);
        int[] met = seen[level];
        for (int p = 0; p < met.length; p++) {
            double value = y2[met[p]];
            double[] cp = c[level][p];
            for (int j = 0; j < qp; j++) {
                y1[j] -= cp[j] * value;
            }
        }
        backwardSolve(a[level], y1);
        System.arraycopy(y1, 0, step, level * qp, qp);
    }

    /** Lower Cholesky factor in place (the lower triangle of a is read and overwritten). */
    static void choleskyInPlace(double[][] a) {
        int n = a.length;
        for (int j = 0; j < n; j++) {
            double dj = a[j][j];
            for (int m = 0; m < j; m++) {
                dj -= a[j][m] * a[j][m];
            }
            if (!(dj > 0)) {
                throw new IllegalStateException("H is not positive definite");
            }
            double ljj = Math.sqrt(dj);
            a[j][j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double sum = a[i][j];
                for (int m = 0; m < j; m++) {
                    sum -= a[i][m] * a[j][m];
                }
                a[i][j] = sum / ljj;
            }
        }
    }

    /** y := L^-1 y. */
    static void forwardSolve(double[][] l, double[] y) {
        for (int i = 0; i < y.length; i++) {
            double sum = y[i];
            for (int m = 0; m < i; m++) {
                sum -= l[i][m] * y[m];
            }
            y[i] = sum / l[i][i];
        }
    }

    /** y := L'^-1 y. */
    static void backwardSolve(double[][] l, double[] y) {
        for (int i = y.length - 1; i >= 0; i--) {
            double sum = y[i];
            for (int m = i + 1; m < y.length; m++) {
                sum -= l[m][i] * y[m];
            }
            y[i] = sum / l[i][i];
        }
    }
}
