package org.cmsim.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.cmsim.numeric.LinearAlgebra;

/**
 * The Laplace deviance of the mixed multiplicative rule at given variance components and fixed effects,
 * found by penalised iteratively reweighted least squares (PIRLS) for the random-effect modes, as lme4's
 * {@code glmer} with {@code nAGQ = 1} (Bates, Maechler, Bolker &amp; Walker 2015, J. Stat. Softw. 67(1),
 * section 3 and the GLMM extension of eqs. 10-18; Bates' "lme4: Mixed-effects modeling with R", ch. 6).
 *
 * <p>Spherical random effects u ~ N(0, I) enter through the relative covariance factor Lambda(theta), here
 * diagonal: b = Lambda u, eta = X beta + Z Lambda u. PIRLS minimises the penalised deviance
 * <pre>
 *   pdev(u) = -2 sum_i [y_i ln mu_i + (n_i - y_i) ln(1 - mu_i)] + ||u||^2
 * </pre>
 * by Newton steps with H = Lambda' Z' W Z Lambda + I (W = n mu (1 - mu)), and the Laplace approximation of
 * -2 ln L is
 * <pre>
 *   d(theta, beta) = pdev(u*) + ln det H(u*)          (H = L L', so ln det H = ln |L|^2)
 * </pre>
 * The binomial deviance is written without the binomial coefficient: on trial-level (0/1) data it is
 * lme4's, and aggregated cells give the same number.
 *
 * <p>H is solved by blocks: each subject's k x k block (the subject deviations of one subject couple only
 * with each other and with the items that subject saw), the item intercepts (diagonal among themselves),
 * and the items' Schur complement S = D - sum_s C_s' A_s^-1 C_s, which is dense but only items x items.
 * The modes of the last call start the next (as lme4 does), so a nearby call takes two or three steps.
 */
final class Pirls {

    /** How exactly a deviance is wanted: see {@link #deviance}. */
    enum Precision { SEARCH, POLISHED }

    /** Newton decrement g' H^-1 g below which the modes are converged; pdev is then exact to about this. */
    private static final double DECREMENT_TOLERANCE = 1e-10;
    /** A decrement this small needs no polishing step. */
    private static final double EXACT_DECREMENT = 1e-22;
    private static final int MAX_STEPS = 100;

    private final MixedDesign d;
    private final int k;
    private final int subjects;
    private final int items;
    /** Items each subject saw, sorted, and each cell's position among its subject's items. */
    private final int[][] subjectItems;
    private final int[] cellSlot;
    private final double[] u;
    private final double[] eta;
    // Workspace, reused between calls.
    private final double[][][] a;
    private final double[][][] c;
    private final double[] g;
    private final double[][] s;
    private final double[] step;
    private final double[] trial;
    private double logDetH;

    Pirls(MixedDesign design) {
        this.d = design;
        this.k = design.k;
        this.subjects = design.subjectLevels();
        this.items = design.itemLevels();
        List<TreeSet<Integer>> seen = new ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            seen.add(new TreeSet<>());
        }
        for (int i = 0; i < design.cells; i++) {
            if (design.subject[i] >= 0 && design.item[i] >= 0) {
                seen.get(design.subject[i]).add(design.item[i]);
            }
        }
        this.subjectItems = new int[subjects][];
        for (int s = 0; s < subjects; s++) {
            subjectItems[s] = seen.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        this.cellSlot = new int[design.cells];
        for (int i = 0; i < design.cells; i++) {
            cellSlot[i] = design.subject[i] >= 0 && design.item[i] >= 0
                    ? Arrays.binarySearch(subjectItems[design.subject[i]], design.item[i]) : -1;
        }
        int q = subjects * k + items;
        this.u = new double[q];
        this.eta = new double[design.cells];
        this.a = new double[subjects][k][k];
        this.c = new double[subjects][][];
        for (int s = 0; s < subjects; s++) {
            c[s] = new double[subjectItems[s].length][k];
        }
        this.g = new double[q];
        this.s = new double[items][items];
        this.step = new double[q];
        this.trial = new double[q];
    }

    /**
     * The Laplace deviance d(theta, beta); the modes stay in place for the next call. {@code Precision.POLISHED}
     * takes one more Newton step after convergence (for finite differences, where ln det H must follow u*
     * closely); {@code Precision.SEARCH} stops at the tolerance (for the optimiser, twice as fast).
     */
    double deviance(double[] theta, double[] beta, Precision precision) {
        double pdev = penalisedDeviance(theta, beta, u);
        boolean polished = false;
        for (int iteration = 0; iteration < MAX_STEPS; iteration++) {
            double decrement = newtonStep(theta, beta);
            if (polished || decrement < EXACT_DECREMENT) {
                return pdev + logDetH;
            }
            // Once converged to the tolerance, one more full Newton step (quadratic convergence takes the modes
            // from about 1e-6 to 1e-12 of u*) so that ln det H, which moves with u at first order, is exact enough
            // for the finite differences of the standard errors.
            if (decrement < DECREMENT_TOLERANCE && precision == Precision.SEARCH) {
                return pdev + logDetH;
            }
            polished = decrement < DECREMENT_TOLERANCE;
            // Full step, halved until the penalised deviance does not rise. Not DampedNewton: the modes' search
            // stops on the Newton decrement, takes a polishing step unhalved, and keeps the last halved step even
            // when it does not improve, so that the deviance is a smooth function of (theta, beta) for BOBYQA.
            double scale = 1;
            double next;
            do {
                for (int r = 0; r < u.length; r++) {
                    trial[r] = u[r] + scale * step[r];
                }
                next = penalisedDeviance(theta, beta, trial);
                scale /= 2;
            } while (!polished && next > pdev + 1e-12 * Math.abs(pdev) && scale > 1e-8);
            System.arraycopy(trial, 0, u, 0, u.length);
            pdev = next;
        }
        throw new IllegalStateException("the random-effect modes did not converge in " + MAX_STEPS + " steps");
    }

    /** Forgets the modes (a fresh start at u = 0). */
    void reset() {
        Arrays.fill(u, 0);
    }

    /** The conditional modes b = Lambda u: subject s's deviation on parameter j, item t's shift. */
    double subjectMode(double[] theta, int level, int j) {
        return theta[d.subjectTheta(level, j)] * u[level * k + j];
    }

    double itemMode(double[] theta, int level) {
        return theta[d.itemTheta(level)] * u[subjects * k + level];
    }

    private double penalisedDeviance(double[] theta, double[] beta, double[] modes) {
        double sum = 0;
        for (int i = 0; i < d.cells; i++) {
            double e = linearPredictor(theta, beta, modes, i);
            eta[i] = e;
            // -2 [y ln mu + (n - y) ln(1 - mu)] with ln mu = -softplus(-eta), ln(1 - mu) = -softplus(eta).
            sum += 2 * (d.n1[i] * MultiplicativeRule.softplus(-e)
                    + (d.trials[i] - d.n1[i]) * MultiplicativeRule.softplus(e));
        }
        for (double m : modes) {
            sum += m * m;
        }
        return sum;
    }

    private double linearPredictor(double[] theta, double[] beta, double[] modes, int i) {
        double e = LinearAlgebra.dot(d.x[i], beta);
        int level = d.subject[i];
        if (level >= 0) {
            double[] zi = d.z[i];
            for (int j = 0; j < k; j++) {
                if (zi[j] != 0) {
                    e += zi[j] * theta[d.subjectTheta(level, j)] * modes[level * k + j];
                }
            }
        }
        if (d.item[i] >= 0) {
            e += theta[d.itemTheta(d.item[i])] * modes[subjects * k + d.item[i]];
        }
        return e;
    }

    /**
     * At the current modes (eta from the last penalisedDeviance of u): builds g = Lambda'Z'(y - n mu) - u and
     * H, factors H by blocks into logDetH, solves H step = g, and returns the Newton decrement g'step.
     */
    private double newtonStep(double[] theta, double[] beta) {
        penalisedDeviance(theta, beta, u);
        for (int sIndex = 0; sIndex < subjects; sIndex++) {
            for (double[] row : a[sIndex]) {
                Arrays.fill(row, 0);
            }
            for (double[] row : c[sIndex]) {
                Arrays.fill(row, 0);
            }
        }
        for (double[] row : s) {
            Arrays.fill(row, 0);
        }
        Arrays.fill(g, 0);
        double[] lz = new double[k];
        for (int i = 0; i < d.cells; i++) {
            double mu = MultiplicativeRule.logistic(eta[i]);
            double w = d.trials[i] * mu * (1 - mu);
            double r = d.n1[i] - d.trials[i] * mu;
            int level = d.subject[i];
            int t = d.item[i];
            double lt = t >= 0 ? theta[d.itemTheta(t)] : 0;
            if (level >= 0) {
                for (int j = 0; j < k; j++) {
                    lz[j] = d.z[i][j] * theta[d.subjectTheta(level, j)];
                }
                double[][] block = a[level];
                for (int p = 0; p < k; p++) {
                    if (lz[p] == 0) {
                        continue;
                    }
                    g[level * k + p] += r * lz[p];
                    for (int q = 0; q <= p; q++) {
                        block[p][q] += w * lz[p] * lz[q];
                    }
                    if (t >= 0) {
                        c[level][cellSlot[i]][p] += w * lz[p] * lt;
                    }
                }
            }
            if (t >= 0) {
                s[t][t] += w * lt * lt;
                g[subjects * k + t] += r * lt;
            }
        }
        for (int r = 0; r < g.length; r++) {
            g[r] -= u[r];
        }
        for (int t = 0; t < items; t++) {
            s[t][t] += 1;
        }
        logDetH = 0;
        // Subject blocks: A_s = L_s L_s' (in place, lower triangle); then S -= (L_s^-1 C_s)'(L_s^-1 C_s).
        for (int level = 0; level < subjects; level++) {
            double[][] block = a[level];
            for (int j = 0; j < k; j++) {
                block[j][j] += 1;
            }
            choleskyInPlace(block);
            for (int j = 0; j < k; j++) {
                logDetH += 2 * Math.log(block[j][j]);
            }
            double[][] cs = c[level];
            for (double[] column : cs) {
                forwardSolve(block, column);
            }
            int[] seen = subjectItems[level];
            for (int p = 0; p < seen.length; p++) {
                double[] vp = cs[p];
                double[] sRow = s[seen[p]];
                for (int q = 0; q <= p; q++) {
                    double[] vq = cs[q];
                    double dot = 0;
                    for (int j = 0; j < k; j++) {
                        dot += vp[j] * vq[j];
                    }
                    // seen is sorted, so seen[q] <= seen[p]: the lower triangle of S.
                    sRow[seen[q]] -= dot;
                }
            }
        }
        if (items > 0) {
            choleskyInPlace(s);
            for (int t = 0; t < items; t++) {
                logDetH += 2 * Math.log(s[t][t]);
            }
        }
        // Solve [A C; C' S+C'A^-1C] step = g by forward then backward substitution through the blocks.
        System.arraycopy(g, 0, step, 0, g.length);
        double[] y2 = new double[items];
        for (int t = 0; t < items; t++) {
            y2[t] = step[subjects * k + t];
        }
        double[] y1 = new double[k];
        for (int level = 0; level < subjects; level++) {
            System.arraycopy(step, level * k, y1, 0, k);
            forwardSolve(a[level], y1);
            System.arraycopy(y1, 0, step, level * k, k);
            int[] seen = subjectItems[level];
            for (int p = 0; p < seen.length; p++) {
                y2[seen[p]] -= LinearAlgebra.dot(c[level][p], y1);
            }
        }
        if (items > 0) {
            forwardSolve(s, y2);
            backwardSolve(s, y2);
        }
        for (int level = 0; level < subjects; level++) {
            System.arraycopy(step, level * k, y1, 0, k);
            int[] seen = subjectItems[level];
            for (int p = 0; p < seen.length; p++) {
                double v = y2[seen[p]];
                double[] cp = c[level][p];
                for (int j = 0; j < k; j++) {
                    y1[j] -= cp[j] * v;
                }
            }
            backwardSolve(a[level], y1);
            System.arraycopy(y1, 0, step, level * k, k);
        }
        for (int t = 0; t < items; t++) {
            step[subjects * k + t] = y2[t];
        }
        return LinearAlgebra.dot(g, step);
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
