package org.cmsim.reactiontime;

import org.cmsim.numeric.LinearAlgebra;

/**
 * Solves with a lower-triangular factor L, the steps the penalized least squares takes one at a time (L x = b,
 * then L' x = b), beside the factorisation, inverse and dot product of {@link LinearAlgebra}.
 */
final class Triangular {

    private Triangular() {
    }

    /** Cholesky factor (A = L L'), or null when A is not positive definite. */
    static double[][] cholesky(double[][] a) {
        return LinearAlgebra.cholesky(a);
    }

    /** x with L x = b (forward substitution). */
    static double[] forward(double[][] l, double[] b) {
        int n = b.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** x with L' x = b (back substitution). */
    static double[] backward(double[][] l, double[] b) {
        int n = b.length;
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** sum log L_ii: half of log|L L'|. */
    static double logDiagonal(double[][] l) {
        double s = 0;
        for (int i = 0; i < l.length; i++) {
            s += Math.log(l[i][i]);
        }
        return s;
    }

    /** (L L')^-1. */
    static double[][] inverseOfProduct(double[][] l) {
        return LinearAlgebra.inverse(l);
    }

    static double dot(double[] a, double[] b) {
        return LinearAlgebra.dot(a, b);
    }
}
