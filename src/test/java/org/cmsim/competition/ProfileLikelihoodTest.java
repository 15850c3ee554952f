package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.model.ContrastCue;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.Stimulus;
import org.cmsim.testing.CueDesigns;
import org.junit.jupiter.api.Test;

/**
 * Profile-likelihood intervals against cases worked by hand. For one parameter w with k of n
 * choices for n1, lnL(w) = k ln p + (n - k) ln(1 - p), p = 1/(1 + e^-w), and the 95% bounds solve
 * 2 (lnL(w_hat) - lnL(w)) = 3.8415. At 5 of 5 the maximum is the supremum 0, reached only as
 * w -> infinity, and the lower bound solves 10 ln(1 + e^-w) = 3.8415: w = -ln(e^0.38415 - 1) = 0.7585.
 */
class ProfileLikelihoodTest {

    private static final double BOUND_TOLERANCE = 1e-5;
    private static final double CUT = ProfileLikelihood.CHI2_95;
    private static final ContrastCue ANIMACY = new ContrastCue("animacy", 0, "animacy", 0, "animate");

    private static Stimulus sentence(Order order, int n1Animacy, int n2Animacy) {
        return new Stimulus(order, new FeatureValues(new int[] {n1Animacy}), FeatureValues.unknown(1),
                new FeatureValues(new int[] {n2Animacy}));
    }

    /** lnL of k n1 choices of n at logit w. */
    private static double binomial(long k, long n, double w) {
        double p = 1 / (1 + Math.exp(-w));
        return k * Math.log(p) + (n - k) * Math.log(1 - p);
    }

    /** The root of deviance(w) = CUT between w_hat and a far point, by bisection on the formula above. */
    private static double handBound(long k, long n, double far) {
        double best = Math.log((double) k / (n - k));
        double inside = best;
        double outside = far;
        for (int i = 0; i < 200; i++) {
            double middle = (inside + outside) / 2;
            if (2 * (binomial(k, n, best) - binomial(k, n, middle)) > CUT) {
                outside = middle;
            } else {
                inside = middle;
            }
        }
        return inside;
    }

    @Test
    void oneParameterIntervalsMatchTheHandWorkedBounds() {
        // NVN: 7 of 10 (measured); NNV: 5 of 5 (separated: the estimate runs off to +infinity).
        Design design = Design.of(List.of(sentence(Order.NVN, -1, -1), sentence(Order.NNV, -1, -1)), List.of());
        Counts counts = new Counts(new long[] {10, 5}, new long[] {7, 5});
        RuleFit fit = new MultiplicativeRule().fit(design, counts);
        assertEquals(List.of(ParameterStatus.MEASURED, ParameterStatus.SEPARATED), fit.estimability());
        List<ProfileLikelihood.Interval> intervals = ProfileLikelihood.of(design, counts, fit);

        assertEquals(handBound(7, 10, -20), intervals.get(0).low(), BOUND_TOLERANCE);
        assertEquals(handBound(7, 10, 20), intervals.get(0).high(), BOUND_TOLERANCE);
        // p in (0.3935, 0.9155): the likelihood-ratio interval for 7 of 10, on the logit scale.
        assertEquals(-0.4328, intervals.get(0).low(), 1e-4);
        assertEquals(2.3820, intervals.get(0).high(), 1e-4);

        assertEquals(-Math.log(Math.exp(CUT / 10) - 1), intervals.get(1).low(), BOUND_TOLERANCE);
        assertEquals(0.7585, intervals.get(1).low(), 1e-4);
        assertEquals(Double.POSITIVE_INFINITY, intervals.get(1).high());
    }

    @Test
    void boundsOfACoupledParameterAreWhereItsProfileDevianceCrossesTheCutOff() {
        // order=NVN on its own (7 of 10) and with animacy pointing to n1 (9 of 10): both measured.
        Design design = Design.of(List.of(sentence(Order.NVN, -1, -1), sentence(Order.NVN, 0, 1)), List.of(ANIMACY));
        Counts counts = new Counts(new long[] {10, 10}, new long[] {7, 9});
        RuleFit fit = new MultiplicativeRule().fit(design, counts);
        ProfileLikelihood.Interval animacy = ProfileLikelihood.of(design, counts, fit).get(1);
        double best = binomial(7, 10, fit.estimates()[0]) + binomial(9, 10, fit.estimates()[0] + fit.estimates()[1]);
        for (double b : new double[] {animacy.low(), animacy.high()}) {
            // Profile out order=NVN by golden-section search: an implementation independent of the class.
            double lo = -10;
            double hi = 10;
            double g = (Math.sqrt(5) - 1) / 2;
            for (int i = 0; i < 200; i++) {
                double x1 = hi - g * (hi - lo);
                double x2 = lo + g * (hi - lo);
                if (binomial(7, 10, x1) + binomial(9, 10, x1 + b) < binomial(7, 10, x2) + binomial(9, 10, x2 + b)) {
                    lo = x1;
                } else {
                    hi = x2;
                }
            }
            double a = (lo + hi) / 2;
            assertEquals(CUT, 2 * (best - binomial(7, 10, a) - binomial(9, 10, a + b)), 1e-5, "at " + b);
        }
        assertTrue(animacy.low() < fit.estimates()[1] && fit.estimates()[1] < animacy.high());
    }

    @Test
    void aParameterNeverPresentHasNoFiniteBound() {
        Design design = Design.of(List.of(sentence(Order.NVN, -1, -1)), List.of(ANIMACY));
        Counts counts = new Counts(new long[] {10}, new long[] {7});
        RuleFit fit = new MultiplicativeRule().fit(design, counts);
        assertEquals(ParameterStatus.ABSENT, fit.status(1, ParameterStatus.DEFAULT_MINIMUM_SUPPORT));
        ProfileLikelihood.Interval animacy = ProfileLikelihood.of(design, counts, fit).get(1);
        assertEquals(Double.NEGATIVE_INFINITY, animacy.low());
        assertEquals(Double.POSITIVE_INFINITY, animacy.high());
    }

    @Test
    void supportBelowTheThresholdIsSparse() {
        // animacy points either way in only 2 + 1 tokens: sparse, whatever its estimate.
        Design design = Design.of(List.of(sentence(Order.NVN, -1, -1), sentence(Order.NVN, 0, 1),
                sentence(Order.NVN, 1, 0)), List.of(ANIMACY));
        Counts counts = new Counts(new long[] {40, 2, 1}, new long[] {30, 2, 0});
        RuleFit fit = new MultiplicativeRule().fit(design, counts);
        assertEquals(3, fit.present()[1]);
        assertEquals(ParameterStatus.SPARSE, fit.status(1, ParameterStatus.DEFAULT_MINIMUM_SUPPORT));
        assertEquals(ParameterStatus.SEPARATED, fit.status(1, 3));
        assertEquals(ParameterStatus.MEASURED, fit.status(0, ParameterStatus.DEFAULT_MINIMUM_SUPPORT));
    }

    /** A cue never present adds a column no row informs: the other parameters' intervals do not move. */
    @Test
    void aCueNeverPresentLeavesTheOtherIntervalsAsTheyAre() {
        Counts counts = new Counts(new long[] {10, 10}, new long[] {7, 9});
        Design alone = CueDesigns.nvn(new int[][] {{0}, {+1}});
        Design withAbsent = CueDesigns.nvn(new int[][] {{0, 0}, {+1, 0}});
        List<ProfileLikelihood.Interval> expected = ProfileLikelihood.of(alone, counts,
                new MultiplicativeRule().fit(alone, counts));
        List<ProfileLikelihood.Interval> intervals = ProfileLikelihood.of(withAbsent, counts,
                new MultiplicativeRule().fit(withAbsent, counts));
        for (int j = 0; j < 2; j++) {
            assertEquals(expected.get(j).low(), intervals.get(j).low(), 1e-6, alone.parameters().get(j));
            assertEquals(expected.get(j).high(), intervals.get(j).high(), 1e-6, alone.parameters().get(j));
        }
        assertEquals(new ProfileLikelihood.Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
                intervals.get(2));
    }

    @Test
    void anIntervalRefusesBoundsOutOfOrder() {
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ProfileLikelihood.Interval(2, 1));
        assertEquals("interval bounds out of order: 2.0 > 1.0", error.getMessage());
        assertEquals(1, new ProfileLikelihood.Interval(1, 1).low());
    }
}
