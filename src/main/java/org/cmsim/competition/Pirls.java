package org.cmsim.competition;

import java.util.Arrays;
import java.util.List;
import org.cmsim.numeric.LinearAlgebra;

/**
 * The Laplace deviance of the mixed multiplicative rule at given variance components and fixed effects,
 * found by penalised iteratively reweighted least squares (PIRLS) for the random-effect modes, as lme4's
 * {@code glmer} with {@code nAGQ = 1} (Bates, Maechler, Bolker &amp; Walker 2015, J. Stat. Softw. 67(1),
 * section 3 and the GLMM extension of eqs. 10-18; Bates' "lme4: Mixed-effects modeling with R", ch. 6).
 *
 * <p>Spherical random effects u ~ N(0, I) enter through the relative covariance factor Lambda(theta), block
 * diagonal with one lower-triangular block per term and level ({@link RandomTerm}): b = Lambda u,
 * eta = X beta + Z Lambda u. PIRLS minimises the penalised deviance
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
 * <p>H is solved by blocks. One factor is primary: all its terms' effects of one level form a dense block A_l
 * (a level's effects couple only with each other and with the other factor's effects it met). The other
 * factors' effects are secondary: their part D of H is solved through the Schur complement
 * S = D - sum_l C_l' A_l^-1 C_l, dense but only as large as the secondary effects. The primary factor is the one
 * that makes this cheapest. Each cell's row of Z Lambda (v_i, its nonzero entries) is formed once per
 * deviance, since theta does not change within one. The modes of the last call start the next (as lme4 does),
 * so a nearby call takes two or three steps.
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
    /** Effects per primary level (all primary terms), primary levels, secondary effects, nonzeros per cell. */
    private final int qp;
    private final int primaryLevels;
    private final int secondary;
    private final int width;
    /** Each cell's primary level; the u index of each of its nonzeros; each secondary nonzero's slot in C. */
    private final int[] primary;
    private final int[][] uIndex;
    private final int[][] slot;
    /** Per term: its effects' design columns, its factor's index, whether it is primary. */
    private final int[][] columns;
    private final int[] termFactor;
    private final boolean[] primaryTerm;
    /** Per term, the u index of level 0's first effect and the stride between levels. */
    private final int[] termStart;
    private final int[] termStride;
    /** Secondary effects each primary level met, sorted (u index minus the primary part). */
    private final int[][] seen;
    private final double[] u;
    private final double[] eta;
    // Workspace, reused between calls.
    private final double[][] v;
    private final double[] xb;
    private final double[][][] lambda;
    private final double[][][] a;
    private final double[][][] c;
    private final double[] g;
    private final double[][] s;
    private final double[] step;
    private final double[] trial;
    private final double[] y1;
    private final double[] y2;
    private double logDetH;

    Pirls(MixedDesign design) {
        if (design.terms.isEmpty()) {
            throw new IllegalArgumentException("PIRLS needs at least one random-effects term");
        }
        this.d = design;
        RandomEffectsLayout layout = new RandomEffectsLayout(design);
        this.qp = layout.qp;
        this.primaryLevels = layout.primaryLevels;
        this.secondary = layout.secondary;
        this.width = layout.width;
        this.primary = layout.primary;
        this.uIndex = layout.uIndex;
        this.slot = layout.slot;
        this.columns = layout.columns;
        this.termFactor = layout.termFactor;
        this.primaryTerm = layout.primaryTerm;
        this.termStart = layout.termStart;
        this.termStride = layout.termStride;
        this.seen = layout.seen;
        List<RandomTerm> terms = design.terms;
        this.u = new double[primaryLevels * qp + secondary];
        this.eta = new double[design.cells];
        this.v = new double[design.cells][width];
        this.xb = new double[design.cells];
        this.lambda = new double[terms.size()][][];
        for (int t = 0; t < terms.size(); t++) {
            lambda[t] = new double[design.groups * terms.get(t).q()][terms.get(t).q()];
        }
        this.a = new double[primaryLevels][qp][qp];
        this.c = new double[primaryLevels][][];
        for (int l = 0; l < primaryLevels; l++) {
            c[l] = new double[seen[l].length][qp];
        }
        this.g = new double[u.length];
        this.s = new double[secondary][secondary];
        this.step = new double[u.length];
        this.trial = new double[u.length];
        this.y1 = new double[qp];
        this.y2 = new double[secondary];
    }

    /**
     * The Laplace deviance d(theta, beta); the modes stay in place for the next call. {@code Precision.POLISHED}
     * takes one more Newton step after convergence (for finite differences, where ln det H must follow u*
     * closely); {@code Precision.SEARCH} stops at the tolerance (for the optimiser, twice as fast).
     */
    double deviance(double[] theta, double[] beta, Precision precision) {
        prepare(theta, beta);
        double pdev = penalisedDeviance(u);
        boolean polished = false;
        for (int iteration = 0; iteration < MAX_STEPS; iteration++) {
            double decrement = newtonStep();
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
                next = penalisedDeviance(trial);
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

    /** The conditional mode of term t's effects at a level: b = Lambda u (its group's Lambda). */
    double[] mode(double[] theta, int t, int level) {
        RandomTerm term = d.terms.get(t);
        int f = d.factors.indexOf(term.factor());
        double[][] l = new double[term.q()][term.q()];
        term.lambda(theta, d.levelGroup[f][level], l);
        int base = termStart[t] + level * termStride[t];
        double[] b = new double[term.q()];
        for (int r = 0; r < term.q(); r++) {
            for (int col = 0; col <= r; col++) {
                b[r] += l[r][col] * u[base + col];
            }
        }
        return b;
    }

    /**
     * For fixed (theta, beta): X beta per cell, and each cell's nonzeros of Z Lambda, v_i = Lambda_g' z_i per term
     * (z_i the term's effect values in the cell: 1 for the intercept, the rule's design value for a slope).
     */
    private void prepare(double[] theta, double[] beta) {
        List<RandomTerm> terms = d.terms;
        for (int t = 0; t < terms.size(); t++) {
            int q = columns[t].length;
            for (int group = 0; group < d.groups; group++) {
                terms.get(t).lambda(theta, group, Arrays.copyOfRange(lambda[t], group * q, group * q + q));
            }
        }
        for (int i = 0; i < d.cells; i++) {
            xb[i] = LinearAlgebra.dot(d.x[i], beta);
            double[] vi = v[i];
            double[] zi = d.z[i];
            int p = 0;
            int sec = qp;
            for (int t = 0; t < terms.size(); t++) {
                int f = termFactor[t];
                int row = d.levelGroup[f][d.level[f][i]] * columns[t].length;
                int[] cols = columns[t];
                int at = primaryTerm[t] ? p : sec;
                // v_c = sum over r >= c of Lambda[r][c] z_r        (q x q)' x (q) -> (q)
                for (int col = 0; col < cols.length; col++) {
                    double sum = 0;
                    for (int r = col; r < cols.length; r++) {
                        sum += lambda[t][row + r][col] * (cols[r] == RandomTerm.INTERCEPT ? 1 : zi[cols[r]]);
                    }
                    vi[at + col] = sum;
                }
                if (primaryTerm[t]) {
                    p += cols.length;
                } else {
                    sec += cols.length;
                }
            }
        }
    }

    private double penalisedDeviance(double[] modes) {
        double sum = 0;
        for (int i = 0; i < d.cells; i++) {
            double e = xb[i];
            double[] vi = v[i];
            int[] idx = uIndex[i];
            for (int a = 0; a < width; a++) {
                e += vi[a] * modes[idx[a]];
            }
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

    /**
     * At the current modes: builds g = Lambda'Z'(y - n mu) - u and H, factors H by blocks into logDetH, solves
     * H step = g, and returns the Newton decrement g'step.
     */
    private double newtonStep() {
        penalisedDeviance(u);
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
        int offset = primaryLevels * qp;
        for (int i = 0; i < d.cells; i++) {
            double mu = MultiplicativeRule.logistic(eta[i]);
            double w = d.trials[i] * mu * (1 - mu);
            double r = d.n1[i] - d.trials[i] * mu;
            double[] vi = v[i];
            int[] idx = uIndex[i];
            int level = primary[i];
            double[][] block = a[level];
            for (int p = 0; p < qp; p++) {
                g[idx[p]] += r * vi[p];
                for (int q = 0; q <= p; q++) {
                    block[p][q] += w * vi[p] * vi[q];
                }
            }
            for (int e = qp; e < width; e++) {
                g[idx[e]] += r * vi[e];
                double[] ce = c[level][slot[i][e - qp]];
                for (int p = 0; p < qp; p++) {
                    ce[p] += w * vi[e] * vi[p];
                }
                int se = idx[e] - offset;
                for (int f = qp; f <= e; f++) {
                    int sf = idx[f] - offset;
                    s[Math.max(se, sf)][Math.min(se, sf)] += w * vi[e] * vi[f];
                }
            }
        }
        for (int r = 0; r < g.length; r++) {
            g[r] -= u[r];
        }
        for (int t = 0; t < secondary; t++) {
            s[t][t] += 1;
        }
        logDetH = 0;
        // Primary blocks: A_l = L_l L_l' (in place, lower triangle); then S -= (L_l^-1 C_l)'(L_l^-1 C_l).
        for (int level = 0; level < primaryLevels; level++) {
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
        if (secondary > 0) {
            choleskyInPlace(s);
            for (int t = 0; t < secondary; t++) {
                logDetH += 2 * Math.log(s[t][t]);
            }
        }
        // Solve [A C; C' S+C'A^-1C] step = g by forward then backward substitution through the blocks.
        System.arraycopy(g, 0, step, 0, g.length);
        System.arraycopy(g, offset, y2, 0, secondary);
        for (int level = 0; level < primaryLevels; level++) {
            System.arraycopy(step, level * qp, y1, 0, qp);
            forwardSolve(a[level], y1);
            System.arraycopy(y1, 0, step, level * qp, qp);
            int[] met = seen[level];
            for (int p = 0; p < met.length; p++) {
                y2[met[p]] -= LinearAlgebra.dot(c[level][p], y1);
            }
        }
        if (secondary > 0) {
            forwardSolve(s, y2);
            backwardSolve(s, y2);
        }
        for (int level = 0; level < primaryLevels; level++) {
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
        System.arraycopy(y2, 0, step, offset, secondary);
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
