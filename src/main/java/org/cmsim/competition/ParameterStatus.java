package org.cmsim.competition;

import java.util.Locale;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;

/**
 * What the data say about one parameter of a fit, from the most to the least informative:
 * <ul>
 *   <li>{@link #MEASURED}: present often enough, and its maximum-likelihood estimate exists;</li>
 *   <li>{@link #SEPARATED}: the data separate it (Albert &amp; Anderson 1984) or cannot tell it apart
 *       from other parameters; its estimate is unbounded, so only one side of its interval is finite,
 *       and the number shown is set by the prior;</li>
 *   <li>{@link #SPARSE}: present in fewer tokens than a threshold (default {@value #DEFAULT_MINIMUM_SUPPORT}),
 *       too few to compare;</li>
 *   <li>{@link #ABSENT}: never present.</li>
 * </ul>
 * Sparse and absent parameters take part in no verdict and no headline correlation.
 */
public enum ParameterStatus {
    MEASURED, SEPARATED, SPARSE, ABSENT;

    /** Tokens (or trials) below which a present parameter counts as sparse. */
    public static final int DEFAULT_MINIMUM_SUPPORT = 20;

    /** The status of a parameter with this support, given what the fit found (measured or separated). */
    public static ParameterStatus of(double present, ParameterStatus estimability, double minimumSupport) {
        if (!(present > 0)) {
            return ABSENT;
        }
        if (present < minimumSupport) {
            return SPARSE;
        }
        return estimability == ABSENT ? SEPARATED : estimability;
    }

    /** Whether the parameter may enter a verdict or a headline correlation. */
    public boolean comparable() {
        return this == MEASURED || this == SEPARATED;
    }

    /** The name written in tables: {@code measured}, {@code separated}, ... */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Support of each parameter: the tokens (trials) of the rows where its column is non-zero, i.e.
     * where a cue points to either noun, or where a sentence has that order.
     */
    public static double[] support(Design design, Counts counts) {
        double[] present = new double[design.parameterCount()];
        for (int i = 0; i < design.rows(); i++) {
            double[] x = design.row(i);
            for (int j = 0; j < x.length; j++) {
                if (x[j] != 0) {
                    present[j] += counts.trials()[i];
                }
            }
        }
        return present;
    }
}
