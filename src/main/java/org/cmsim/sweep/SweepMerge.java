package org.cmsim.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.io.OutputPaths;

/**
 * Joins the directories of a sharded sweep (or of reruns elsewhere) into one: every task folder found, and
 * the top-level files made from them exactly as an unsharded run makes them, so the merged
 * {@code results.csv} has the same bytes. The output appears complete or not at all.
 */
public final class SweepMerge {

    /** Tasks merged, and those no directory had finished. */
    public record Outcome(int tasks, int finished, List<String> missing) {
    }

    private SweepMerge() {
    }

    /**
     * Merges {@code dirs} into {@code out}, which may be neither one of them, nor hold one, nor lie inside one.
     * A task folder that is there but does not hold a finished task is refused, naming it and what is wrong.
     */
    public static Outcome merge(List<Path> dirs, Path out, boolean force, Map<String, Object> provenance)
            throws InputException, IOException, OutputException {
        OutputPaths.checkOutside(out, dirs);
        SweepPlan plan = SweepRecord.read(dirs.get(0));
        for (Path dir : dirs.subList(1, dirs.size())) {
            SweepPlan other = SweepRecord.read(dir);
            if (!other.fingerprint().equals(plan.fingerprint())) {
                throw InputException.in(dir.resolve(OutputNames.SWEEP_RECORD), "belongs to a different sweep than %s",
                        dirs.get(0));
            }
        }
        Map<String, String> errors = new HashMap<>();
        for (Path dir : dirs) {
            errors.putAll(recordedFailures(dir));
        }
        // Each task from the first directory that has it, checked before anything is written.
        Map<SweepTask, Path> sources = new LinkedHashMap<>();
        List<SweepResults.TaskRows> finished = new ArrayList<>();
        for (SweepTask task : plan.tasks()) {
            for (Path dir : dirs) {
                Path tasksDir = dir.resolve(OutputNames.SWEEP_TASKS);
                if (Files.isDirectory(tasksDir.resolve(task.id()))) {
                    try {
                        finished.add(SweepResults.read(task, tasksDir));
                    } catch (IncompleteTaskException e) {
                        throw InputException.in(e.folder(), "%s, so it is not a finished task; run its sweep again,"
                                + " which runs the task again", e.problem());
                    }
                    sources.put(task, tasksDir.resolve(task.id()));
                    errors.remove(task.id());
                    break;
                }
            }
        }
        SweepResults.checkColumns(finished);
        try (OutputDirectory target = OutputDirectory.create(out, force, dirs)) {
            Path tasksDir = target.resolve(OutputNames.SWEEP_TASKS);
            Files.createDirectories(tasksDir);
            for (Map.Entry<SweepTask, Path> source : sources.entrySet()) {
                copyTree(source.getValue(), tasksDir.resolve(source.getKey().id()));
            }
            target.writeText(OutputNames.SWEEP_RECORD, Files.readString(dirs.get(0).resolve(OutputNames.SWEEP_RECORD),
                    StandardCharsets.UTF_8));
            Map<String, Object> run = new LinkedHashMap<>(provenance);
            run.put("merged", dirs.stream().map(Path::toString).toList());
            SweepFiles.write(target::writeBytes, plan, plan.tasks(), tasksDir, errors, run);
            List<String> missing = plan.tasks().stream().filter(t -> !sources.containsKey(t)).map(SweepTask::id)
                    .toList();
            target.commit();
            return new Outcome(plan.tasks().size(), plan.tasks().size() - missing.size(), missing);
        }
    }

    /** A shard's failures.csv, task id to error, so the merged table keeps the reason (an edited one may give none). */
    private static Map<String, String> recordedFailures(Path dir) throws IOException {
        Path file = dir.resolve(OutputNames.SWEEP_FAILURES);
        Map<String, String> errors = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return errors;
        }
        List<List<String>> rows = CsvText.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            return errors;
        }
        int task = rows.get(0).indexOf("task");
        int error = rows.get(0).indexOf("error");
        if (task < 0 || error < 0) {
            return errors;
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > Math.max(task, error)) {
                errors.put(row.get(task), row.get(error));
            }
        }
        return errors;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
    }
}
