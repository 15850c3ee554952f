package org.cmsim.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SamplingTest {

    /** Up to the Bernoulli limit the draws are the ones cmsim has always made: a sum of Bernoulli draws. */
    @Test
    void smallBinomialsKeepTheirDraws() {
        for (long n : new long[] {0, 1, 17, Sampling.BERNOULLI_LIMIT}) {
            SplittableRandom a = new SplittableRandom(9);
            SplittableRandom b = new SplittableRandom(9);
            for (int r = 0; r < 50; r++) {
                long bernoulli = 0;
                for (long t = 0; t < n; t++) {
                    bernoulli += b.nextDouble() < 0.37 ? 1 : 0;
                }
                assertEquals(bernoulli, Sampling.binomial(a, n, 0.37), "n = " + n);
            }
        }
    }

    /**
     * The recursive method against the exact binomial distribution (commons-math3's probabilities): a
     * chi-square test over cells of at least 5 expected draws, at the 99.9% point of its degrees of freedom.
     */
    @Test
    void largeBinomialsFollowTheExactDistribution() {
        long[][] cases = {{1_000, 300}, {5_000, 20}, {100_000, 970}};   // n, 1000 x p
        for (long[] c : cases) {
            int n = (int) c[0];
            double p = c[1] / 1000.0;
            BinomialDistribution exact = new BinomialDistribution(null, n, p);
            SplittableRandom random = new SplittableRandom(n);
            int draws = 40_000;
            long[] seen = new long[n + 1];
            for (int d = 0; d < draws; d++) {
                seen[(int) Sampling.binomial(random, n, p)]++;
            }
            // Pool the tails so that every cell expects at least 5 draws.
            double chiSquare = 0;
            int cells = 0;
            double expected = 0;
            long observed = 0;
            for (int k = 0; k <= n; k++) {
                expected += draws * exact.probability(k);
                observed += seen[k];
                if (expected >= 5 && draws * exact.cumulativeProbability(k) <= draws - 5) {
                    chiSquare += (observed - expected) * (observed - expected) / expected;
                    cells++;
                    expected = 0;
                    observed = 0;
                }
            }
            chiSquare += expected > 0 ? (observed - expected) * (observed - expected) / expected : 0;
            cells += expected > 0 ? 1 : 0;
            double critical = new org.apache.commons.math3.distribution.ChiSquaredDistribution(null, cells - 1)
                    .inverseCumulativeProbability(0.999);
            assertTrue(chiSquare < critical, "n " + n + " p " + p + ": chi-square " + chiSquare + " over " + cells
                    + " cells, 99.9% point " + critical);
        }
    }

    /**
     * Counts beyond any loop (2^62 trials, the hardening issue's corpus): the draw comes back, and the
     * mean of 400 draws lies within 4 standard errors of n p. The timeout only guards against a hang
     * (a loop per trial would run for centuries); it measures no speed.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hugeBinomialsTakeLogarithmicTime() {
        long n = 1L << 62;
        double p = 0.25;
        SplittableRandom random = new SplittableRandom(3);
        int draws = 400;
        double sum = 0;
        for (int d = 0; d < draws; d++) {
            long k = Sampling.binomial(random, n, p);
            assertTrue(k >= 0 && k <= n);
            sum += k;
        }
        double mean = sum / draws;
        double standardError = Math.sqrt(n * p * (1 - p) / draws);
        assertEquals(n * p, mean, 4 * standardError);
        assertEquals(0, Sampling.binomial(random, n, 0));
        assertEquals(n, Sampling.binomial(random, n, 1));
    }

    /** Marsaglia-Tsang gammas: mean and variance both equal the shape (4 standard errors), small and huge shapes. */
    @Test
    void gammaHasItsMeanAndVariance() {
        for (double shape : new double[] {1, 2.5, 40, 1e6, 1e15}) {
            SplittableRandom random = new SplittableRandom(11);
            int n = 50_000;
            double sum = 0;
            double sumSquares = 0;
            for (int i = 0; i < n; i++) {
                double g = Sampling.gamma(random, shape);
                sum += g;
                sumSquares += (g - shape) * (g - shape);
            }
            double mean = sum / n;
            assertEquals(shape, mean, 4 * Math.sqrt(shape / n), "mean at shape " + shape);
            double variance = sumSquares / n;
            // Var of the sample variance of a gamma: (kurtosis excess 6/shape + 2) shape^2 / n.
            assertEquals(shape, variance, 4 * shape * Math.sqrt((2 + 6 / shape) / n), "variance at shape " + shape);
        }
    }

    @Test
    void logOnePlusMinusIdentityIsAccurateNearZero() {
        for (double y : new double[] {1e-12, -3e-9, 2e-5, -7e-4, 0.01, -0.5, 3}) {
            double exact = new java.math.BigDecimal(Math.log1p(y)).doubleValue() - y;
            double series = -y * y / 2 + y * y * y / 3 - y * y * y * y / 4 + Math.pow(y, 5) / 5 - Math.pow(y, 6) / 6;
            double reference = Math.abs(y) < 1e-3 ? series : exact;
            assertEquals(reference, Sampling.logOnePlusMinusIdentity(y), Math.abs(reference) * 1e-12, "y = " + y);
        }
    }

    @Test
    void binomialRejectsANegativeCountOrAMissingProbability() {
        SplittableRandom random = new SplittableRandom(1);
        IllegalArgumentException negative = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Sampling.binomial(random, -1, 0.5));
        assertEquals("binomial needs n >= 0 and a probability, got n = -1, p = 0.5", negative.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Sampling.binomial(random, 10, Double.NaN));
    }

    /**
     * A certain outcome (p = 0 or 1) takes no random numbers, whatever n: a condition that can only go one way
     * leaves the draws of the conditions after it as they were.
     */
    @Test
    void certainOutcomesTakeNoRandomNumbers() {
        for (long n : new long[] {5, 1_000, 1L << 40}) {
            SplittableRandom random = new SplittableRandom(6);
            assertEquals(0, Sampling.binomial(random, n, 0));
            assertEquals(n, Sampling.binomial(random, n, 1));
            assertEquals(new SplittableRandom(6).nextLong(), random.nextLong(), "n = " + n);
        }
    }

    /** Beta(a, b) from two gammas: mean a / (a + b) and variance ab / ((a + b)^2 (a + b + 1)), within 4 SE. */
    @Test
    void betaHasItsMeanAndVariance() {
        double[][] shapes = {{1, 1}, {3, 7}, {501, 500}};
        for (double[] shape : shapes) {
            double a = shape[0];
            double b = shape[1];
            double mean = a / (a + b);
            double variance = a * b / ((a + b) * (a + b) * (a + b + 1));
            SplittableRandom random = new SplittableRandom(2);
            int n = 40_000;
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double x = Sampling.beta(random, a, b);
                assertTrue(x > 0 && x < 1);
                sum += x;
                squares += (x - mean) * (x - mean);
            }
            assertEquals(mean, sum / n, 4 * Math.sqrt(variance / n), "mean of Beta(" + a + ", " + b + ")");
            // The sample variance's SE is at most sqrt(2 / n) variance times the kurtosis term, below 1.5 here.
            assertEquals(variance, squares / n, 4 * 1.5 * variance * Math.sqrt(2.0 / n), "variance");
        }
    }

    /** Job seeds come in sequence from the run's seed: the first k of n are the k seeds of a shorter run. */
    @Test
    void seedsAreTheRunsGeneratorInSequence() {
        long[] five = Sampling.seeds(44, 5);
        SplittableRandom run = new SplittableRandom(44);
        for (long seed : five) {
            assertEquals(run.nextLong(), seed);
        }
        assertEquals(java.util.Arrays.toString(java.util.Arrays.copyOf(Sampling.seeds(44, 9), 5)),
                java.util.Arrays.toString(five));
    }
}
