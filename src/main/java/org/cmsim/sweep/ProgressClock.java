package org.cmsim.sweep;

import java.util.HashSet;
import java.util.Set;

/**
 * Counts finished tasks and estimates the time left as (elapsed / done) x (total - done): with tasks
 * of similar size running in parallel, the observed rate of completions is the best simple predictor.
 * Engines call it from any thread; a task reported twice (a Spark retry) counts once.
 */
public final class ProgressClock {

    private final int total;
    private final SweepListener listener;
    private final long start = System.nanoTime();
    private final Set<String> finished = new HashSet<>();

    public ProgressClock(int total, SweepListener listener) {
        this.total = total;
        this.listener = listener;
    }

    public synchronized void finished(String task) {
        if (!finished.add(task)) {
            return;
        }
        int done = finished.size();
        double elapsed = (System.nanoTime() - start) / 1e9;
        listener.taskFinished(task, done, total, elapsed, secondsLeft(elapsed, done, total));
    }

    static double secondsLeft(double elapsed, int done, int total) {
        return done == 0 ? Double.NaN : elapsed / done * (total - done);
    }
}
