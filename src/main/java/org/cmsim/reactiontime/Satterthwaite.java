package org.cmsim.reactiontime;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Satterthwaite's denominator degrees of freedom for each fixed effect, as lmerTest computes them (Kuznetsova,
 * Brockhoff &amp; Christensen 2017, J. Stat. Softw. 82(13), section 3.3). For the contrast l picking one effect,
 * with varpar = (theta, sigma):
 * <pre>
 *   V(varpar) = l' C(varpar) l,           C = sigma^2 (R_X' R_X)^-1 (the fixed effects' covariance)
 *   A         = 2 H^-1,                   H the Hessian of the REML deviance d(theta, sigma) at the optimum
 *   df        = 2 V^2 / (g' A g),         g = dV / d varpar
 * </pre>
 * H and the Jacobian of C by Richardson-extrapolated differences (lmerTest uses numDeriv), H^-1 as the
 * Moore-Penrose inverse over the eigenvalues above {@link #EIGEN_TOLERANCE}, as lmerTest does.
 */
public final class Satterthwaite {

    /** lmerTest's tolerance: eigenvalues of H at or below it are left out of its inverse. */
    static final double EIGEN_TOLERANCE = 1e-6;
    /** numDeriv's first relative steps: {@code hessian} (d = 0.1) and {@code jacobian} (d = 1e-4). */
    private static final double HESSIAN_STEP = 0.1;
    private static final double JACOBIAN_STEP = 1e-4;

    private Satterthwaite() {
    }

    /** The degrees of freedom of each fixed effect at the REML estimate (theta, sigma). */
    public static double[] degreesOfFreedom(PenalizedLeastSquares pls, double[] theta, double sigma) {
        int m = theta.length;
        int p = pls.design().fixedCount();
        double[] varpar = new double[m + 1];
        System.arraycopy(theta, 0, varpar, 0, m);
        varpar[m] = sigma;
        double[][] h = Differences.hessian(v -> pls.remlDeviance(head(v), v[m]), varpar, HESSIAN_STEP);
        double[][] a = pseudoInverse(h);
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= 2;
            }
        }
        // Column j of the Jacobian: dC / d varpar_j, C flattened row by row.
        double[][] jacobian = Differences.jacobian(v -> flatten(pls.fixedCovariance(head(v), v[m])), varpar,
                JACOBIAN_STEP);
        double[][] c = pls.fixedCovariance(theta, sigma);
        double[] df = new double[p];
        for (int e = 0; e < p; e++) {
            double variance = c[e][e];
            double[] g = jacobian[e * p + e];
            double gag = 0;
            for (int i = 0; i <= m; i++) {
                for (int j = 0; j <= m; j++) {
                    gag += g[i] * a[i][j] * g[j];
                }
            }
            df[e] = 2 * variance * variance / gag;
        }
        return df;
    }

    /** The Moore-Penrose inverse of a symmetric matrix over its eigenvalues above the tolerance. */
    static double[][] pseudoInverse(double[][] h) {
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(h));
        int d = h.length;
        double[][] inverse = new double[d][d];
        double[] values = eigen.getRealEigenvalues();
        for (int k = 0; k < d; k++) {
            if (!(values[k] > EIGEN_TOLERANCE)) {
                continue;
            }
            RealVector v = eigen.getEigenvector(k);
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    inverse[i][j] += v.getEntry(i) * v.getEntry(j) / values[k];
                }
            }
        }
        return inverse;
    }

    private static double[] head(double[] varpar) {
        return java.util.Arrays.copyOf(varpar, varpar.length - 1);
    }

    private static double[] flatten(double[][] matrix) {
        int p = matrix.length;
        double[] flat = new double[p * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(matrix[i], 0, flat, i * p, p);
        }
        return flat;
    }
}
