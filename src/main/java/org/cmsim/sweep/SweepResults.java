package org.cmsim.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cmsim.io.Table;

/**
 * The sweep's tidy table, {@code results.csv}: one row per finished task and row of its command's main
 * table, the grid settings first, then {@code task}, then the table's own columns with their cells copied
 * unchanged. Rows follow the sweep's task order, then the command's own row order, so the bytes depend only
 * on what the tasks computed, not on which engine, thread or shard ran them.
 */
public final class SweepResults {

    /** One finished task's rows of its command's main table. */
    record TaskRows(SweepTask task, List<String> header, List<List<String>> rows) {
    }

    private SweepResults() {
    }

    /** Reads the main table of each finished task, in task order. */
    static List<TaskRows> read(List<SweepTask> finished, Path tasksDir) throws IOException {
        List<TaskRows> all = new ArrayList<>();
        for (SweepTask task : finished) {
            Path file = tasksDir.resolve(task.id()).resolve(task.command().table());
            List<List<String>> lines = CsvText.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (lines.isEmpty()) {
                throw new IOException(file + ": empty table");
            }
            List<String> header = lines.get(0);
            all.add(new TaskRows(task, header, select(task.command(), header, lines.subList(1, lines.size()))));
        }
        return all;
    }

    static Table table(List<String> gridNames, List<TaskRows> tasks) {
        List<String> columns = new ArrayList<>(gridNames);
        columns.add("task");
        List<String> header = tasks.isEmpty() ? List.of() : tasks.get(0).header();
        columns.addAll(header);
        Table table = new Table(columns);
        for (TaskRows task : tasks) {
            if (!task.header().equals(header)) {
                throw new IllegalStateException("task " + task.task().id() + " wrote columns " + task.header()
                        + ", the first task " + header);
            }
            for (List<String> row : task.rows()) {
                List<Object> cells = new ArrayList<>(task.task().gridValues());
                cells.add(task.task().id());
                cells.addAll(row);
                table.add(cells.toArray());
            }
        }
        return table;
    }

    /** All rows, or for a trajectory only those at each learner's last step. */
    private static List<List<String>> select(SweptCommand command, List<String> header, List<List<String>> rows) {
        if (command.rows() == SweptCommand.Rows.ALL) {
            return List.copyOf(rows);
        }
        int step = header.indexOf("step");
        int learner = header.indexOf("learner");
        java.util.Map<String, Long> last = new java.util.HashMap<>();
        for (List<String> row : rows) {
            last.merge(row.get(learner), Long.parseLong(row.get(step)), Math::max);
        }
        return rows.stream().filter(r -> Long.parseLong(r.get(step)) == last.get(r.get(learner))).toList();
    }
}
