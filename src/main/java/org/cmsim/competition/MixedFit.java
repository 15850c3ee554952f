package org.cmsim.competition;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A fitted mixed multiplicative rule: fixed effects with standard errors and notes, the random-effect
 * standard deviations and correlations, the Laplace log-likelihood, the number of free parameters (fixed effects
 * plus variance components) and whether the optimiser converged, with warnings in words (a singular fit, an SD
 * at zero, the optimiser's limit); the random-effects structure in lme4's notation, and whether the fit is on
 * the boundary (lme4's {@code isSingular}: a diagonal element of a relative covariance factor below 1e-4).
 *
 * <p>{@code intervalDf}: the degrees of freedom of the 95% Wald intervals, subjects - 1 with a subject factor
 * (infinite, the normal quantile, without one). A fixed effect that varies by subject is estimated from as many
 * independent subjects as there are, and its standard error rests on their estimated SD; with 30 subjects the
 * normal quantile (1.96) covered the generating values in 94.1% of 5,000 simulated intervals, t(29) (2.045) in
 * 95.0% (the user guide's experiments page, "Recovery with individual differences"). This is the
 * "between-within" rule for the denominator degrees of freedom of a term that varies within subjects
 * (Schluchter &amp; Elashoff 1990).
 */
public record MixedFit(
        List<String> parameters,
        double[] estimates,
        double[] se,
        List<String> notes,
        List<RandomSd> sds,
        double logLik,
        int freeParameters,
        long trials,
        boolean converged,
        List<String> warnings,
        double intervalDf,
        List<RandomCorrelation> correlations,
        String structure,
        boolean singular) {

    /**
     * One variance component: the SD of {@code factor}'s deviations on {@code parameter} ({@code intercept}: the
     * log-odds of choosing n1), in {@code group} (null without groups).
     */
    public record RandomSd(String factor, String parameter, String group, double sd) {
    }

    /** The correlation of {@code factor}'s deviations on two parameters of one correlated term (in a group). */
    public record RandomCorrelation(String factor, String parameter, String parameter2, String group,
                                    double correlation) {
    }

    public MixedFit {
        parameters = List.copyOf(parameters);
        estimates = estimates.clone();
        se = se.clone();
        notes = List.copyOf(notes);
        sds = List.copyOf(sds);
        warnings = List.copyOf(warnings);
        correlations = List.copyOf(correlations);
        if (estimates.length != parameters.size() || se.length != parameters.size()
                || notes.size() != parameters.size()) {
            throw new IllegalArgumentException("one estimate, se and note per parameter");
        }
        if (!(intervalDf > 0)) {
            throw new IllegalArgumentException("the intervals' degrees of freedom must be positive, was " + intervalDf);
        }
    }

    /** Absolute accuracy of the t quantile's root search (commons-math's default, 1e-9, shows in the bounds). */
    private static final double QUANTILE_ACCURACY = 1e-12;

    /** The 97.5% quantile of the intervals: t(intervalDf), the normal one when intervalDf is infinite. */
    public double quantile() {
        return Double.isInfinite(intervalDf) ? RuleFit.Z_975
                : new TDistribution(null, intervalDf, QUANTILE_ACCURACY).inverseCumulativeProbability(0.975);
    }

    public double aic() {
        return 2 * freeParameters - 2 * logLik;
    }

    public double bic() {
        return freeParameters * Math.log(trials) - 2 * logLik;
    }

    public double estimate(String parameter) {
        return estimates[parameters.indexOf(parameter)];
    }

    public double se(String parameter) {
        return se[parameters.indexOf(parameter)];
    }

    public double waldLow(int j) {
        return estimates[j] - quantile() * se[j];
    }

    public double waldHigh(int j) {
        return estimates[j] + quantile() * se[j];
    }

    @Override
    public double[] estimates() {
        return estimates.clone();
    }

    @Override
    public double[] se() {
        return se.clone();
    }
}
