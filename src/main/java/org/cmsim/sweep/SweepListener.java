package org.cmsim.sweep;

/** Hears of each finished task; the command line prints a line per task. Library code never prints. */
@FunctionalInterface
public interface SweepListener {

    /**
     * @param done tasks finished so far in this run (of {@code total} to run)
     * @param secondsLeft estimated from the mean time per finished task so far; NaN before the first
     */
    void taskFinished(String task, int done, int total, double secondsElapsed, double secondsLeft);

    SweepListener SILENT = (task, done, total, elapsed, left) -> { };
}
