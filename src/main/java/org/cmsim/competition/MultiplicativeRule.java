package org.cmsim.competition;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.numeric.DampedNewton;
import org.cmsim.numeric.LinearAlgebra;

/**
 * The multiplicative rule (McDonald &amp; MacWhinney 1989; the Luce choice / FLMP form of Massaro):
 * P(n1) = prod_c s_c(n1) / (prod_c s_c(n1) + prod_c s_c(n2)), which is the logistic model
 * <pre>
 *   logit P(n1) = w_order(level) + sum_c w_c d_c        (d_c = +1, -1 or 0: the cue's direction)
 * </pre>
 * with weights in log-odds units and no other intercept. On the literature's 0.5..1 scale a
 * weight is the strength s = 1 / (1 + e^-w) ({@link #strength}).
 *
 * <p>Fitted by Newton-Raphson on the binomial log-likelihood; standard errors come from the
 * observed information, sum_i n_i p_i (1 - p_i) x_i x_i^T, which equals the expected information for
 * the logistic link. Parameters whose estimate does not exist ({@link Separation}) get a weak
 * Normal(0, 2.5^2) prior, after the default scale of Gelman, Jakulin, Pittau &amp; Su (2008), and a
 * note saying so; the others are plain maximum likelihood.
 */
public final class MultiplicativeRule implements ChoiceRule {

    /** The rule's name in outputs and on the command line. */
    public static final String NAME = "multiplicative";

    /** Prior standard deviation (log-odds) that bounds a parameter the data cannot bound. */
    public static final double PRIOR_SD = 2.5;
    static final String PRIOR_NOTE = priorNote(PRIOR_SD);

    /** The note's tail for a prior scale: "; estimate bounded by a Normal(0, 2.5^2) prior" (1, not 1.0). */
    private static String priorNote(double priorSd) {
        String scale = priorSd == Math.rint(priorSd) ? Long.toString((long) priorSd) : Double.toString(priorSd);
        return "; estimate bounded by a Normal(0, " + scale + "^2) prior";
    }
    private static final int MAX_ITERATIONS = 200;
    private static final double STEP_TOLERANCE = 1e-12;
    /** Newton steps within which a separated weight (about +1 log-odds a step) passes {@link #DIVERGENCE}. */
    private static final int RUNAWAY_STEPS = 60;
    /** Beyond this many log-odds a weight is taken to be running off to infinity. */
    static final double DIVERGENCE = 20;

    @Override
    public String name() {
        return NAME;
    }

    /** Starts from the earlier fit's weights. */
    @Override
    public RuleFit fit(Design design, Counts counts, RuleFit start) {
        return fit(design, counts, start.estimates());
    }

    /** Order levels NVN/NNV/VNN = 1.5/-1/0.5 log-odds, cues 2, 1, 0.5, ... in config order. */
    @Override
    public double[] illustrativeParameters(Design design) {
        return Recovery.illustrative(design, new double[] {1.5, -1, 0.5}, c -> 2 / Math.pow(2, c));
    }

    @Override
    public double[] participant(Design design, double[] parameters, double sd, DoubleSupplier normal) {
        return ChoiceRule.shiftedEach(parameters, sd, normal);
    }

    @Override
    public boolean mayBeLeftOut(Design design, int parameter) {
        return false;
    }

    /** A cue's weight as a strength, 1/(1+e^-w); none for an order level, whose weight is a baseline. */
    @Override
    public double strength(String parameter, double estimate) {
        return parameter.startsWith("order=") ? Double.NaN : strength(estimate);
    }

    @Override
    public Optional<String> informationCriteriaCaveat() {
        return Optional.empty();
    }

    @Override
    public List<String> parameters(Design design) {
        return design.parameters();
    }

    /** The strength on the 0.5..1 scale of a weight w in log-odds: s = 1 / (1 + e^-w). */
    public static double strength(double weight) {
        return 1 / (1 + Math.exp(-weight));
    }

    @Override
    public RuleReader reader() {
        return RuleReader.LOGISTIC;
    }

    @Override
    public double[] predict(Design design, double[] w) {
        double[] p = new double[design.rows()];
        for (int i = 0; i < p.length; i++) {
            p[i] = logistic(LinearAlgebra.dot(design.row(i), w));
        }
        return p;
    }

    @Override
    public RuleFit fit(Design design, Counts counts) {
        return fit(design, counts, new double[design.parameterCount()]);
    }

    /**
     * Fits from a starting point (a bootstrap replicate starts from the full-data estimate). Plain
     * Newton first: when it converges to finite weights the maximum-likelihood estimate exists and
     * that is the fit. Only when it does not (a singular information matrix, no convergence, or a
     * weight beyond {@value #DIVERGENCE} log-odds, where P(n1) is within 2e-9 of 0 or 1) are the
     * parameters diagnosed ({@link Separation}) and the flagged ones bounded by the prior.
     */
    RuleFit fit(Design design, Counts counts, double[] start) {
        return fit(design, counts, start, PRIOR_SD);
    }

    /**
     * A replicate's fit that reuses the full fit's diagnosis: the parameters the full data separate
     * stay separated in a resample of them (a resample only repeats or drops tokens of the same
     * types), so they keep the same prior, and Newton starts from the full estimate. Only when that
     * does not converge to finite weights for the other parameters is the replicate diagnosed afresh.
     */
    public RuleFit refit(Design design, Counts counts, RuleFit full) {
        int k = design.parameterCount();
        double[] precision = new double[k];
        String[] notes = new String[k];
        double[] support = ParameterStatus.support(design, counts);
        for (int j = 0; j < k; j++) {
            // A parameter the full data separate, or one this resample never presents, gets the prior.
            boolean flagged = full.estimability().get(j) != ParameterStatus.MEASURED || support[j] == 0;
            precision[j] = flagged ? 1 / (PRIOR_SD * PRIOR_SD) : 0;
            notes[j] = support[j] == 0 ? Separation.NOT_IDENTIFIED + ": never present in this resample" + PRIOR_NOTE
                    : full.notes().get(j);
        }
        // A resample can separate a parameter the full data do not (a rare level drawn all one way):
        // such a parameter runs past DIVERGENCE, is flagged and bounded like the others, and Newton reruns.
        for (int attempt = 0; attempt <= k; attempt++) {
            double[] w = newton(design, counts, full.estimates(), precision);
            boolean converged = w != null;
            if (!converged) {
                // Not converged: climb a bounded number of steps to see which weights run away.
                w = ProfileLikelihood.maximise(design, counts, full.estimates(), precision, -1, 0, RUNAWAY_STEPS);
            }
            boolean bounded = converged;
            boolean flaggedMore = false;
            for (int j = 0; j < k; j++) {
                if (precision[j] == 0 && Math.abs(w[j]) >= DIVERGENCE) {
                    precision[j] = 1 / (PRIOR_SD * PRIOR_SD);
                    notes[j] = (w[j] > 0 ? "diverges to +infinity" : "diverges to -infinity")
                            + " (separation in this resample)" + PRIOR_NOTE;
                    bounded = false;
                    flaggedMore = true;
                }
            }
            if (!converged && !flaggedMore) {
                break;
            }
            if (bounded) {
                return result(design, counts, w, precision, notes, true);
            }
        }
        return fit(design, counts, full.estimates());
    }

    /**
     * The fit with another prior scale for the parameters the data cannot bound: the prior
     * sensitivity of a separated parameter (the others do not depend on it).
     */
    public RuleFit fitWithPrior(Design design, Counts counts, double priorSd) {
        return fit(design, counts, new double[design.parameterCount()], priorSd);
    }

    private RuleFit fit(Design design, Counts counts, double[] start, double priorSd) {
        int k = design.parameterCount();
        double[] noPrior = new double[k];
        double[] plain = newton(design, counts, start, noPrior);
        if (plain != null && DampedNewton.maxAbs(plain) < DIVERGENCE) {
            return result(design, counts, plain, noPrior, new String[k], true);
        }
        Separation.Diagnosis diagnosis = Separation.diagnose(design, counts);
        double[] precision = new double[k];
        String[] notes = new String[k];
        for (int j = 0; j < k; j++) {
            precision[j] = diagnosis.flagged(j) ? 1 / (priorSd * priorSd) : 0;
            notes[j] = diagnosis.flagged(j) ? diagnosis.notes()[j] + priorNote(priorSd) : "";
        }
        double[] penalised = newton(design, counts, new double[k], precision);
        boolean converged = penalised != null;
        return result(design, counts, converged ? penalised : new double[k], precision, notes, converged);
    }

    /** Newton steps on the penalised log-likelihood ({@link DampedNewton}); largest change relative to the weights. */
    static final DampedNewton.Settings NEWTON =
            new DampedNewton.Settings(MAX_ITERATIONS, STEP_TOLERANCE, DampedNewton.Scale.RELATIVE, 1e-12, 1e-10);

    /**
     * Maximises the penalised log-likelihood from {@code start}; null when Newton does not converge. An
     * unpenalised weight past twice {@link #DIVERGENCE} is running off to infinity: it is returned so that
     * the caller sees it beyond DIVERGENCE.
     */
    private static double[] newton(Design design, Counts counts, double[] start, double[] precision) {
        DampedNewton.Result result = DampedNewton.maximise(objective(design, counts, precision), start, NEWTON, w -> {
            for (int j = 0; j < w.length; j++) {
                if (precision[j] == 0 && Math.abs(w[j]) > 2 * DIVERGENCE) {
                    return true;
                }
            }
            return false;
        });
        return switch (result.status()) {
            case CONVERGED, STOPPED, NO_ASCENT -> result.x();
            case SINGULAR, ITERATION_LIMIT -> null;
        };
    }

    /** The penalised log-likelihood of the rule as a function of its weights, for {@link DampedNewton}. */
    static DampedNewton.Objective objective(Design design, Counts counts, double[] precision) {
        return new DampedNewton.Objective() {
            @Override
            public double value(double[] w) {
                return penalisedLogLikelihood(design, counts, w, precision);
            }

            @Override
            public void scoreAndInformation(double[] w, double[] gradient, double[][] information) {
                MultiplicativeRule.scoreAndInformation(design, counts, w, precision, gradient, information);
            }
        };
    }

    /** The fit at weights w: standard errors from the (penalised) information, predictions, log-likelihood. */
    private RuleFit result(Design design, Counts counts, double[] w, double[] precision, String[] notes,
                           boolean converged) {
        int k = w.length;
        double[][] information = new double[k][k];
        scoreAndInformation(design, counts, w, precision, new double[k], information);
        double[] se = LinearAlgebra.standardErrors(information);
        for (int j = 0; j < k; j++) {
            notes[j] = notes[j] == null ? "" : notes[j];
        }
        double[] predicted = predict(design, w);
        List<ParameterStatus> estimability = new java.util.ArrayList<>();
        for (int j = 0; j < k; j++) {
            // Separation.diagnose: "not identified: ..." (no data tell it apart) or "diverges ..." (separated).
            estimability.add(notes[j].isEmpty() ? ParameterStatus.MEASURED
                    : notes[j].startsWith(Separation.NOT_IDENTIFIED) ? ParameterStatus.ABSENT : ParameterStatus.SEPARATED);
        }
        return new RuleFit(name(), design.parameters(), w, se, predicted, counts.logLikelihood(predicted), k,
                Arrays.asList(notes), converged, estimability, ParameterStatus.support(design, counts));
    }

    /**
     * Gradient of the penalised log-likelihood, g = sum_i (k_i - n_i p_i) x_i - P w, and the
     * information matrix, I = sum_i n_i p_i (1 - p_i) x_i x_i^T + P (P = diag(precision)).
     */
    static void scoreAndInformation(Design design, Counts counts, double[] w, double[] precision,
                                    double[] gradient, double[][] information) {
        int k = w.length;
        for (int i = 0; i < design.rows(); i++) {
            long n = counts.trials()[i];
            if (n == 0) {
                continue;
            }
            double[] x = design.row(i);
            double p = logistic(LinearAlgebra.dot(x, w));
            double residual = counts.n1()[i] - n * p;
            double weight = n * p * (1 - p);
            for (int a = 0; a < k; a++) {
                if (x[a] == 0) {
                    continue;
                }
                gradient[a] += residual * x[a];
                for (int b = 0; b < k; b++) {
                    information[a][b] += weight * x[a] * x[b];
                }
            }
        }
        for (int j = 0; j < k; j++) {
            gradient[j] -= precision[j] * w[j];
            information[j][j] += precision[j];
        }
    }

    static double penalisedLogLikelihood(Design design, Counts counts, double[] w, double[] precision) {
        double sum = 0;
        for (int i = 0; i < design.rows(); i++) {
            double eta = LinearAlgebra.dot(design.row(i), w);
            // ln p = -ln(1 + e^-eta), ln(1 - p) = -ln(1 + e^eta), computed without overflow.
            sum -= counts.n1()[i] * softplus(-eta) + (counts.trials()[i] - counts.n1()[i]) * softplus(eta);
        }
        for (int j = 0; j < w.length; j++) {
            sum -= 0.5 * precision[j] * w[j] * w[j];
        }
        return sum;
    }

    /** ln(1 + e^x) without overflow. */
    static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    static double logistic(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }

}
