package org.cmsim.model;

/**
 * The largest values cmsim accepts for the settings that multiply its work. Each lies far above what a study
 * needs and low enough that a slip of the keyboard (2000000000 for 2000) is refused at once, naming the setting
 * and its limit, instead of planning silently for minutes or running out of memory an hour later. The user
 * guide lists them (exit-codes.md, "Limits").
 */
public final class WorkLimits {

    /**
     * Replicates of any kind: bootstrap resamples ({@code fit --bootstrap}, {@code run --bootstrap}, which are also
     * the learning orders of early learning), attention heads and their resamples ({@code run --seeds},
     * {@code --head-resamples} and their product), cross-validation folds, recovery data sets and the replicates of
     * a sweep. Each replicate is a whole fit; a hundred thousand of them is hours of work already, and their
     * results are kept in memory until they are summarised.
     */
    public static final int REPLICATES = 100_000;

    /**
     * Tasks of one sweep (grid points times replicates). The plan holds each task's config, a few kilobytes, in
     * memory before the first task starts: a hundred thousand tasks take about half a gigabyte.
     */
    public static final int SWEEP_TASKS = 100_000;

    /**
     * Sentences presented to an error-driven learner: about as many as a person hears in a lifetime, and about a
     * minute of learning per rule on a small design.
     */
    public static final long PRESENTATIONS = 1_000_000_000L;

    /** Checkpoints of a learning trajectory: each is a row per learner and parameter of the tables and plots. */
    public static final int CHECKPOINTS = 10_000;

    /**
     * Passes of the attention head over its examples: early stopping usually ends training long before; ten million
     * passes over even a small corpus take hours, and a number past it is a slip.
     */
    public static final int EPOCHS = 10_000_000;

    /**
     * Choices simulated in one data set (subjects x conditions x trials). {@code simulate} writes one CSV row per
     * choice, and a fit reads each back at a few hundred bytes of memory; ten million is far beyond any experiment
     * and still fits a default Java heap.
     */
    public static final long SIMULATED_TRIALS = 10_000_000L;

    private WorkLimits() {
    }
}
