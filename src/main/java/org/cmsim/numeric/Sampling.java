package org.cmsim.numeric;

import java.util.SplittableRandom;

/** Random draws the simulations share; every caller passes its own seeded generator. */
public final class Sampling {

    /**
     * Up to this many trials a binomial is a sum of Bernoulli draws (exact, cheap at experiment sizes,
     * and the draws cmsim has always made there); above it the recursive method takes over.
     */
    static final long BERNOULLI_LIMIT = 256;

    private Sampling() {
    }

    /**
     * Binomial(n, p) in time that grows with log n, not n: Devroye's recursive method (Devroye 1986,
     * "Non-Uniform Random Variate Generation", X.4.3). The i-th smallest of n uniforms is
     * Beta(i, n + 1 - i); if it lies at or below p, those i trials succeed and the n - i above it are
     * uniform on (x, 1), so Binomial(n - i, (p - x) / (1 - x)) of them succeed too; otherwise the i - 1
     * below it are uniform on (0, x) and Binomial(i - 1, p / x) of them succeed. With i the median the
     * trials halve at every step, down to {@value #BERNOULLI_LIMIT}.
     */
    public static long binomial(SplittableRandom random, long n, double p) {
        if (n < 0 || Double.isNaN(p)) {
            throw new IllegalArgumentException("binomial needs n >= 0 and a probability, got n = " + n + ", p = " + p);
        }
        long successes = 0;
        long trials = n;
        double q = p;
        while (trials > BERNOULLI_LIMIT && q > 0 && q < 1) {
            long i = trials / 2 + 1;
            double x = beta(random, i, trials + 1 - i);
            if (x <= q) {
                successes += i;
                trials -= i;
                q = (q - x) / (1 - x);
            } else {
                trials = i - 1;
                q = q / x;
            }
        }
        if (q <= 0) {
            return successes;
        }
        if (q >= 1) {
            return successes + trials;
        }
        for (long t = 0; t < trials; t++) {
            successes += random.nextDouble() < q ? 1 : 0;
        }
        return successes;
    }

    /** Beta(a, b) for a, b >= 1, as G_a / (G_a + G_b) with independent gammas. */
    static double beta(SplittableRandom random, double a, double b) {
        double ga = gamma(random, a);
        double gb = gamma(random, b);
        return ga / (ga + gb);
    }

    /**
     * Gamma(shape, 1) for shape >= 1: Marsaglia &amp; Tsang (2000), "A simple method for generating gamma
     * variables", with v = (1 + c x)^3; the exact test is written with log1p so that it keeps its
     * precision when the shape is as large as a corpus's token count.
     */
    static double gamma(SplittableRandom random, double shape) {
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x;
            double y;
            do {
                x = random.nextGaussian();
                y = c * x;
            } while (y <= -1);
            double v = (1 + y) * (1 + y) * (1 + y);
            double u = random.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2) {
                return d * v;
            }
            // 1 - v + ln v, with v = (1 + y)^3: 3 (ln(1 + y) - y) - 3 y^2 - y^3, without cancellation.
            double logTerm = 3 * logOnePlusMinusIdentity(y) - 3 * y * y - y * y * y;
            if (Math.log(u) < 0.5 * x2 + d * logTerm) {
                return d * v;
            }
        }
    }

    /** ln(1 + y) - y, accurate also for tiny y (series there: the difference of the two would cancel). */
    static double logOnePlusMinusIdentity(double y) {
        if (Math.abs(y) < 1e-3) {
            double y2 = y * y;
            return y2 * (-0.5 + y * (1.0 / 3 + y * (-0.25 + y * 0.2)));
        }
        return Math.log1p(y) - y;
    }

    /** Independent seeds for {@code count} jobs, derived in sequence so they do not depend on threads. */
    public static long[] seeds(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = random.nextLong();
        }
        return seeds;
    }
}
