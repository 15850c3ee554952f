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

    public static Outcome merge(List<Path> dirs, Path out, boolean force, Map<String, Object> provenance)
            throws InputException, IOException, OutputException {
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
        try (OutputDirectory target = OutputDirectory.create(out, force)) {
            Path tasksDir = target.resolve(OutputNames.SWEEP_TASKS);
            Files.createDirectories(tasksDir);
            for (SweepTask task : plan.tasks()) {
                for (Path dir : dirs) {
                    Path source = dir.resolve(OutputNames.SWEEP_TASKS).resolve(task.id());
                    if (Files.isDirectory(source) && !Files.exists(tasksDir.resolve(task.id()))) {
                        copyTree(source, tasksDir.resolve(task.id()));
                        errors.remove(task.id());
                    }
                }
            }
            target.writeText(OutputNames.SWEEP_RECORD, Files.readString(dirs.get(0).resolve(OutputNames.SWEEP_RECORD),
                    StandardCharsets.UTF_8));
            Map<String, Object> run = new LinkedHashMap<>(provenance);
            run.put("merged", dirs.stream().map(Path::toString).toList());
            SweepFiles.write(target::writeBytes, plan, plan.tasks(), tasksDir, errors, run);
            List<String> missing = new ArrayList<>();
            for (SweepTask task : plan.tasks()) {
                if (!Files.isDirectory(tasksDir.resolve(task.id()))) {
                    missing.add(task.id());
                }
            }
            target.commit();
            return new Outcome(plan.tasks().size(), plan.tasks().size() - missing.size(), missing);
        }
    }

    /** A shard's failures.csv, task id to error, so the merged table keeps the reason. */
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
        for (List<String> row : rows.subList(1, rows.size())) {
            errors.put(row.get(task), row.get(error));
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
