package org.cmsim.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputFile;
import org.cmsim.io.OutputNames;
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
            throws IOException, OutputException, EngineUnavailableException {
        return run(plan, dir, List.of(), shard, engine, settings, commands, force, provenance, listener);
    }

    /**
     * Runs the sweep into {@code dir}, which may not be or hold one of its {@code inputs} (the sweep file,
     * the config and its data): replacing an earlier sweep's directory would delete them.
     */
    public static Outcome run(SweepPlan plan, Path dir, List<Path> inputs, Shard shard, SweepEngine engine,
            EngineSettings settings, Commands commands, boolean force, Map<String, Object> provenance,
            SweepListener listener) throws IOException, OutputException, EngineUnavailableException {
        org.cmsim.io.OutputPaths.checkTarget(dir, inputs);
        List<String> cleaned = new ArrayList<>();
        Path tasksDir = prepare(plan, dir, force, cleaned);
        cleaned.addAll(cleanStale(dir, tasksDir));
        List<SweepTask> mine = plan.tasks(shard);
        List<SweepTask> pending = mine.stream().filter(t -> !Files.isDirectory(tasksDir.resolve(t.id()))).toList();
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
                .sorted(java.util.Comparator.comparingInt(TaskOutcome::index)).toList();
        return new Outcome(mine.size(), mine.size() - pending.size(), pending.size(), unfinished, failures, cleaned);
    }

    /**
     * Creates the directory with its {@code sweep.json}, or checks that an existing one holds this sweep. A
     * {@code sweep.json} left half-written by a killed run is removed first (added to {@code cleaned}), so
     * that the directory it was meant for is still taken for a new sweep's.
     */
    private static Path prepare(SweepPlan plan, Path dir, boolean force, List<String> cleaned)
            throws IOException, OutputException {
        Path record = dir.resolve(OutputNames.SWEEP_RECORD);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputException(dir + ": exists and is not a directory");
        }
        cleaned.addAll(OutputFile.check(record, true));
        if (Files.isDirectory(dir)) {
            boolean same = Files.isRegularFile(record)
                    && Files.readString(record, StandardCharsets.UTF_8).contains("\"" + plan.fingerprint() + "\"");
            boolean empty;
            try (var entries = Files.list(dir)) {
                empty = entries.findAny().isEmpty();
            }
            if (!same && !empty) {
                // Replacing is for an earlier sweep's directory only, never other files or the working directory.
                if (!Files.isRegularFile(record)) {
                    throw new OutputException(dir + ": holds something other than a sweep; choose another directory");
                }
                if (!force) {
                    throw OutputException.exists(dir + ": holds a different sweep");
                }
                if (Path.of("").toAbsolutePath().startsWith(dir.toAbsolutePath().normalize())) {
                    throw new OutputException(dir + ": contains the working directory, which replacing it would"
                            + " delete");
                }
                TaskRunner.deleteTree(dir);
            }
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
