package org.cmsim.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import org.cmsim.io.OutputDirectory.OutputException;

/** Checks shared by {@link OutputDirectory} and {@link OutputFile}: where an output may go, and why it cannot. */
public final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * The absolute target, after refusing one that a replacement would make delete what it must not:
     * the root directory, the current directory or a directory above it, an input or a directory
     * holding one (symbolic links followed).
     */
    public static Path checkTarget(Path target, Collection<Path> inputs) throws OutputException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new OutputException(target + ": the root directory cannot be an output; name a new directory");
        }
        Path real = real(absolute);
        if (real(Path.of("").toAbsolutePath()).startsWith(real)) {
            throw new OutputException(target + ": is or contains the current directory, which a replacement would"
                    + " delete; name a new directory");
        }
        for (Path input : inputs) {
            if (real(input.toAbsolutePath().normalize()).startsWith(real)) {
                throw new OutputException(target + ": " + (real(input.toAbsolutePath().normalize()).equals(real)
                        ? "is" : "contains") + " the input " + input + ", which a replacement would delete;"
                        + " write the output elsewhere");
            }
        }
        return absolute;
    }

    /**
     * Refuses a target inside one of the input {@code directories} (symbolic links followed): writing there
     * would change an input, and the output would be read as part of it the next time.
     */
    public static void checkOutside(Path target, Collection<Path> directories) throws OutputException {
        Path real = realAncestry(target.toAbsolutePath().normalize());
        for (Path directory : directories) {
            Path input = realAncestry(directory.toAbsolutePath().normalize());
            if (real.startsWith(input) && !real.equals(input)) {
                throw new OutputException(target + ": is inside the input " + directory + "; write the output"
                        + " elsewhere");
            }
        }
    }

    /** {@link #real} of the nearest part of {@code path} that exists, with the rest appended. */
    private static Path realAncestry(Path path) {
        Path existing = path;
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return real(existing).resolve(existing.relativize(path).toString()).normalize();
    }

    /** Creates the directories above {@code absolute}. */
    static void createParent(Path target, Path absolute) throws OutputException {
        try {
            Files.createDirectories(absolute.getParent());
        } catch (FileAlreadyExistsException e) {
            throw new OutputException(target + ": a parent of it is a file: " + e.getFile());
        } catch (IOException e) {
            throw new OutputException(target + ": cannot create its directory: " + reason(e));
        }
    }

    /** The operating system's reason, as a user would read it from another Unix tool. */
    static String reason(IOException e) {
        // The message starts with the output the user named; the file in the exception is often a
        // hidden partial sibling, which would only confuse.
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** Follows symbolic links where the path exists, so that two names of one directory compare equal. */
    private static Path real(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path;
        } catch (IOException e) {
            return path;
        }
    }

    /** Waits for the lock that serialises replacements of {@code target} across processes. */
    static Lock lock(Path target) throws IOException {
        Path file = target.resolveSibling("." + target.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            channel.lock();
            return new Lock(channel, file);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** A held lock, released on close. */
    static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final Path file;

        private Lock(FileChannel channel, Path file) {
            this.channel = channel;
            this.file = file;
        }

        /** Deletes the lock file, then releases the lock. */
        @Override
        public void close() throws IOException {
            try {
                Files.deleteIfExists(file);
            } finally {
                channel.close();
            }
        }
    }
}
