package org.cmsim.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The hidden siblings an output passes through: {@code .NAME.partial-TAG} while it is written and
 * {@code .NAME.replaced-TAG} for the output it replaces, while the new one moves in. TAG names the
 * process that made them ({@code PID-START-RANDOM}, START its start time in milliseconds), so a
 * later run can tell the leftovers of a killed process from those of one still running.
 *
 * <p>Every sibling a live command holds is registered here, so that a shutdown hook (SIGTERM,
 * SIGINT) can delete them; SIGKILL leaves them, and the next run of the same output removes them.
 */
public final class PartialOutputs {

    private static final String PARTIAL = ".partial-";
    private static final String REPLACED = ".replaced-";
    private static final ProcessHandle SELF = ProcessHandle.current();
    private static final long SELF_START = startMillis(SELF).orElse(0L);

    /** Held while an output is swapped into place, so that the shutdown hook never cuts a swap in half. */
    static final Object SWAP = new Object();

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    /** Set once the shutdown hook has deleted the partial outputs: no writer may create one again. */
    private static volatile boolean closed;

    /** Work that creates files in a partial output. */
    @FunctionalInterface
    interface Creation {
        void run() throws IOException;
    }

    /**
     * Runs {@code creation} unless the process is shutting down. A writer still running while the
     * shutdown hook deletes its partial output would otherwise create its folder again
     * ({@code Files.createDirectories}) and leave it behind; here it fails instead, and the hook never
     * deletes in the middle of a creation.
     */
    static void create(Creation creation) throws IOException {
        synchronized (SWAP) {
            if (closed) {
                throw new IOException("the process is shutting down: its partial outputs are deleted");
            }
            creation.run();
        }
    }

    private PartialOutputs() {
    }

    /** A fresh name for the sibling where {@code target} is written. */
    static Path partialFor(Path target) {
        return sibling(target, PARTIAL);
    }

    /** A fresh name for the sibling where the output that {@code target} replaces is put aside. */
    static Path asideFor(Path target) {
        return sibling(target, REPLACED);
    }

    private static Path sibling(Path target, String kind) {
        String tag = SELF.pid() + "-" + SELF_START + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()
                & Long.MAX_VALUE);
        return target.resolveSibling("." + target.getFileName() + kind + tag);
    }

    static void register(Path path) {
        LIVE.add(path);
    }

    static void unregister(Path path) {
        LIVE.remove(path);
    }

    /**
     * Deletes the partial outputs of this process (for a shutdown hook: SIGTERM, SIGINT). Waits for
     * a swap in progress, so the output is either the old one or the new one, never neither.
     */
    public static void deleteAll() {
        synchronized (SWAP) {
            closed = true;
            for (Path path : List.copyOf(LIVE)) {
                deleteTree(path);
                LIVE.remove(path);
            }
        }
    }

    /**
     * Removes what killed runs left beside {@code target}: partial outputs, and outputs put aside
     * for a replacement that finished. An output put aside for a replacement that did not finish
     * (the target is missing) is moved back. Returns a line per path, for the user.
     */
    static List<String> cleanStale(Path target) throws IOException {
        Path parent = target.getParent();
        List<String> done = new ArrayList<>();
        if (parent == null || !Files.isDirectory(parent)) {
            return done;
        }
        String base = "." + target.getFileName();
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, path -> {
            String name = path.getFileName().toString();
            return name.startsWith(base + PARTIAL) || name.startsWith(base + REPLACED);
        })) {
            entries.forEach(candidates::add);
        }
        candidates.sort(Comparator.naturalOrder());
        for (Path path : candidates) {
            String name = path.getFileName().toString();
            boolean partial = name.startsWith(base + PARTIAL);
            String tag = name.substring(base.length() + (partial ? PARTIAL.length() : REPLACED.length()));
            if (ownerIsAlive(tag)) {
                continue;
            }
            if (!partial && !Files.exists(target)) {
                Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
                done.add("restored " + target + " from " + path.getFileName()
                        + ", left by a replacement that was killed before it finished");
            } else {
                deleteTree(path);
                done.add("removed " + path + ", left by an earlier run that was killed");
            }
        }
        return done;
    }

    /**
     * {@link #cleanStale} for every output of {@code directory} that killed runs left something of, for
     * a directory whose outputs appear one by one, each through this mechanism (a sweep's task
     * folders and top-level files). Partials of processes still running are kept: a shard of the same
     * sweep may be writing there. Returns a line per path removed or restored, for the user.
     */
    public static List<String> cleanStaleWithin(Path directory) throws IOException {
        List<String> done = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return done;
        }
        Set<String> targets = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, path -> {
            String name = path.getFileName().toString();
            return name.startsWith(".") && (name.contains(PARTIAL) || name.contains(REPLACED));
        })) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                int kind = Math.max(name.lastIndexOf(PARTIAL), name.lastIndexOf(REPLACED));
                if (kind > 1) {
                    targets.add(name.substring(1, kind));
                }
            }
        }
        for (String target : targets) {
            done.addAll(cleanStale(directory.resolve(target)));
        }
        return done;
    }

    /** Whether the process a tag names still runs (a tag that names no process belongs to no one). */
    static boolean ownerIsAlive(String tag) {
        String[] parts = tag.split("-");
        if (parts.length != 3) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[0]);
            long start = Long.parseLong(parts[1]);
            Optional<ProcessHandle> owner = ProcessHandle.of(pid);
            return owner.isPresent() && owner.get().isAlive()
                    && startMillis(owner.get()).map(s -> s == start).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<Long> startMillis(ProcessHandle process) {
        return process.info().startInstant().map(instant -> instant.toEpochMilli());
    }

    /** Deletes a file or a directory tree; what another process deleted meanwhile is not an error. */
    static void deleteTree(Path root) {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
                return;
            } catch (NoSuchFileException e) {
                return;
            } catch (IOException | UncheckedIOException e) {
                // A file appeared or vanished while walking (a writer still running): walk again.
                if (attempt == 3) {
                    throw e instanceof UncheckedIOException u ? u : new UncheckedIOException((IOException) e);
                }
            }
        }
    }
}
