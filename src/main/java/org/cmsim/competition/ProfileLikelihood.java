package org.cmsim.competition;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.numeric.DampedNewton;

/**
 * 95% profile-likelihood intervals for the multiplicative rule's parameters (Venzon &amp; Moolgavkar
 * 1988; Pawitan 2001, ch. 3):
 * <pre>
 *   CI_j = { b : 2 (lnL_max - lnL_p(b)) &lt;= chi2_1(0.95) },   lnL_p(b) = max over w with w_j = b of lnL(w)
 * </pre>
 * Unlike a Wald interval it stays honest where the likelihood is flat on one side: for a parameter
 * the data separate, lnL_p keeps rising towards its supremum as b runs off to infinity, so the
 * interval is one-sided: its finite bound says how large the strength is at least, and the other
 * bound is infinite. A parameter the data cannot tell apart has both bounds infinite.
 *
 * <p>Where some parameters are separated, lnL_max is a supremum, not a maximum. It is approached
 * with a vanishing ridge on just those parameters (precision {@value #RIDGE}, which changes lnL by
 * about 1e-3 at 40 log-odds, far below the 1.92 that sets the bounds); the parameter being profiled
 * never carries it. A bound that does not appear within {@value #REACH} log-odds of the estimate is
 * infinite.
 */
public final class ProfileLikelihood {

    /** chi-square quantile with 1 df at 0.95: the likelihood-ratio cut-off of a 95% interval. */
    public static final double CHI2_95 = 3.841458820694124;
    /** Ridge precision on separated parameters, so that the supremum is approached at finite weights. */
    static final double RIDGE = 1e-6;
    /** How far (log-odds) from the estimate a bound is looked for before it is called infinite. */
    static final double REACH = 40;
    private static final int BISECTIONS = 60;
    private static final double BOUND_TOLERANCE = 1e-7;
    private static final int MAX_ITERATIONS = 500;
    private static final double STEP_TOLERANCE = 1e-10;
    /** Newton on the profile: absolute tolerance; a step must not lower the log-likelihood at all. */
    private static final DampedNewton.Settings NEWTON =
            new DampedNewton.Settings(MAX_ITERATIONS, STEP_TOLERANCE, DampedNewton.Scale.ABSOLUTE, 0, 1e-10);

    /** A 95% interval; an infinite bound is +-Infinity. */
    public record Interval(double low, double high) {
        public Interval {
            if (!(low <= high)) {
                throw new IllegalArgumentException("interval bounds out of order: " + low + " > " + high);
            }
        }
    }

    private ProfileLikelihood() {
    }

    /** One interval per parameter of a multiplicative fit to these data. */
    public static List<Interval> of(Design design, Counts counts, RuleFit fit) {
        int k = design.parameterCount();
        double[] ridge = new double[k];
        for (int j = 0; j < k; j++) {
            ridge[j] = fit.estimability().get(j) == ParameterStatus.MEASURED ? 0 : RIDGE;
        }
        double[] best = maximise(design, counts, fit.estimates(), ridge, -1, 0);
        double maximum = logLikelihood(design, counts, best);
        List<Interval> intervals = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double[] own = ridge.clone();
            own[j] = 0;
            double step = Math.max(0.25, Double.isFinite(fit.se()[j]) ? Math.min(fit.se()[j], 5) : 1);
            double low = bound(design, counts, best, own, j, maximum, -1, step);
            double high = bound(design, counts, best, own, j, maximum, +1, step);
            intervals.add(new Interval(low, high));
        }
        return intervals;
    }

    /**
     * The bound on one side: steps out from the estimate (doubling) until the deviance passes the
     * cut-off, then bisects; infinite when it never does within {@link #REACH}.
     */
    private static double bound(Design design, Counts counts, double[] best, double[] ridge, int j, double maximum,
                                int side, double firstStep) {
        double inside = best[j];
        double[] start = best.clone();
        double distance = firstStep;
        double outside = Double.NaN;
        while (distance <= REACH * 2) {
            double b = best[j] + side * Math.min(distance, REACH);
            double[] w = maximise(design, counts, start, ridge, j, b);
            if (deviance(design, counts, w, maximum) > CHI2_95) {
                outside = b;
                break;
            }
            inside = b;
            start = w;
            if (distance >= REACH) {
                break;
            }
            distance *= 2;
        }
        if (Double.isNaN(outside)) {
            return side * Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < BISECTIONS && Math.abs(outside - inside) > BOUND_TOLERANCE; i++) {
            double middle = (inside + outside) / 2;
            double[] w = maximise(design, counts, start, ridge, j, middle);
            if (deviance(design, counts, w, maximum) > CHI2_95) {
                outside = middle;
            } else {
                inside = middle;
                start = w;
            }
        }
        return (inside + outside) / 2;
    }

    /** 2 (lnL_max - lnL(w)): the likelihood-ratio statistic, without the ridge. */
    private static double deviance(Design design, Counts counts, double[] w, double maximum) {
        return 2 * (maximum - logLikelihood(design, counts, w));
    }

    private static double logLikelihood(Design design, Counts counts, double[] w) {
        return MultiplicativeRule.penalisedLogLikelihood(design, counts, w, new double[w.length]);
    }

    /**
     * Maximises the ridge-penalised log-likelihood over every parameter but {@code fixed} (held at
     * {@code value}; none when fixed is -1), by Newton-Raphson with step halving from {@code start}.
     */
    static double[] maximise(Design design, Counts counts, double[] start, double[] ridge, int fixed, double value) {
        return maximise(design, counts, start, ridge, fixed, value, MAX_ITERATIONS);
    }

    /** As above, stopping after {@code iterations} Newton steps whether or not it has converged. */
    static double[] maximise(Design design, Counts counts, double[] start, double[] ridge, int fixed, double value,
                             int iterations) {
        double[] w = start.clone();
        if (fixed >= 0) {
            w[fixed] = value;
        }
        DampedNewton.Objective likelihood = MultiplicativeRule.objective(design, counts, ridge);
        DampedNewton.Objective profile = new DampedNewton.Objective() {
            @Override
            public double value(double[] x) {
                return likelihood.value(x);
            }

            @Override
            public void scoreAndInformation(double[] x, double[] gradient, double[][] information) {
                likelihood.scoreAndInformation(x, gradient, information);
                // A parameter held fixed, or one no row informs (never present), takes no step.
                int k = x.length;
                for (int a = 0; a < k; a++) {
                    if (a == fixed || information[a][a] <= 0) {
                        for (int b = 0; b < k; b++) {
                            information[a][b] = 0;
                            information[b][a] = 0;
                        }
                        information[a][a] = 1;
                        gradient[a] = 0;
                    }
                }
            }
        };
        // Wherever it stops (converged, no ascent, singular, out of steps), the best point reached is the answer.
        return DampedNewton.maximise(profile, w, NEWTON.withMaxIterations(iterations)).x();
    }
}
