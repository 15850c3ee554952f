package org.cmsim.reactiontime;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Derivatives by central differences with Richardson extrapolation, as R's numDeriv (Gilbert &amp; Varadhan;
 * {@code method = "Richardson"}, r = 4 steps halving each time, v = 2), which lmerTest uses for the Hessian of the
 * deviance and the Jacobian of the fixed effects' covariance. Each difference D(h) has an error series in even
 * powers of h, so four steps remove the h^2, h^4 and h^6 terms:
 * <pre>
 *   R[k][0] = D(h / 2^k),   R[k][j] = (4^j R[k][j-1] - R[k-1][j-1]) / (4^j - 1)
 * </pre>
 * The first step is {@code relative} |x| (or {@code relative} itself where x is about 0), numDeriv's rule.
 */
final class Differences {

    private static final int STEPS = 4;
    /** numDeriv's zero.tol: below it a coordinate counts as 0 and the step is absolute. */
    private static final double ZERO = Math.sqrt(Math.ulp(1.0) / 7e-7);

    private Differences() {
    }

    /** The Jacobian of g at x, column j the derivative in x_j: (m x d) for g with m outputs. */
    static double[][] jacobian(Function<double[], double[]> g, double[] x, double relative) {
        int d = x.length;
        double[][] columns = new double[d][];
        for (int j = 0; j < d; j++) {
            int coordinate = j;
            double h0 = step(x[j], relative);
            double[][] table = null;
            for (int k = 0; k < STEPS; k++) {
                double h = h0 / (1 << k);
                double[] up = g.apply(shifted(x, coordinate, h, -1, 0));
                double[] down = g.apply(shifted(x, coordinate, -h, -1, 0));
                if (table == null) {
                    table = new double[up.length][STEPS];
                }
                for (int i = 0; i < up.length; i++) {
                    table[i][k] = (up[i] - down[i]) / (2 * h);
                }
            }
            columns[j] = new double[table.length];
            for (int i = 0; i < table.length; i++) {
                columns[j][i] = extrapolate(table[i]);
            }
        }
        double[][] jacobian = new double[columns[0].length][d];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < columns[j].length; i++) {
                jacobian[i][j] = columns[j][i];
            }
        }
        return jacobian;
    }

    /** The Hessian of f at x (d x d, symmetric). */
    static double[][] hessian(ToDoubleFunction<double[]> f, double[] x, double relative) {
        int d = x.length;
        double f0 = f.applyAsDouble(x);
        double[][] hessian = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b <= a; b++) {
                double[] estimates = new double[STEPS];
                for (int k = 0; k < STEPS; k++) {
                    double ha = step(x[a], relative) / (1 << k);
                    double hb = step(x[b], relative) / (1 << k);
                    if (a == b) {
                        // f'' ~ (f(x + h) - 2 f(x) + f(x - h)) / h^2
                        estimates[k] = (f.applyAsDouble(shifted(x, a, ha, -1, 0)) - 2 * f0
                                + f.applyAsDouble(shifted(x, a, -ha, -1, 0))) / (ha * ha);
                    } else {
                        // f_ab ~ (f(++) - f(+-) - f(-+) + f(--)) / (4 ha hb)
                        estimates[k] = (f.applyAsDouble(shifted(x, a, ha, b, hb))
                                - f.applyAsDouble(shifted(x, a, ha, b, -hb))
                                - f.applyAsDouble(shifted(x, a, -ha, b, hb))
                                + f.applyAsDouble(shifted(x, a, -ha, b, -hb))) / (4 * ha * hb);
                    }
                }
                hessian[a][b] = extrapolate(estimates);
                hessian[b][a] = hessian[a][b];
            }
        }
        return hessian;
    }

    static double step(double x, double relative) {
        return Math.abs(x) < ZERO ? relative : relative * Math.abs(x);
    }

    /** The last entry of the Richardson table of estimates at steps h, h/2, h/4, ... */
    static double extrapolate(double[] estimates) {
        double[] row = estimates.clone();
        for (int j = 1; j < row.length; j++) {
            double factor = Math.pow(4, j);
            for (int k = row.length - 1; k >= j; k--) {
                row[k] = (factor * row[k] - row[k - 1]) / (factor - 1);
            }
        }
        return row[row.length - 1];
    }

    private static double[] shifted(double[] x, int a, double ha, int b, double hb) {
        double[] y = x.clone();
        y[a] += ha;
        if (b >= 0) {
            y[b] += hb;
        }
        return y;
    }
}
