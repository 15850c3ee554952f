package org.cmsim.sweep;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputNames;
import org.cmsim.io.Table;

/**
 * The sweep's tidy table, {@code results.csv}: one row per finished task and row of its command's main
 * table, the grid settings first, then {@code task}, then the table's own columns with their cells copied
 * unchanged. Rows follow the sweep's task order, then the command's own row order, so the bytes depend only
 * on what the tasks computed, not on which engine, thread or shard ran them.
 */
public final class SweepResults {

    /** One finished task's rows of its command's main table, read from {@code file}. */
    record TaskRows(SweepTask task, Path file, List<String> header, List<List<String>> rows) {
    }

    private SweepResults() {
    }

    /**
     * Reads a finished task's main table, checking that its folder holds what a finished task leaves: the
     * task record (written last) and the table, with the columns a sweep reads and a number, or nothing, in
     * each measure's cell.
     */
    static TaskRows read(SweepTask task, Path tasksDir) throws IncompleteTaskException, IOException {
        Path folder = tasksDir.resolve(task.id());
        if (!Files.isRegularFile(folder.resolve(OutputNames.TASK_RECORD))) {
            throw new IncompleteTaskException(folder, "has no " + OutputNames.TASK_RECORD
                    + ", which a task writes when it has finished");
        }
        String name = task.command().table();
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IncompleteTaskException(folder, "has no " + name);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IncompleteTaskException(folder, name + " is not UTF-8 text");
        }
        List<List<String>> lines = CsvText.parse(text);
        if (lines.isEmpty()) {
            throw new IncompleteTaskException(folder, name + " is empty");
        }
        List<String> header = lines.get(0);
        List<String> missing = task.command().columnsRead().stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IncompleteTaskException(folder, name + " has the columns " + String.join(",", header)
                    + ", without " + String.join(", ", missing));
        }
        List<List<String>> rows = lines.subList(1, lines.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String line = name + " line " + (r + 2);
            if (row.size() != header.size()) {
                throw new IncompleteTaskException(folder, line + " has " + row.size() + " cells, the header "
                        + header.size());
            }
            for (String column : task.command().numberColumns()) {
                String cell = row.get(header.indexOf(column));
                boolean step = column.equals(SweptCommand.STEP);
                // An empty measure is an undefined value; a row without its step cannot be placed.
                if (cell.isEmpty() ? step : !isNumber(cell, step)) {
                    throw new IncompleteTaskException(folder, line + ": " + column + " '" + cell
                            + "' is not a number");
                }
            }
        }
        return new TaskRows(task, file, header, select(task.command(), header, rows));
    }

    private static boolean isNumber(String cell, boolean whole) {
        try {
            if (whole) {
                Long.parseLong(cell);
            } else {
                Double.parseDouble(cell);
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The results of finished tasks, in their order; all must have the same columns ({@link #checkColumns}). */
    static Table table(List<String> gridNames, List<TaskRows> tasks) throws InputException {
        checkColumns(tasks);
        List<String> columns = new ArrayList<>(gridNames);
        columns.add("task");
        columns.addAll(tasks.isEmpty() ? List.of() : tasks.get(0).header());
        Table table = new Table(columns);
        for (TaskRows task : tasks) {
            for (List<String> row : task.rows()) {
                List<Object> cells = new ArrayList<>(task.task().gridValues());
                cells.add(task.task().id());
                cells.addAll(row);
                table.add(cells.toArray());
            }
        }
        return table;
    }

    /** Refuses tasks whose tables differ in their columns, naming a table of each kind. */
    static void checkColumns(List<TaskRows> tasks) throws InputException {
        if (tasks.isEmpty()) {
            return;
        }
        TaskRows first = tasks.get(0);
        for (TaskRows task : tasks) {
            if (!task.header().equals(first.header())) {
                throw InputException.in(task.file(), "has the columns %s, but %s has %s; delete the folder of the"
                        + " task that is wrong and run the sweep again", String.join(",", task.header()),
                        first.file(), String.join(",", first.header()));
            }
        }
    }

    /** All rows, or for a trajectory only those at each learner's last step. */
    private static List<List<String>> select(SweptCommand command, List<String> header, List<List<String>> rows) {
        if (command.rows() == SweptCommand.Rows.ALL) {
            return List.copyOf(rows);
        }
        int step = header.indexOf(SweptCommand.STEP);
        int learner = header.indexOf("learner");
        java.util.Map<String, Long> last = new java.util.HashMap<>();
        for (List<String> row : rows) {
            last.merge(row.get(learner), Long.parseLong(row.get(step)), Math::max);
        }
        return rows.stream().filter(r -> Long.parseLong(r.get(step)) == last.get(r.get(learner))).toList();
    }
}
