package org.cmsim.numeric;

/**
 * The few dense-matrix operations the fits need, for the small symmetric systems of a Newton step
 * (a handful of parameters). Plain loops; no matrix framework is needed at this size.
 */
public final class LinearAlgebra {

    private LinearAlgebra() {
    }

    /**
     * Cholesky factor L (lower triangular, A = L L^T) of a symmetric positive definite matrix, or
     * null when A is not positive definite to working precision.
     */
    public static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(a[i][i]));
        }
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 1e-13 * Math.max(scale, 1e-300))) {
                return null;
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return l;
    }

    /** Solves L L^T x = b. */
    public static double[] solve(double[][] l, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** (L L^T)^-1, column by column. */
    public static double[][] inverse(double[][] l) {
        int n = l.length;
        double[][] inverse = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] unit = new double[n];
            unit[j] = 1;
            double[] column = solve(l, unit);
            for (int i = 0; i < n; i++) {
                inverse[i][j] = column[i];
            }
        }
        return inverse;
    }

    /** Standard errors from an information matrix: sqrt of the diagonal of its inverse; NaN when singular. */
    public static double[] standardErrors(double[][] information) {
        int k = information.length;
        double[] se = new double[k];
        double[][] factor = cholesky(information);
        if (factor == null) {
            java.util.Arrays.fill(se, Double.NaN);
            return se;
        }
        double[][] covariance = inverse(factor);
        for (int j = 0; j < k; j++) {
            se[j] = Math.sqrt(covariance[j][j]);
        }
        return se;
    }

    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
