package org.cmsim.competition;

import java.util.List;

/**
 * A fitted choice rule: estimates with standard errors (NaN where undefined, e.g. a rank), the
 * predicted P(n1) per design row, the maximised log-likelihood and the number of free parameters.
 * {@code notes} holds, per parameter, an empty string or a warning such as a separation flag;
 * {@code estimability} says per parameter whether the estimate exists ({@link ParameterStatus#MEASURED}),
 * runs off to infinity ({@link ParameterStatus#SEPARATED}) or has no data to tell it apart
 * ({@link ParameterStatus#ABSENT}); {@code present} is each parameter's support in tokens (NaN when
 * the rule does not count it). {@link #status} adds the threshold below which a parameter is sparse.
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
        boolean converged,
        List<ParameterStatus> estimability,
        double[] present) {

    /** 97.5% quantile of the standard normal, for 95% Wald intervals. */
    public static final double Z_975 = 1.959963984540054;

    /** A fit whose rule does not tell separated parameters apart: every parameter measured, support unknown. */
    public RuleFit(String rule, List<String> parameters, double[] estimates, double[] se, double[] predicted,
                   double logLik, int freeParameters, List<String> notes, boolean converged) {
        this(rule, parameters, estimates, se, predicted, logLik, freeParameters, notes, converged,
                java.util.Collections.nCopies(parameters.size(), ParameterStatus.MEASURED),
                unknownSupport(parameters.size()));
    }

    private static double[] unknownSupport(int k) {
        double[] present = new double[k];
        java.util.Arrays.fill(present, Double.NaN);
        return present;
    }

    public RuleFit {
        parameters = List.copyOf(parameters);
        notes = List.copyOf(notes);
        estimability = List.copyOf(estimability);
        present = present.clone();
        estimates = estimates.clone();
        se = se.clone();
        predicted = predicted.clone();
        if (estimates.length != parameters.size() || se.length != parameters.size()
                || notes.size() != parameters.size() || estimability.size() != parameters.size()
                || present.length != parameters.size()) {
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

    /** Parameter j's status with a support threshold: absent, sparse, separated or measured. */
    public ParameterStatus status(int j, double minimumSupport) {
        return ParameterStatus.of(Double.isNaN(present[j]) ? Double.POSITIVE_INFINITY : present[j],
                estimability.get(j), minimumSupport);
    }

    @Override
    public double[] present() {
        return present.clone();
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
