package org.cmsim.numeric;

import java.util.function.Predicate;

/**
 * Newton-Raphson with step halving, the one solver behind every maximum-likelihood fit of the choice
 * rules (the multiplicative rule with or without its prior, the additive rule's barrier steps, profile
 * likelihoods, the pooled logistic start of the mixed model).
 *
 * <p>At x the step solves I(x) s = g(x), with g the score and I the information (minus the Hessian),
 * by a Cholesky factor, since I is positive definite wherever the objective is strictly concave. The
 * step is damped (Nocedal &amp; Wright 2006, sec. 3.1, backtracking): x + t s with t = 1, 1/2, 1/4, ...
 * until the objective does not fall by more than {@link Settings#slack} of its size, so every accepted
 * point is at least as good as the last (up to rounding). It stops when the largest coordinate change
 * is below the tolerance, when no step ascends, when I is not positive definite, when the caller's
 * stop test holds (a weight running off to infinity under separation), or at the iteration limit.
 */
public final class DampedNewton {

    /** A function to maximise, with its score and information. */
    public interface Objective {

        /** The objective at x; -infinity or NaN where it is undefined (the step is then halved). */
        double value(double[] x);

        /** Fills g = d value / dx and I = -d^2 value / dx dx' at x (both arrive zeroed). */
        void scoreAndInformation(double[] x, double[] gradient, double[][] information);
    }

    /** How the largest coordinate change is compared with the tolerance. */
    public enum Scale {
        /** max_j |change_j| < tolerance. */
        ABSOLUTE,
        /** max_j |change_j| < tolerance x max(1, max_j |x_j|): log-odds weights that may grow large. */
        RELATIVE
    }

    /**
     * When to stop. {@code slack}: a step may lower the objective by slack x |objective| (rounding
     * noise at the optimum) and still be taken; {@code smallestScale}: halving stops below it.
     */
    public record Settings(int maxIterations, double tolerance, Scale scale, double slack, double smallestScale) {
        public Settings {
            if (maxIterations < 1 || !(tolerance > 0) || scale == null || !(slack >= 0)
                    || !(smallestScale > 0 && smallestScale < 1)) {
                throw new IllegalArgumentException("Newton settings out of range");
            }
        }

        public Settings withMaxIterations(int value) {
            return new Settings(value, tolerance, scale, slack, smallestScale);
        }
    }

    /** Why the solver stopped. */
    public enum Status {
        /** The largest change fell below the tolerance. */
        CONVERGED,
        /** The caller's stop test held at the new point. */
        STOPPED,
        /** No damped step kept the objective from falling: x is as good as the solver can make it. */
        NO_ASCENT,
        /** The information was not positive definite at x. */
        SINGULAR,
        /** The iteration limit was reached. */
        ITERATION_LIMIT
    }

    /** Where the solver stopped, the objective there, and why. */
    public record Result(double[] x, double value, Status status) {
        public Result {
            x = x.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        public boolean converged() {
            return status == Status.CONVERGED;
        }
    }

    private DampedNewton() {
    }

    /** Maximises from {@code start}; {@code stop} is tested at every accepted point. */
    public static Result maximise(Objective objective, double[] start, Settings settings, Predicate<double[]> stop) {
        int k = start.length;
        double[] x = start.clone();
        double value = objective.value(x);
        for (int iteration = 0; iteration < settings.maxIterations(); iteration++) {
            double[] gradient = new double[k];
            double[][] information = new double[k][k];
            objective.scoreAndInformation(x, gradient, information);
            double[][] factor = LinearAlgebra.cholesky(information);
            if (factor == null) {
                return new Result(x, value, Status.SINGULAR);
            }
            // s = I^-1 g: the Newton step of the quadratic model of the objective at x.
            double[] step = LinearAlgebra.solve(factor, gradient);
            double floor = value - settings.slack() * Math.abs(value);
            double scale = 1;
            double[] next = new double[k];
            double nextValue;
            do {
                for (int j = 0; j < k; j++) {
                    next[j] = x[j] + scale * step[j];
                }
                nextValue = objective.value(next);
                scale /= 2;
            } while (!(nextValue >= floor) && scale > settings.smallestScale());
            if (!(nextValue >= floor)) {
                return new Result(x, value, Status.NO_ASCENT);
            }
            double largestChange = 0;
            for (int j = 0; j < k; j++) {
                largestChange = Math.max(largestChange, Math.abs(next[j] - x[j]));
            }
            x = next;
            value = nextValue;
            double tolerance = settings.scale() == Scale.RELATIVE
                    ? settings.tolerance() * Math.max(1, maxAbs(x)) : settings.tolerance();
            if (largestChange < tolerance) {
                return new Result(x, value, Status.CONVERGED);
            }
            if (stop.test(x)) {
                return new Result(x, value, Status.STOPPED);
            }
        }
        return new Result(x, value, Status.ITERATION_LIMIT);
    }

    /** Maximises from {@code start} with no stop test. */
    public static Result maximise(Objective objective, double[] start, Settings settings) {
        return maximise(objective, start, settings, x -> false);
    }

    /** max_j |v_j|. */
    public static double maxAbs(double[] v) {
        double largest = 0;
        for (double x : v) {
            largest = Math.max(largest, Math.abs(x));
        }
        return largest;
    }
}
