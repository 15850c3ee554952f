package org.cmsim.competition;

import java.util.SplittableRandom;

/** Random draws the simulations share; every caller passes its own seeded generator. */
final class Sampling {

    private Sampling() {
    }

    /** Binomial(n, p) as a sum of n Bernoulli draws: exact, and cheap at experiment sizes. */
    static long binomial(SplittableRandom random, long n, double p) {
        if (p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        long k = 0;
        for (long t = 0; t < n; t++) {
            k += random.nextDouble() < p ? 1 : 0;
        }
        return k;
    }

    /** Independent seeds for {@code count} jobs, derived in sequence so they do not depend on threads. */
    static long[] seeds(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = random.nextLong();
        }
        return seeds;
    }
}
