package org.cmsim.competition;

import org.cmsim.model.WorkLimits;
import org.cmsim.numeric.Parallel;

/**
 * How {@link ModelComparison} fits: bootstrap replicates (0 for none), cross-validation folds
 * (0 for none), each at most {@link WorkLimits#REPLICATES}, the seed of every random draw, and the number of
 * threads.
 */
public record FitOptions(int bootstrap, int folds, long seed, int threads) {

    public static FitOptions defaults() {
        return new FitOptions(0, 0, 1, Parallel.defaultThreads());
    }

    public FitOptions {
        if (bootstrap < 0 || folds < 0 || folds == 1 || threads < 1) {
            throw new IllegalArgumentException("bootstrap >= 0, folds 0 or >= 2, threads >= 1");
        }
        if (bootstrap > WorkLimits.REPLICATES || folds > WorkLimits.REPLICATES) {
            throw new IllegalArgumentException("bootstrap replicates and folds at most " + WorkLimits.REPLICATES);
        }
    }

    public FitOptions withBootstrap(int value) {
        return new FitOptions(value, folds, seed, threads);
    }

    public FitOptions withSeed(long value) {
        return new FitOptions(bootstrap, folds, value, threads);
    }

    public FitOptions withThreads(int value) {
        return new FitOptions(bootstrap, folds, seed, value);
    }
}
