package org.cmsim.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputNames;
import org.cmsim.io.Table;
import org.cmsim.report.Figure;
import org.cmsim.report.FigureFormat;

/**
 * The files at the top of a sweep directory, made from its finished task folders: {@code results.csv},
 * {@code failures.csv}, {@code summary.csv} with {@code figures/}, and {@code manifest.json}.
 */
final class SweepFiles {

    /** Where the files go: straight into a live sweep directory, or into a merge's staging directory. */
    interface Sink {
        void write(String name, byte[] bytes) throws IOException, OutputException;
    }

    private SweepFiles() {
    }

    /**
     * Writes the top-level files. Results come from every finished task in the directory (shards sharing one
     * directory see each other's); failures are the unfinished ones among {@code tasks}, those this run was
     * responsible for.
     *
     * @param errors why each unfinished task is unfinished, by task id
     * @return the number of unfinished tasks among {@code tasks}
     */
    static int write(Sink sink, SweepPlan plan, List<SweepTask> tasks, Path tasksDir, Map<String, String> errors,
            Map<String, Object> run) throws IOException, OutputException, InputException {
        Map<String, String> reasons = new HashMap<>(errors);
        List<SweepResults.TaskRows> rows = new ArrayList<>();
        Set<String> finished = new HashSet<>();
        for (SweepTask task : plan.tasks()) {
            if (Files.isDirectory(tasksDir.resolve(task.id()))) {
                try {
                    rows.add(SweepResults.read(task, tasksDir));
                    finished.add(task.id());
                } catch (IncompleteTaskException e) {
                    reasons.putIfAbsent(task.id(), e.problem());
                }
            }
        }
        List<SweepTask> unfinished = tasks.stream().filter(t -> !finished.contains(t.id())).toList();
        text(sink, OutputNames.SWEEP_RESULTS, SweepResults.table(plan.gridNames(), rows).toCsv());
        List<String> failureColumns = new ArrayList<>(plan.gridNames());
        boolean seedInGrid = plan.gridNames().contains("seed");
        failureColumns.addAll(seedInGrid ? List.of("task", "replicate", "error")
                : List.of("task", "replicate", "seed", "error"));
        Table failures = new Table(failureColumns);
        for (SweepTask task : unfinished) {
            List<Object> cells = new ArrayList<>(task.gridValues());
            cells.add(task.id());
            cells.add(task.replicate());
            if (!seedInGrid) {
                cells.add(task.seed());
            }
            cells.add(reasons.getOrDefault(task.id(), "not run"));
            failures.add(cells.toArray());
        }
        text(sink, OutputNames.SWEEP_FAILURES, failures.toCsv());
        List<SweepSummary.Cell> cells = SweepSummary.cells(plan.command(), rows);
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0).header();
        text(sink, OutputNames.SWEEP_SUMMARY,
                SweepSummary.table(plan.gridNames(), plan.command(), header, cells).toCsv());
        Set<FigureFormat> formats = figureFormats(run);
        for (Figure figure : SweepSummary.figures(plan.command(), plan.gridNames(), cells)) {
            for (FigureFormat format : formats) {
                sink.write(OutputNames.SWEEP_FIGURES + "/" + format.file(figure.name()), figure.bytes(format));
            }
        }
        Map<String, Object> manifest = new LinkedHashMap<>(run);
        manifest.put("command", plan.command().configName());
        manifest.put("grid", plan.gridNames());
        manifest.put("sweepSeed", plan.seed());
        manifest.put("fingerprint", plan.fingerprint());
        manifest.put("tasks", plan.tasks().size());
        manifest.put("tasksOfThisRun", tasks.size());
        manifest.put("finished", finished.size());
        manifest.put("failed", unfinished.size());
        manifest.put("resultsTable", plan.command().table());
        manifest.put("resultRows", rows.stream().mapToInt(r -> r.rows().size()).sum());
        text(sink, OutputNames.MANIFEST, SweepRecord.write(manifest));
        return unfinished.size();
    }

    /** Key of the run's record naming the figure formats to write (their names; SVG alone when absent). */
    static final String FIGURES = "figures";

    private static Set<FigureFormat> figureFormats(Map<String, Object> run) {
        if (!(run.get(FIGURES) instanceof List<?> names)) {
            return FigureFormat.DEFAULT;
        }
        return FigureFormat.parse(names.isEmpty() ? "none"
                : String.join(",", names.stream().map(String::valueOf).toList()));
    }

    private static void text(Sink sink, String name, String text) throws IOException, OutputException {
        sink.write(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
