package org.cmsim.competition;

import java.util.List;

/**
 * A fitted choice rule: estimates with standard errors (NaN where undefined, e.g. a rank), the
 * predicted P(n1) per design row, the maximised log-likelihood and the number of free parameters.
 * {@code notes} holds, per parameter, an empty string or a warning such as a separation flag.
 */
public record RuleFit(
        String rule,
        List<String> parameters,
        double[] estimates,
        double[] se,
        double[] predicted,
        double logLik,
        int freeParameters,
        List<String> notes,
        boolean converged) {

    /** 97.5% quantile of the standard normal, for 95% Wald intervals. */
    public static final double Z_975 = 1.959963984540054;

    public RuleFit {
        parameters = List.copyOf(parameters);
        notes = List.copyOf(notes);
        estimates = estimates.clone();
        se = se.clone();
        predicted = predicted.clone();
        if (estimates.length != parameters.size() || se.length != parameters.size()
                || notes.size() != parameters.size()) {
            throw new IllegalArgumentException("one estimate, se and note per parameter");
        }
    }

    public double estimate(String parameter) {
        return estimates[index(parameter)];
    }

    public double se(String parameter) {
        return se[index(parameter)];
    }

    public int index(String parameter) {
        int i = parameters.indexOf(parameter);
        if (i < 0) {
            throw new IllegalArgumentException("no parameter " + parameter + " in " + parameters);
        }
        return i;
    }

    public double waldLow(int i) {
        return estimates[i] - Z_975 * se[i];
    }

    public double waldHigh(int i) {
        return estimates[i] + Z_975 * se[i];
    }

    /** True when some parameter carries a warning (separation, confounding). */
    public boolean flagged() {
        return notes.stream().anyMatch(note -> !note.isEmpty());
    }

    @Override
    public double[] estimates() {
        return estimates.clone();
    }

    @Override
    public double[] se() {
        return se.clone();
    }

    @Override
    public double[] predicted() {
        return predicted.clone();
    }
}
