package org.cmsim.reactiontime;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * A linear mixed model fitted by REML as lme4's {@code lmer} fits it (Bates et al. 2015, J. Stat. Softw. 67(1),
 * section 3): the profiled REML criterion of {@link PenalizedLeastSquares} minimised over theta alone (beta and
 * sigma are profiled out), from lme4's start (identity templates), within lme4's bounds (diagonal elements >= 0).
 * The optimiser is BOBYQA (Powell 2009), lme4's default for {@code lmer} since 1.1-20; BOBYQA needs two
 * dimensions, so a single theta is found by Brent's method on [0, {@link #THETA_MAX}]. Then
 * <pre>
 *   sigma^2 = r^2 / (n - p),   cov(beta) = sigma^2 (R_X' R_X)^-1,   Sigma_t = sigma^2 T_t T_t'
 * </pre>
 * and each fixed effect's t = beta / se with Satterthwaite's df ({@link Satterthwaite}) and p = 2 P(T_df > |t|).
 */
public final class LinearMixedModel {

    /** Bound of the search: no random SD above this many residual SDs. */
    static final double THETA_MAX = 100;
    private static final double INITIAL_RADIUS = 0.25;
    private static final double FINAL_RADIUS = 1e-8;
    private static final int MAX_EVALUATIONS = 100_000;
    /** Brent's tolerances on theta: relative, absolute. */
    private static final double BRENT_RELATIVE = 1e-10;
    private static final double BRENT_ABSOLUTE = 1e-12;

    private LinearMixedModel() {
    }

    /** Fits the model; throws IllegalArgumentException when X is rank deficient (a predictor is constant). */
    public static LinearMixedFit fit(MixedLinearDesign design) {
        PenalizedLeastSquares pls = new PenalizedLeastSquares(design);
        RelativeCovariance covariance = pls.covariance();
        int n = design.observations();
        int p = design.fixedCount();
        if (n <= p) {
            throw new IllegalArgumentException(n + " observations cannot estimate " + p + " fixed effects");
        }
        double[] start = covariance.start();
        if (pls.solve(start) == null) {
            throw new IllegalArgumentException("the fixed effects (" + String.join(", ", design.fixed())
                    + ") are not estimable: one is constant or a combination of the others");
        }
        boolean converged = true;
        double[] theta;
        if (start.length == 1) {
            theta = new double[] {new BrentOptimizer(BRENT_RELATIVE, BRENT_ABSOLUTE).optimize(new MaxEval(
                    MAX_EVALUATIONS), new UnivariateObjectiveFunction(t -> pls.remlCriterion(new double[] {t})),
                    GoalType.MINIMIZE, new SearchInterval(0, THETA_MAX, start[0])).getPoint()};
        } else {
            double[] lower = covariance.lower();
            double[] upper = new double[lower.length];
            for (int m = 0; m < lower.length; m++) {
                lower[m] = Math.max(lower[m], -THETA_MAX);
                upper[m] = THETA_MAX;
            }
            double[] last = start.clone();
            try {
                PointValuePair optimum = new BOBYQAOptimizer(2 * start.length + 1, INITIAL_RADIUS, FINAL_RADIUS)
                        .optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(t -> {
                            System.arraycopy(t, 0, last, 0, t.length);
                            return pls.remlCriterion(t);
                        }), GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper));
                theta = optimum.getPoint();
            } catch (TooManyEvaluationsException e) {
                theta = last;
                converged = false;
            }
        }
        return summarise(pls, theta, converged);
    }

    private static LinearMixedFit summarise(PenalizedLeastSquares pls, double[] theta, boolean converged) {
        MixedLinearDesign design = pls.design();
        RelativeCovariance covariance = pls.covariance();
        int n = design.observations();
        int p = design.fixedCount();
        PenalizedLeastSquares.Solution solution = pls.solve(theta);
        double sigma = Math.sqrt(solution.penalizedRss() / (n - p));
        double[][] vcov = pls.fixedCovariance(theta, sigma);
        double[] df = Satterthwaite.degreesOfFreedom(pls, theta, sigma);
        List<LinearMixedFit.Fixed> fixed = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double se = Math.sqrt(vcov[j][j]);
            double t = solution.beta()[j] / se;
            fixed.add(new LinearMixedFit.Fixed(design.fixed().get(j), solution.beta()[j], se, df[j], t,
                    pValue(t, df[j])));
        }
        List<LinearMixedFit.RandomSd> sds = new ArrayList<>();
        List<LinearMixedFit.Correlation> correlations = new ArrayList<>();
        for (int t = 0; t < design.terms().size(); t++) {
            MixedLinearDesign.Term term = design.terms().get(t);
            double[][] sigmaT = covariance.covariance(t, theta, sigma);
            for (int a = 0; a < term.size(); a++) {
                sds.add(new LinearMixedFit.RandomSd(term.factor(), term.effects().get(a), Math.sqrt(sigmaT[a][a])));
            }
            for (int a = 0; a < term.size(); a++) {
                for (int b = a + 1; b < term.size(); b++) {
                    if (term.covariance() == org.cmsim.competition.RandomStructure.Covariance.CORRELATED) {
                        // rho = Sigma_ab / sqrt(Sigma_aa Sigma_bb); undefined (NaN) when an SD is 0
                        correlations.add(new LinearMixedFit.Correlation(term.factor(), term.effects().get(a),
                                term.effects().get(b), sigmaT[a][b] / Math.sqrt(sigmaT[a][a] * sigmaT[b][b])));
                    }
                }
            }
        }
        return new LinearMixedFit(fixed, sds, correlations, sigma, pls.remlCriterion(theta),
                p + theta.length + 1, covariance.singular(theta), converged, theta, n, design.levelCounts());
    }

    /** Two-sided p = 2 P(T_df > |t|); NaN where df is not positive (no information on the variance). */
    static double pValue(double t, double df) {
        if (!(df > 0)) {
            return Double.NaN;
        }
        return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }
}
