package org.cmsim.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output directory written completely or not at all (interface.md, "Launch"): files go into a
 * hidden temporary sibling, which {@link #commit} renames into place. {@link #close} without a
 * commit deletes the temporary directory, so a failed command leaves nothing behind.
 */
public final class OutputDirectory implements AutoCloseable {

    /** Built on first use: a command that writes no JSON does not pay for Jackson's start-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final Path target;
    private final Path staging;
    private final boolean force;
    private boolean committed;

    private OutputDirectory(Path target, Path staging, boolean force) {
        this.target = target;
        this.staging = staging;
        this.force = force;
    }

    /**
     * Prepares to write {@code target}. Fails before anything is written when {@code target} is a
     * file, or an existing directory and {@code force} is off.
     */
    public static OutputDirectory create(Path target, boolean force) throws OutputException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new OutputException(target + ": exists and is not a directory");
        }
        if (Files.isDirectory(absolute) && !force) {
            throw new OutputException(target + ": already exists; pass --force to replace it");
        }
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
            return new OutputDirectory(absolute, staging, force);
        } catch (FileAlreadyExistsException e) {
            throw new OutputException(target + ": a parent of it is a file: " + e.getFile());
        } catch (IOException e) {
            throw new OutputException(target + ": cannot create: " + e.getMessage());
        }
    }

    /** Where a file of the output goes while it is being written. */
    public Path resolve(String name) {
        return staging.resolve(name);
    }

    public void writeText(String name, String text) {
        try {
            Path file = staging.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeBytes(String name, byte[] bytes) {
        try {
            Path file = staging.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
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

    /** Moves the finished output into place, replacing an earlier one only under {@code force}. */
    public void commit() throws OutputException {
        try {
            if (Files.isDirectory(target)) {
                if (!force) {
                    throw new OutputException(target + ": appeared while writing; pass --force to replace it");
                }
                deleteTree(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (IOException e) {
            throw new OutputException(target + ": cannot move the output into place: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output cannot be placed where the user asked. */
    public static final class OutputException extends Exception {
        private static final long serialVersionUID = 1L;

        public OutputException(String message) {
            super(message);
        }
    }
}
