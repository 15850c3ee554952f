package org.cmsim.sweep;

import java.util.List;

/**
 * Runs a sweep's tasks somewhere: {@link LocalEngine} on this machine's threads, or the Spark engine
 * (its own jar, found by {@link Engines} through {@link java.util.ServiceLoader}). An engine decides only
 * where and when tasks run; each task draws from its own seed, so what they compute does not depend on it.
 */
public interface SweepEngine {

    /** The name given to {@code --engine}. */
    String name();

    /** Fails when what the engine needs (Spark's libraries) is not on the class path. */
    default void check() throws EngineUnavailableException {
    }

    /**
     * Checks, before the sweep starts, that the engine can run with {@code settings}: a setting that cannot
     * be read is an {@link IllegalArgumentException}; one that names something out of reach (a cluster's
     * master that does not answer) makes the engine unavailable.
     */
    default void checkSettings(EngineSettings settings) throws EngineUnavailableException {
    }

    /**
     * Runs every task with {@code runner}, telling {@code progress} as each one finishes, and returns one
     * outcome per task (in any order).
     */
    List<TaskOutcome> execute(List<SweepTask> tasks, TaskRunner runner, EngineSettings settings, ProgressClock progress)
            throws EngineUnavailableException;
}
