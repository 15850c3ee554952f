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
    private final double[] u;
    private final double[] eta;
    // Workspace, reused between calls.
    private final double[][] v;
    private final double[] xb;
    private final double[][][] lambda;
    private final double[] trial;
    /** H and g of the current Newton step, by blocks. */
    private final BlockedNewtonSystem system;

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
        List<RandomTerm> terms = design.terms;
        this.u = new double[primaryLevels * qp + secondary];
        this.eta = new double[design.cells];
        this.v = new double[design.cells][width];
        this.xb = new double[design.cells];
        this.lambda = new double[terms.size()][][];
        for (int t = 0; t < terms.size(); t++) {
            lambda[t] = new double[design.groups * terms.get(t).q()][terms.get(t).q()];
        }
        this.trial = new double[u.length];
        this.system = new BlockedNewtonSystem(qp, primaryLevels, secondary, layout.seen);
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
                return pdev + system.logDetH();
            }
            // Once converged to the tolerance, one more full Newton step (quadratic convergence takes the modes
            // from about 1e-6 to 1e-12 of u*) so that ln det H, which moves with u at first order, is exact enough
            // for the finite differences of the standard errors.
            if (decrement < DECREMENT_TOLERANCE && precision == Precision.SEARCH) {
                return pdev + system.logDetH();
            }
            polished = decrement < DECREMENT_TOLERANCE;
            // Full step, halved until the penalised deviance does not rise. Not DampedNewton: the modes' search
            // stops on the Newton decrement, takes a polishing step unhalved, and keeps the last halved step even
            // when it does not improve, so that the deviance is a smooth function of (theta, beta) for BOBYQA.
            double scale = 1;
            double next;
            double[] step = system.step();
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
     * At the current modes: adds each cell's part of g = Lambda'Z'(y - n mu) and of H = Lambda'Z'WZ Lambda, then
     * lets the blocked system add the prior, factor H into ln det H and solve H step = g; returns the Newton
     * decrement g'step.
     */
    private double newtonStep() {
        penalisedDeviance(u);
        system.clear();
        for (int i = 0; i < d.cells; i++) {
            addCell(i);
        }
        return system.solve(u);
    }

    /** Cell i's weight w = n mu (1 - mu) times v_i v_i' into A, C and D, and its residual times v_i into g. */
    private void addCell(int i) {
        double mu = MultiplicativeRule.logistic(eta[i]);
        double w = d.trials[i] * mu * (1 - mu);
        double r = d.n1[i] - d.trials[i] * mu;
        double[] vi = v[i];
        int[] idx = uIndex[i];
        int level = primary[i];
        double[] g = system.g;
        double[][] block = system.a[level];
        for (int p = 0; p < qp; p++) {
            g[idx[p]] += r * vi[p];
            for (int q = 0; q <= p; q++) {
                block[p][q] += w * vi[p] * vi[q];
            }
        }
        int offset = primaryLevels * qp;
        double[][] s = system.s;
        for (int e = qp; e < width; e++) {
            g[idx[e]] += r * vi[e];
            double[] ce = system.c[level][slot[i][e - qp]];
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
}
