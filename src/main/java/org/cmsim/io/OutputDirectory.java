package org.cmsim.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An output directory written completely or not at all: files go into a
 * hidden sibling ({@link PartialOutputs}), which {@link #commit} renames into place. {@link #close}
 * without a commit deletes it, so a failed command leaves nothing behind; a shutdown hook does the
 * same on SIGTERM and SIGINT, and the next run of the same output removes what SIGKILL left.
 *
 * <p>Replacing ({@code --force}) never deletes before the new output is in place: the old directory
 * is renamed aside, the new one renamed in, and only then the old one deleted. Concurrent
 * replacements of one directory take turns on a lock file beside it ({@code .NAME.lock}, deleted
 * when the replacement is done).
 * Directories and files are created with the default permissions, so the umask applies.
 */
public final class OutputDirectory implements AutoCloseable {

    /** Built on first use: a command that writes no JSON does not pay for Jackson's start-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static final Object REPLACING = new Object();
    private static final int MAX_SWAPS = 100;

    private final Path target;
    private final Path staging;
    private final boolean force;
    private final List<String> cleaned;
    private boolean committed;

    private OutputDirectory(Path target, Path staging, boolean force, List<String> cleaned) {
        this.target = target;
        this.staging = staging;
        this.force = force;
        this.cleaned = List.copyOf(cleaned);
    }

    /** As {@link #create(Path, boolean, Collection)} for a command that reads no files. */
    public static OutputDirectory create(Path target, boolean force) throws OutputException {
        return create(target, force, List.of());
    }

    /**
     * Prepares to write {@code target}. Fails before anything is written when {@code target} is a
     * file, an existing directory and {@code force} is off, or when it is or contains the current
     * directory or one of the command's {@code inputs} (which a replacement would delete).
     */
    public static OutputDirectory create(Path target, boolean force, Collection<Path> inputs) throws OutputException {
        Path absolute = OutputPaths.checkTarget(target, inputs);
        OutputPaths.createParent(target, absolute);
        List<String> cleaned;
        try {
            cleaned = PartialOutputs.cleanStale(absolute);
        } catch (IOException e) {
            throw new OutputException(target + ": cannot clean what earlier runs left: " + OutputPaths.reason(e));
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new OutputException(target + ": exists and is not a directory");
        }
        if (Files.isDirectory(absolute) && !force) {
            throw OutputException.exists(target + ": already exists"
                    + (cleaned.isEmpty() ? "" : " (" + String.join("; ", cleaned) + ")"));
        }
        try {
            Path staging = PartialOutputs.partialFor(absolute);
            PartialOutputs.create(() -> {
                PartialOutputs.register(staging);
                Files.createDirectory(staging);
            });
            return new OutputDirectory(absolute, staging, force, cleaned);
        } catch (IOException e) {
            throw new OutputException(target + ": cannot create: " + OutputPaths.reason(e));
        }
    }

    /** What was left of earlier, killed runs of this output and has now been removed or restored. */
    public List<String> cleaned() {
        return cleaned;
    }

    /** Where a file of the output goes while it is being written. */
    public Path resolve(String name) {
        Path file = staging.resolve(name).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("'" + name + "' is not a file name inside the output");
        }
        return file;
    }

    public void writeText(String name, String text) {
        writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public void writeBytes(String name, byte[] bytes) {
        try {
            Path file = resolve(name);
            PartialOutputs.create(() -> {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeCsv(String name, Table table) {
        writeText(name, table.toCsv());
    }

    /** Writes {@code value} as indented JSON; callers pass ordered maps, so equal results give equal bytes. */
    public void writeJson(String name, Object value) {
        writeText(name, jsonText(value));
    }

    /** A value as the indented JSON text cmsim writes in files, ending in a newline. */
    public static String jsonText(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a value as JSON", e);
        }
    }

    /** The final directory, which exists only after {@link #commit}. */
    public Path target() {
        return target;
    }

    /**
     * Moves the finished output into place. An earlier output (only under {@code force}) is renamed
     * aside first and deleted last, so at every moment one complete output is in place.
     */
    public void commit() throws OutputException {
        try {
            if (force) {
                // Replacements of one output take turns: threads of this process on a monitor,
                // processes on a lock file beside the output, deleted afterwards so that nothing is
                // left behind. (A process that opened the lock file before it was deleted may then
                // overlap with one that creates it anew; the swap retries, so that is still safe.)
                synchronized (REPLACING) {
                    try (OutputPaths.Lock lock = OutputPaths.lock(target)) {
                        swap();
                    }
                }
            } else {
                swap();
            }
        } catch (IOException e) {
            throw new OutputException(target + ": cannot move the output into place: " + OutputPaths.reason(e));
        }
    }

    /**
     * Old aside, new in, old deleted. When another writer moves its output in between the first two
     * steps, this one puts that aside as well and tries again: the last writer's output stays.
     */
    private void swap() throws IOException, OutputException {
        List<Path> asides = new ArrayList<>();
        try {
            for (int attempt = 1; !committed; attempt++) {
                synchronized (PartialOutputs.SWAP) {
                    if (Files.exists(target)) {
                        if (!force) {
                            throw OutputException.exists(target + ": appeared while writing");
                        }
                        Path aside = PartialOutputs.asideFor(target);
                        PartialOutputs.register(aside);
                        asides.add(aside);
                        try {
                            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                        } catch (NoSuchFileException e) {
                            // Another writer put it aside first.
                        }
                    }
                    try {
                        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                        PartialOutputs.unregister(staging);
                        committed = true;
                    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                        if (attempt == MAX_SWAPS) {
                            throw e;
                        }
                    }
                }
            }
        } finally {
            for (Path aside : asides) {
                PartialOutputs.deleteTree(aside);
                PartialOutputs.unregister(aside);
            }
        }
    }

    @Override
    public void close() {
        if (!committed) {
            PartialOutputs.deleteTree(staging);
            PartialOutputs.unregister(staging);
        }
    }

    /**
     * The output cannot be placed where the user asked. {@link #replaceable} tells the one case the
     * user can settle by allowing the replacement: something is in the way that may be replaced.
     */
    public static final class OutputException extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean replaceable;

        public OutputException(String message) {
            this(message, false);
        }

        private OutputException(String message, boolean replaceable) {
            super(message);
            this.replaceable = replaceable;
        }

        /** The target exists (or appeared) and replacing it was not allowed. */
        public static OutputException exists(String message) {
            return new OutputException(message, true);
        }

        /** True when allowing the replacement would let the output go where it was asked to. */
        public boolean replaceable() {
            return replaceable;
        }
    }
}
