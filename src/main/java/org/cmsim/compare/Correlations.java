package org.cmsim.compare;

import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Agreement between two sets of numbers over the same cues: Pearson's r (linear), Spearman's rho
 * (rank) and Kendall's tau-b (pairwise order), from Commons Math, over the pairs where both values
 * are defined. NaN with fewer than three such pairs or when either side is constant, where a
 * correlation says nothing.
 */
public record Correlations(double pearson, double spearman, double kendall, int n) {

    /** The fewest parameters over which the headline shows a correlation: over fewer it describes nothing. */
    public static final int HEADLINE_MINIMUM = 5;

    /** As {@link #of}, but undefined (NaN, with the count of pairs) over fewer than {@value #HEADLINE_MINIMUM} pairs. */
    public static Correlations headline(double[] first, double[] second) {
        Correlations all = of(first, second);
        return all.n() >= HEADLINE_MINIMUM ? all : new Correlations(Double.NaN, Double.NaN, Double.NaN, all.n());
    }

    public static Correlations of(double[] first, double[] second) {
        double[][] pairs = definedPairs(first, second);
        double[] a = pairs[0];
        double[] b = pairs[1];
        if (a.length < 3 || constant(a) || constant(b)) {
            return new Correlations(Double.NaN, Double.NaN, Double.NaN, a.length);
        }
        return new Correlations(new PearsonsCorrelation().correlation(a, b),
                new SpearmansCorrelation().correlation(a, b), new KendallsCorrelation().correlation(a, b), a.length);
    }

    /**
     * Pearson's r alone, under the headline's rule (NaN over fewer than {@value #HEADLINE_MINIMUM} defined pairs or a
     * constant side): for the many replicate pairs behind the headline's interval, where rank correlations are not
     * reported.
     */
    public static double headlinePearson(double[] first, double[] second) {
        double[][] pairs = definedPairs(first, second);
        if (pairs[0].length < HEADLINE_MINIMUM || constant(pairs[0]) || constant(pairs[1])) {
            return Double.NaN;
        }
        return new PearsonsCorrelation().correlation(pairs[0], pairs[1]);
    }

    /** The values of both arrays at the positions where both are finite. */
    private static double[][] definedPairs(double[] first, double[] second) {
        int[] defined = java.util.stream.IntStream.range(0, first.length)
                .filter(i -> Double.isFinite(first[i]) && Double.isFinite(second[i])).toArray();
        return new double[][] {java.util.Arrays.stream(defined).mapToDouble(i -> first[i]).toArray(),
            java.util.Arrays.stream(defined).mapToDouble(i -> second[i]).toArray()};
    }

    private static boolean constant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }
}
