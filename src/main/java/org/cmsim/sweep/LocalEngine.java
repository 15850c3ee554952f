package org.cmsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs tasks on a fixed pool of threads in this JVM (the default engine). */
public final class LocalEngine implements SweepEngine {

    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<TaskOutcome> execute(List<SweepTask> tasks, TaskRunner runner, EngineSettings settings,
            ProgressClock progress) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), tasks.size()), runnable -> {
            Thread thread = new Thread(runnable, "cmsim-sweep");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletionService<TaskOutcome> completion = new ExecutorCompletionService<>(pool);
            for (SweepTask task : tasks) {
                completion.submit(() -> runner.run(task));
            }
            List<TaskOutcome> outcomes = new ArrayList<>(tasks.size());
            for (int i = 0; i < tasks.size(); i++) {
                TaskOutcome outcome = completion.take().get();
                progress.finished(outcome.id());
                outcomes.add(outcome);
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // TaskRunner.run catches the task's own errors; what reaches here is a bug in the sweep itself.
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
