package org.cmsim.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputFile;
import org.cmsim.io.OutputNames;
import org.cmsim.io.OutputPaths;
import org.cmsim.io.PartialOutputs;

/**
 * Runs a sweep into a directory that persists between runs: {@code tasks/<task>/} appears as each task
 * finishes, so a rerun (after a crash, or after fixing what made tasks fail) runs only what is missing. The
 * top-level files are rewritten, each one atomically, at the end of every run. The directory is tied to its
 * plan by {@code sweep.json}: a different sweep is refused rather than mixed in.
 *
 * <p>Everything is written through the project's partial-output mechanism ({@link TaskRunner} for task
 * folders, {@link OutputFile} for the files), so an interrupted sweep leaves nothing half-written: SIGTERM
 * and SIGINT delete the partials on the way out, and a rerun removes what a killed run left (and says so),
 * keeping the partials of processes still running, such as another shard writing into the same directory.
 */
public final class Sweep {

    /**
     * What a run did: tasks of this shard, how many it found finished, ran, and how many are still unfinished;
     * {@code cleaned} says what killed earlier runs had left and this one removed.
     */
    public record Outcome(int tasks, int skipped, int ran, int unfinished, List<TaskOutcome> failures,
            List<String> cleaned) {
        public Outcome {
            failures = List.copyOf(failures);
            cleaned = List.copyOf(cleaned);
        }
    }

    private Sweep() {
    }

    public static Outcome run(SweepPlan plan, Path dir, Shard shard, SweepEngine engine, EngineSettings settings,
            Commands commands, boolean force, Map<String, Object> provenance, SweepListener listener)
            throws IOException, OutputException, InputException, EngineUnavailableException, SweepBusyException {
        return run(plan, dir, List.of(), shard, engine, settings, commands, force, provenance, listener);
    }

    /**
     * Runs the sweep into {@code dir}, which may not be or hold one of its {@code inputs} (the sweep file,
     * the config and its data): replacing an earlier sweep's directory would delete them. While it runs it
     * holds its tasks' locks ({@link SweepLock}): a run that would write the same tasks is refused.
     */
    public static Outcome run(SweepPlan plan, Path dir, List<Path> inputs, Shard shard, SweepEngine engine,
            EngineSettings settings, Commands commands, boolean force, Map<String, Object> provenance,
            SweepListener listener)
            throws IOException, OutputException, InputException, EngineUnavailableException, SweepBusyException {
        OutputPaths.checkTarget(dir, inputs);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputException(dir + ": exists and is not a directory");
        }
        // Creates the directory, and removes a sweep.json left half-written by a killed run.
        List<String> cleaned = new ArrayList<>(OutputFile.check(dir.resolve(OutputNames.SWEEP_RECORD), true));
        // Never leave a lock file in a directory that is not a sweep's.
        if (!Files.exists(SweepLock.file(dir))) {
            refuseForeign(dir);
        }
        try (SweepLock lock = SweepLock.open(dir)) {
            Path tasksDir = prepare(plan, dir, force, lock);
            cleaned.addAll(cleanStale(dir, tasksDir));
            List<SweepTask> mine = plan.tasks(shard);
            List<SweepTask> pending = new ArrayList<>();
            Map<SweepTask, IncompleteTaskException> incomplete = new LinkedHashMap<>();
            for (SweepTask task : mine) {
                if (!Files.isDirectory(tasksDir.resolve(task.id()))) {
                    pending.add(task);
                } else {
                    try {
                        SweepResults.read(task, tasksDir);
                    } catch (IncompleteTaskException e) {
                        pending.add(task);
                        incomplete.put(task, e);
                    }
                }
            }
            lock.claim(pending);
            // A folder that lacks what a finished task leaves is not a finished task: it runs again.
            for (IncompleteTaskException e : incomplete.values()) {
                TaskRunner.deleteTree(e.folder());
                cleaned.add("removed " + e.folder() + " (" + e.problem() + "); the task runs again");
            }
            lock.setUp();
            List<TaskOutcome> outcomes = pending.isEmpty() ? List.of()
                    : engine.execute(pending, new TaskRunner(tasksDir, commands), settings,
                            new ProgressClock(pending.size(), listener));
            Map<String, String> errors = new HashMap<>();
            outcomes.stream().filter(o -> o.status() == TaskOutcome.Status.FAILED)
                    .forEach(o -> errors.put(o.id(), o.error()));
            Map<String, Object> run = new LinkedHashMap<>(provenance);
            run.put("engine", engine.name());
            run.put("shard", shard.toString());
            int unfinished = SweepFiles.write((name, bytes) -> atomic(dir.resolve(name), bytes), plan, mine, tasksDir,
                    errors, run);
            List<TaskOutcome> failures = outcomes.stream().filter(o -> o.status() == TaskOutcome.Status.FAILED)
                    .sorted(Comparator.comparingInt(TaskOutcome::index)).toList();
            return new Outcome(mine.size(), mine.size() - pending.size(), pending.size(), unfinished, failures,
                    cleaned);
        }
    }

    /** Refuses a directory that holds something, but no sweep: replacing or adding to it is never right. */
    private static void refuseForeign(Path dir) throws IOException, OutputException {
        if (!Files.isRegularFile(dir.resolve(OutputNames.SWEEP_RECORD)) && !entries(dir).isEmpty()) {
            throw new OutputException(dir + ": holds something other than a sweep; choose another directory");
        }
    }

    /** What {@code dir} holds, its lock file aside. */
    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().equals(OutputNames.SWEEP_LOCK)).toList();
        }
    }

    /**
     * Checks that the directory holds this sweep, or nothing (then writes its {@code sweep.json}); with
     * {@code force}, replaces one of a different sweep, unless another run writes into it. A record that
     * cannot be read is refused, naming the field that is wrong, unless {@code force}.
     */
    private static Path prepare(SweepPlan plan, Path dir, boolean force, SweepLock lock)
            throws IOException, OutputException, InputException, SweepBusyException {
        Path record = dir.resolve(OutputNames.SWEEP_RECORD);
        if (Files.isRegularFile(record)) {
            boolean same;
            try {
                same = SweepRecord.read(dir).fingerprint().equals(plan.fingerprint());
            } catch (InputException e) {
                if (!force) {
                    throw e;
                }
                same = false;
            }
            if (!same) {
                if (!force) {
                    throw OutputException.exists(dir + ": holds a different sweep");
                }
                // Replacing is for an earlier sweep's directory only, never other files or the working directory.
                if (Path.of("").toAbsolutePath().startsWith(dir.toAbsolutePath().normalize())) {
                    throw new OutputException(dir + ": contains the working directory, which replacing it would"
                            + " delete");
                }
                lock.own();
                for (Path entry : entries(dir)) {
                    TaskRunner.deleteTree(entry);
                }
            }
        } else {
            refuseForeign(dir);
        }
        // The record first: a directory killed before it has one would look like something other than a sweep.
        if (!Files.isRegularFile(record)) {
            atomic(record, SweepRecord.json(plan).getBytes(StandardCharsets.UTF_8));
        }
        Path tasks = dir.resolve(OutputNames.SWEEP_TASKS);
        Files.createDirectories(tasks);
        return tasks;
    }

    /** Removes what killed runs left: partial task folders, and partial top-level files and figures. */
    private static List<String> cleanStale(Path dir, Path tasksDir) throws IOException {
        List<String> cleaned = new ArrayList<>();
        for (Path place : List.of(dir, tasksDir, dir.resolve(OutputNames.SWEEP_FIGURES))) {
            cleaned.addAll(PartialOutputs.cleanStaleWithin(place));
        }
        return cleaned;
    }

    static void atomic(Path file, byte[] bytes) throws IOException, OutputException {
        OutputFile.write(file, (OutputStream out) -> out.write(bytes));
    }
}
