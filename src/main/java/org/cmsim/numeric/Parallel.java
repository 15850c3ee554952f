package org.cmsim.numeric;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs independent jobs 0..n-1 on a fixed number of threads and returns their results in job order.
 * Each job must draw only from its own seed, so the results do not depend on the thread count.
 */
public final class Parallel {

    private Parallel() {
    }

    /** All available processors: the default for {@code --threads}. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static <T> List<T> map(int n, int threads, IntFunction<T> job) {
        if (threads <= 1 || n <= 1) {
            List<T> results = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                results.add(job.apply(i));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), runnable -> {
            Thread thread = new Thread(runnable, "cmsim-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                final int index = i;
                futures.add(pool.submit(() -> job.apply(index)));
            }
            List<T> results = new ArrayList<>(n);
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
