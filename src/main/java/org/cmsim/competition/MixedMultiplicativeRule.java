package org.cmsim.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.cmsim.numeric.LinearAlgebra;

/**
 * The multiplicative rule as a generalized linear mixed model (Baayen, Davidson &amp; Bates 2008):
 * <pre>
 *   logit P(n1 | levels) = x'beta + sum over terms t of z_t' b_t,level,   b_t,level ~ N(0, Lambda_t Lambda_t')
 * </pre>
 * with x the rule's design row (order-level indicators and cue directions, no other intercept) and z_t a term's
 * effects in the trial: 1 for a random intercept (a per-level shift of the log-odds of choosing n1; the order
 * levels stay the fixed intercepts), the design value for a slope on a rule parameter ({@link RandomTerm}). In
 * lme4's terms, with the design columns as variables: {@code choice ~ 0 + order_NVN + ... + cues +
 * (1 + animacy | subject) + (1 | item)}; the list form {@code subject,item} is
 * {@code (0 + order_NVN + ... + cues || subject) + (1 | item)}.
 *
 * <p>Fitted as lme4's {@code glmer(nAGQ = 1)} (Bates et al. 2015, J. Stat. Softw. 67(1)): the Laplace
 * deviance d(theta, beta) ({@link Pirls}, random-effect modes inside) is minimised over the relative covariance
 * factors' elements theta (diagonal ones >= 0, the others free) and the fixed effects beta together by BOBYQA
 * (Powell 2009). The start is the pooled logistic fit and theta = identity, lme4's default. Standard errors of
 * the fixed effects come, as lme4's {@code vcov} does by default, from the inverse of half the finite-difference
 * Hessian of d in (theta, beta), so that they carry the uncertainty of the variance components; a diagonal
 * element at zero and the rest of its column are held fixed there. The log-likelihood is -d/2 at the optimum;
 * k = fixed effects + thetas. A diagonal element below 1e-4 is a boundary (singular) fit, as lme4's
 * {@code isSingular}.
 */
public final class MixedMultiplicativeRule {

    /** lme4's tolerance for a singular fit ({@code isSingular}, tol = 1e-4): a theta below it is at zero. */
    static final double SINGULAR_TOLERANCE = 1e-4;
    /** Bounds of the search: SDs up to this many log-odds, fixed effects within +- this. */
    private static final double THETA_MAX = 50;
    private static final double BETA_MAX = 50;
    private static final double INITIAL_RADIUS = 0.2;
    private static final double FINAL_RADIUS = 1e-7;
    private static final int MAX_EVALUATIONS = 20_000;
    /** A restarted search replaces the first only when its deviance is lower by more than the search's noise. */
    private static final double RESTART_GAIN = 1e-6;
    /** Finite-difference step of the Hessian (lme4's {@code deriv12} uses 1e-4). */
    private static final double HESSIAN_STEP = 1e-4;

    /**
     * Told of every Laplace deviance the fit evaluates, for a progress display: in the search, the evaluations so
     * far and the lowest deviance yet; for the standard errors, the evaluations so far of the {@code total} the
     * finite differences take. A large data set takes seconds per evaluation and hundreds of them.
     */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void searched(int evaluations, double lowestDeviance) {
        }

        default void differenced(int evaluations, int total) {
        }
    }

    public MixedFit fit(MixedDesign design) {
        return fit(design, Listener.NONE);
    }

    public MixedFit fit(MixedDesign design, Listener listener) {
        int m = design.thetaCount();
        int p = design.fixedCount();
        double[] beta0 = pooledStart(design);
        Pirls pirls = new Pirls(design);
        double[] start = new double[m + p];
        boolean[] diagonal = design.diagonalThetas();
        double[] lower = new double[m + p];
        double[] upper = new double[m + p];
        for (int j = 0; j < m; j++) {
            start[j] = diagonal[j] ? 1 : 0;
            lower[j] = diagonal[j] ? 0 : -THETA_MAX;
            upper[j] = THETA_MAX;
        }
        System.arraycopy(beta0, 0, start, m, p);
        Arrays.fill(lower, m, m + p, -BETA_MAX);
        Arrays.fill(upper, m, m + p, BETA_MAX);
        for (int j = m; j < m + p; j++) {
            start[j] = Math.max(-BETA_MAX + 1, Math.min(BETA_MAX - 1, start[j]));
        }
        List<String> warnings = new ArrayList<>();
        int[] evaluations = {0};
        double[] lowest = {Double.POSITIVE_INFINITY};
        Search first = search(pirls, start, lower, upper, m, listener, evaluations, lowest);
        Search chosen = first;
        // A correlated term can stop on the boundary (a diagonal of Lambda at zero) where the deviance is flat
        // along the rotations of the column below it, while an interior optimum is higher: one more search
        // from inside, with each zero diagonal at half its term's largest SD, and the better of the two is kept.
        double[] inside = restartInside(design, first.point());
        if (inside != null) {
            Search second = search(pirls, inside, lower, upper, m, listener, evaluations, lowest);
            chosen = second.deviance() < first.deviance() - RESTART_GAIN ? second : first;
        }
        double[] best = chosen.point();
        boolean converged = chosen.converged();
        if (!converged) {
            warnings.add("the optimiser stopped after " + MAX_EVALUATIONS + " evaluations without converging");
        }
        double[] theta = Arrays.copyOfRange(best, 0, m);
        double[] beta = Arrays.copyOfRange(best, m, m + p);
        boolean singular = false;
        for (int j = 0; j < m; j++) {
            if (diagonal[j] && theta[j] < SINGULAR_TOLERANCE) {
                theta[j] = 0;
                best[j] = 0;
                singular = true;
            }
        }
        double deviance = pirls.deviance(theta, beta, Pirls.Precision.POLISHED);

        VarianceComponents components = VarianceComponents.of(design, theta);
        warnings.addAll(components.boundaryWarnings(design, theta));
        String[] notes = new String[p];
        Arrays.fill(notes, "");
        for (int j = 0; j < p; j++) {
            if (Math.abs(beta[j]) > BETA_MAX - 1) {
                notes[j] = "not estimable: the estimate runs to the search bound (the data separate it)";
                converged = false;
            }
        }
        double[] se = standardErrors(pirls, best, heldAtZero(design, theta), deviance, notes, listener);
        return new MixedFit(design.fixedNames(), beta, se, Arrays.asList(notes), components.sds(), -deviance / 2,
                m + p, design.totalTrials(), converged, warnings, intervalDf(design), components.correlations(),
                design.notation(), singular);
    }

    /** Where a search stopped, the deviance there, and whether it converged. */
    private record Search(double[] point, double deviance, boolean converged) {
    }

    /** One BOBYQA search of d(theta, beta) from {@code start}, counting into the listener's evaluations. */
    private static Search search(Pirls pirls, double[] start, double[] lower, double[] upper, int m,
                                 Listener listener, int[] evaluations, double[] lowest) {
        int n = start.length;
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, INITIAL_RADIUS, FINAL_RADIUS);
        double[] lastGood = start.clone();
        double[] last = {Double.POSITIVE_INFINITY};
        try {
            PointValuePair optimum = optimizer.optimize(new MaxEval(MAX_EVALUATIONS),
                    new ObjectiveFunction(v -> {
                        System.arraycopy(v, 0, lastGood, 0, v.length);
                        double deviance = pirls.deviance(Arrays.copyOfRange(v, 0, m), Arrays.copyOfRange(v, m, n),
                                Pirls.Precision.SEARCH);
                        last[0] = deviance;
                        lowest[0] = Math.min(lowest[0], deviance);
                        listener.searched(++evaluations[0], lowest[0]);
                        return deviance;
                    }),
                    GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper));
            return new Search(optimum.getPoint(), optimum.getValue(), true);
        } catch (TooManyEvaluationsException e) {
            return new Search(lastGood, last[0], false);
        }
    }

    /**
     * The restart point of a search that stopped with a diagonal element of a correlated term's Lambda below the
     * singular tolerance: that element at half the largest SD of its term (0.5 when all are zero), the column
     * below it at zero with each later effect's SD kept; null when no correlated term is on the boundary.
     */
    static double[] restartInside(MixedDesign design, double[] point) {
        double[] inside = point.clone();
        boolean moved = false;
        for (RandomTerm term : design.terms) {
            if (!term.correlated() || term.q() < 2) {
                continue;
            }
            for (int g = 0; g < design.groups; g++) {
                double[][] sigma = term.covariance(point, g);
                double largest = 0;
                for (int e = 0; e < term.q(); e++) {
                    largest = Math.max(largest, Math.sqrt(sigma[e][e]));
                }
                for (int e = 0; e < term.q(); e++) {
                    int j = term.theta(g, e, e);
                    if (point[j] >= SINGULAR_TOLERANCE) {
                        continue;
                    }
                    // Column e restarts uncorrelated with the effects after it, each of which keeps its SD: the
                    // first search's rotation of that column was arbitrary, the deviance being flat along it.
                    for (int r = e + 1; r < term.q(); r++) {
                        int below = term.theta(g, r, e);
                        int diagonal = term.theta(g, r, r);
                        inside[diagonal] = Math.hypot(inside[diagonal], inside[below]);
                        inside[below] = 0;
                    }
                    inside[j] = largest > 0 ? largest / 2 : 0.5;
                    moved = true;
                }
            }
        }
        return moved ? inside : null;
    }

    /**
     * The fixed effects' standard errors: sqrt of the diagonal of the beta block of (H/2)^-1, H the central
     * finite-difference Hessian of the Laplace deviance in (theta, beta); thetas at zero are held fixed.
     */
    private static double[] standardErrors(Pirls pirls, double[] optimum, boolean[] held, double deviance,
                                           String[] notes, Listener listener) {
        int m = held.length;
        List<Integer> free = new ArrayList<>();
        for (int j = 0; j < optimum.length; j++) {
            if (j >= m || !held[j]) {
                free.add(j);
            }
        }
        int n = free.size();
        double h = HESSIAN_STEP;
        // H_aa = (d(+h) - 2 d + d(-h)) / h^2;  H_ab = (d(+h, +h) - d(+h, 0) - d(0, +h) + d) / h^2, which costs
        // one evaluation per pair (error O(h), about 1e-4 relative: far below what a standard error needs).
        double[][] hessian = new double[n][n];
        double[] plus = new double[n];
        int total = 2 * n + n * (n - 1) / 2;
        int done = 0;
        for (int a = 0; a < n; a++) {
            int ia = free.get(a);
            plus[a] = at(pirls, optimum, m, ia, h, ia, 0);
            hessian[a][a] = (plus[a] - 2 * deviance + at(pirls, optimum, m, ia, -h, ia, 0)) / (h * h);
            done += 2;
            listener.differenced(done, total);
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < a; b++) {
                double value = (at(pirls, optimum, m, free.get(a), h, free.get(b), h) - plus[a] - plus[b] + deviance)
                        / (h * h);
                hessian[a][b] = value;
                hessian[b][a] = value;
                listener.differenced(++done, total);
            }
        }
        double[][] half = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                half[a][b] = hessian[a][b] / 2;
            }
        }
        double[][] factor = LinearAlgebra.cholesky(half);
        double[] se = new double[optimum.length - m];
        if (factor == null) {
            Arrays.fill(se, Double.NaN);
            for (int j = 0; j < se.length; j++) {
                notes[j] = notes[j].isEmpty()
                        ? "no standard error: the Laplace deviance is not convex at the optimum" : notes[j];
            }
            return se;
        }
        double[][] covariance = LinearAlgebra.inverse(factor);
        for (int a = 0; a < n; a++) {
            int index = free.get(a);
            if (index >= m) {
                se[index - m] = Math.sqrt(covariance[a][a]);
            }
        }
        return se;
    }

    /** The deviance with coordinate i moved by di and coordinate j by dj (i == j: one move). */
    private static double at(Pirls pirls, double[] point, int m, int i, double di, int j, double dj) {
        double[] v = point.clone();
        v[i] += di;
        if (i != j) {
            v[j] += dj;
        }
        return pirls.deviance(Arrays.copyOfRange(v, 0, m), Arrays.copyOfRange(v, m, v.length), Pirls.Precision.POLISHED);
    }

    /**
     * The thetas the standard errors hold fixed: a diagonal element of Lambda at or near zero (within two
     * difference steps, which would cross the bound) and the elements below it in its column, which then only
     * rotate the effects they feed and leave the deviance flat.
     */
    private static boolean[] heldAtZero(MixedDesign design, double[] theta) {
        boolean[] held = new boolean[theta.length];
        for (RandomTerm term : design.terms) {
            for (int g = 0; g < design.groups; g++) {
                for (int col = 0; col < term.q(); col++) {
                    if (theta[term.theta(g, col, col)] <= 2 * HESSIAN_STEP) {
                        for (int row = col; row < term.q(); row++) {
                            if (row == col || term.correlated()) {
                                held[term.theta(g, row, col)] = true;
                            }
                        }
                    }
                }
            }
        }
        return held;
    }

    /** Degrees of freedom of the Wald intervals ({@link MixedFit}): subjects - 1, or infinite without subjects. */
    static double intervalDf(MixedDesign design) {
        return design.subjects() >= 2 ? design.subjects() - 1 : Double.POSITIVE_INFINITY;
    }

    /** The pooled logistic fit (theta = 0) as the start; zeros where it does not exist. */
    static double[] pooledStart(MixedDesign design) {
        PooledLogistic.Result pooled = PooledLogistic.newton(design);
        return pooled.converged() ? pooled.beta() : new double[design.fixedCount()];
    }
}
