package org.cmsim.competition;

import org.cmsim.numeric.DampedNewton;
import org.cmsim.numeric.LinearAlgebra;

/**
 * The multiplicative rule without random effects on a {@link MixedDesign}'s cells (any fixed coding, e.g.
 * some parameters shared across groups): logistic regression by Newton-Raphson, logit P(n1) = x' beta.
 * It is the start of the mixed fit and the pooled model of the group tests.
 */
final class PooledLogistic {

    /** Newton stops when no coordinate moves more than this (log-odds). */
    private static final double STEP_TOLERANCE = 1e-10;
    private static final int MAX_ITERATIONS = 100;
    /** Newton on the log-likelihood; a weight past DIVERGENCE means the data separate it (no estimate). */
    private static final DampedNewton.Settings NEWTON =
            new DampedNewton.Settings(MAX_ITERATIONS, STEP_TOLERANCE, DampedNewton.Scale.ABSOLUTE, 1e-12, 1e-10);

    record Result(double[] beta, double logLik, boolean converged) {
    }

    private PooledLogistic() {
    }

    /**
     * The maximum-likelihood fit; throws, naming the model and the parameter, when the estimate does not exist
     * (a parameter with no information, or one that the data separate).
     */
    static Result fit(MixedDesign design, String model) {
        Result result = newton(design);
        if (!result.converged()) {
            // Name a parameter no cell informs (Newton stops at once there, with every weight still 0), else
            // the one running off furthest.
            int worst = uninformed(design);
            if (worst < 0) {
                worst = 0;
                for (int j = 0; j < result.beta().length; j++) {
                    if (!(Math.abs(result.beta()[j]) <= Math.abs(result.beta()[worst]))) {
                        worst = j;
                    }
                }
            }
            throw new NotEstimableException("the pooled model" + (model.isEmpty() ? "" : " (" + model + ")")
                    + " cannot be estimated: parameter " + design.fixedNames().get(worst)
                    + " has no finite maximum-likelihood estimate (it is absent from a group's data, or the data"
                    + " separate it)");
        }
        return result;
    }

    static Result newton(MixedDesign design) {
        DampedNewton.Objective likelihood = new DampedNewton.Objective() {
            @Override
            public double value(double[] beta) {
                return logLik(design, beta);
            }

            @Override
            public void scoreAndInformation(double[] beta, double[] gradient, double[][] information) {
                // g = sum_i (y_i - n_i mu_i) x_i; I = sum_i n_i mu_i (1 - mu_i) x_i x_i'.
                for (int i = 0; i < design.cells; i++) {
                    double[] x = design.x[i];
                    double mu = MultiplicativeRule.logistic(LinearAlgebra.dot(x, beta));
                    double w = design.trials[i] * mu * (1 - mu);
                    double r = design.n1[i] - design.trials[i] * mu;
                    for (int a = 0; a < x.length; a++) {
                        if (x[a] == 0) {
                            continue;
                        }
                        gradient[a] += r * x[a];
                        for (int b = 0; b < x.length; b++) {
                            information[a][b] += w * x[a] * x[b];
                        }
                    }
                }
            }
        };
        DampedNewton.Result result = DampedNewton.maximise(likelihood, new double[design.fixedCount()], NEWTON,
                beta -> DampedNewton.maxAbs(beta) > MultiplicativeRule.DIVERGENCE);
        return switch (result.status()) {
            case CONVERGED, NO_ASCENT -> new Result(result.x(), result.value(), true);
            case STOPPED, SINGULAR, ITERATION_LIMIT -> new Result(result.x(), Double.NaN, false);
        };
    }

    /** The first parameter whose column is 0 in every cell with trials, or -1. */
    private static int uninformed(MixedDesign design) {
        for (int j = 0; j < design.fixedCount(); j++) {
            boolean informed = false;
            for (int i = 0; i < design.cells; i++) {
                informed |= design.trials[i] > 0 && design.x[i][j] != 0;
            }
            if (!informed) {
                return j;
            }
        }
        return -1;
    }

    /** ln L = -sum_i [y_i softplus(-eta_i) + (n_i - y_i) softplus(eta_i)]: no binomial coefficient. */
    static double logLik(MixedDesign design, double[] beta) {
        double sum = 0;
        for (int i = 0; i < design.cells; i++) {
            double eta = LinearAlgebra.dot(design.x[i], beta);
            sum -= design.n1[i] * MultiplicativeRule.softplus(-eta)
                    + (design.trials[i] - design.n1[i]) * MultiplicativeRule.softplus(eta);
        }
        return sum;
    }

}
