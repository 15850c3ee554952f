package org.cmsim.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs one task into {@code TASKS/<id>/}: writes the task's config, runs the command on it, and moves the
 * finished folder into place in one rename, so a folder under {@code tasks/} always holds a finished task
 * (which is what lets a rerun skip it). A task that fails leaves no folder and comes back as a failure
 * with the command's error message; it never stops the other tasks.
 *
 * <p>Serializable with its command runner, so that a Spark executor can run tasks with it; the tasks
 * folder must then be on a file system the executors share.
 */
public final class TaskRunner implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The config the task ran with, and what the task is, written beside the command's own output. */
    public static final String CONFIG_FILE = "sweep-config.json";
    public static final String TASK_FILE = "sweep-task.json";
    private static final String PARTIAL = ".partial-";

    private final String tasksDirectory;
    private final Commands commands;

    public TaskRunner(Path tasksDirectory, Commands commands) {
        this.tasksDirectory = tasksDirectory.toAbsolutePath().toString();
        this.commands = commands;
    }

    public TaskOutcome run(SweepTask task) {
        Path tasks = Path.of(tasksDirectory);
        Path target = tasks.resolve(task.id());
        if (Files.isDirectory(target)) {
            return TaskOutcome.done(task);
        }
        Path staging = null;
        try {
            staging = Files.createTempDirectory(tasks, "." + task.id() + PARTIAL);
            Path config = staging.resolve(CONFIG_FILE);
            Files.writeString(config, task.config(), StandardCharsets.UTF_8);
            Path out = staging.resolve("out");
            List<String> arguments = task.command().arguments(config, out);
            StringWriter err = new StringWriter();
            int code = commands.execute(arguments.toArray(String[]::new), new PrintWriter(new StringWriter()),
                    new PrintWriter(err));
            if (code != 0) {
                return TaskOutcome.failed(task, "exit " + code + ": " + firstLines(err.toString()));
            }
            Files.move(config, out.resolve(CONFIG_FILE));
            Files.writeString(out.resolve(TASK_FILE), SweepRecord.taskJson(task), StandardCharsets.UTF_8);
            Files.move(out, target, StandardCopyOption.ATOMIC_MOVE);
            return TaskOutcome.done(task);
        } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
            return TaskOutcome.failed(task, e.toString());
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
    }

    /** Removes what tasks killed mid-way left behind (their staging folders), before a rerun. */
    public static void removeLeftovers(Path tasks) throws IOException {
        try (Stream<Path> entries = Files.list(tasks)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(".")
                    && p.getFileName().toString().contains(PARTIAL)).toList()) {
                deleteTree(entry);
            }
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
