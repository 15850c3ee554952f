package org.cmsim.competition;

import java.util.List;

/**
 * A fitted mixed multiplicative rule: fixed effects with standard errors and notes, the random-effect
 * standard deviations, the Laplace log-likelihood, the number of free parameters (fixed effects plus
 * variance components) and whether the optimiser converged, with warnings in words (a singular fit, an SD at
 * zero, the optimiser's limit).
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
        List<String> warnings) {

    /** One variance component: the SD of {@code factor}'s deviations on {@code parameter} (in {@code group}). */
    public record RandomSd(RandomFactor factor, String parameter, String group, double sd) {
    }

    public MixedFit {
        parameters = List.copyOf(parameters);
        estimates = estimates.clone();
        se = se.clone();
        notes = List.copyOf(notes);
        sds = List.copyOf(sds);
        warnings = List.copyOf(warnings);
        if (estimates.length != parameters.size() || se.length != parameters.size()
                || notes.size() != parameters.size()) {
            throw new IllegalArgumentException("one estimate, se and note per parameter");
        }
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
        return estimates[j] - RuleFit.Z_975 * se[j];
    }

    public double waldHigh(int j) {
        return estimates[j] + RuleFit.Z_975 * se[j];
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
