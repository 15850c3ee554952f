package org.cmsim.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void resultsComeBackInJobOrderOnAnyNumberOfThreads() {
        for (int threads : new int[] {1, 2, 5}) {
            List<Integer> squares = Parallel.map(7, threads, i -> i * i);
            assertEquals(List.of(0, 1, 4, 9, 16, 25, 36), squares, threads + " threads");
        }
        assertEquals(List.of(), Parallel.map(0, 3, i -> i));
        assertEquals(Runtime.getRuntime().availableProcessors(), Parallel.defaultThreads());
    }

    /** One thread (or one job) runs on the caller's thread; more run on daemon workers that end with the call. */
    @Test
    void workersAreDaemonsThatStopWhenTheCallReturns() throws Exception {
        Thread caller = Thread.currentThread();
        assertEquals(List.of(caller, caller), Parallel.map(2, 1, i -> Thread.currentThread()));
        assertEquals(List.of(caller), Parallel.map(1, 4, i -> Thread.currentThread()));
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        Parallel.map(6, 2, i -> workers.add(Thread.currentThread()));
        assertFalse(workers.contains(caller));
        for (Thread worker : workers) {
            assertTrue(worker.isDaemon());
            assertEquals("cmsim-worker", worker.getName());
            // A hang guard, not a speed test: shut-down workers end at once, live pool threads never would.
            worker.join(60_000);
            assertFalse(worker.isAlive());
        }
    }

    @Test
    void aJobsFailureReachesTheCaller() {
        IllegalArgumentException bad = new IllegalArgumentException("job 3 failed");
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> Parallel.map(5, 2, i -> {
            if (i == 3) {
                throw bad;
            }
            return i;
        })));
        AssertionError error = new AssertionError("not a runtime exception");
        IllegalStateException wrapped = assertThrows(IllegalStateException.class, () -> Parallel.map(4, 2, i -> {
            throw error;
        }));
        assertSame(error, wrapped.getCause());
    }

    /**
     * Interrupted while waiting: the call gives up with IllegalStateException, keeps the interrupt flag, and
     * interrupts the jobs still running (here blocked until interrupted).
     */
    @Test
    void anInterruptedCallerStopsAndStaysInterrupted() {
        CountDownLatch never = new CountDownLatch(1);
        Thread.currentThread().interrupt();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Parallel.map(3, 2, i -> {
                        try {
                            never.await();
                        } catch (InterruptedException stopped) {
                            Thread.currentThread().interrupt();
                        }
                        return i;
                    }));
            assertEquals("interrupted", e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
