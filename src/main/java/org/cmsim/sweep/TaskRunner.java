package org.cmsim.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;

/**
 * Runs one task into {@code TASKS/<id>/} through the project's partial-output mechanism
 * ({@link OutputDirectory}): the task's config, the command's output and the task record are written into
 * a hidden partial sibling ({@code .ID.partial-PID-START-RANDOM}), which one rename moves into place when
 * the task has finished. So a folder under {@code tasks/} always holds a finished task (which is what lets
 * a rerun skip it); SIGTERM and SIGINT delete the partial on the way out, and what SIGKILL leaves is
 * removed by the next run ({@link Sweep}) unless the process that wrote it still runs. A task that fails
 * leaves no folder and comes back as a failure with the command's error message; it never stops the other
 * tasks.
 *
 * <p>Serializable with its command runner, so that a Spark executor can run tasks with it; the tasks
 * folder must then be on a file system the executors share.
 */
public final class TaskRunner implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Where, inside the partial task folder, the command writes its own output (its --out). */
    private static final String COMMAND_OUTPUT = "out";

    private final String tasksDirectory;
    private final Commands commands;

    public TaskRunner(Path tasksDirectory, Commands commands) {
        this.tasksDirectory = tasksDirectory.toAbsolutePath().toString();
        this.commands = commands;
    }

    public TaskOutcome run(SweepTask task) {
        Path target = Path.of(tasksDirectory).resolve(task.id());
        if (Files.isDirectory(target)) {
            return TaskOutcome.done(task);
        }
        try (OutputDirectory folder = OutputDirectory.create(target, false)) {
            folder.writeText(OutputNames.TASK_CONFIG, task.config());
            Path out = folder.resolve(COMMAND_OUTPUT);
            List<String> arguments = task.command().arguments(folder.resolve(OutputNames.TASK_CONFIG), out);
            StringWriter err = new StringWriter();
            int code = commands.execute(arguments.toArray(String[]::new), new PrintWriter(new StringWriter()),
                    new PrintWriter(err));
            if (code != 0) {
                return TaskOutcome.failed(task, "exit " + code + ": " + firstLines(err.toString()));
            }
            // The command's files become the task folder's own, beside the config: renames inside the partial.
            try (Stream<Path> files = Files.list(out)) {
                for (Path file : files.toList()) {
                    Files.move(file, folder.resolve(file.getFileName().toString()));
                }
            }
            Files.delete(out);
            folder.writeText(OutputNames.TASK_RECORD, SweepRecord.taskJson(task));
            folder.commit();
            return TaskOutcome.done(task);
        } catch (OutputException e) {
            return TaskOutcome.failed(task, e.getMessage());
        } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
            return TaskOutcome.failed(task, e.toString());
        }
    }

    /** The error lines the command printed, without its usage hint; a stack trace is cut to its head. */
    private static String firstLines(String err) {
        List<String> lines = err.lines().filter(l -> !l.isBlank() && !l.startsWith("Try 'cmsim")).limit(3).toList();
        return String.join(" | ", lines);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
