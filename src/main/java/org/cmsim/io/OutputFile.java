package org.cmsim.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import org.cmsim.io.OutputDirectory.OutputException;

/**
 * A single output file written completely or not at all, as {@link OutputDirectory} does for
 * directories: the bytes go to a hidden sibling ({@link PartialOutputs}) that is renamed into place
 * at the end, with the default permissions (the umask applies).
 */
public final class OutputFile {

    /** Writes the file's content to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /** As {@link #check(Path, boolean, Collection)} for a command whose inputs cannot be the output. */
    public static List<String> check(Path target, boolean force) throws OutputException {
        return check(target, force, List.of());
    }

    /**
     * Fails before anything is written when {@code target} is a directory, exists and {@code force}
     * is off, or is one of the {@code inputs}. Removes what killed earlier runs left beside it and
     * returns a line per path removed.
     */
    public static List<String> check(Path target, boolean force, Collection<Path> inputs) throws OutputException {
        if (Files.isDirectory(target)) {
            throw new OutputException(target + ": is a directory, not a file to write");
        }
        if (Files.exists(target) && !force) {
            throw OutputException.exists(target + ": already exists");
        }
        Path absolute = OutputPaths.checkTarget(target, inputs);
        OutputPaths.createParent(target, absolute);
        try {
            return PartialOutputs.cleanStale(absolute);
        } catch (IOException e) {
            throw new OutputException(target + ": cannot create: " + OutputPaths.reason(e));
        }
    }

    /**
     * Writes {@code target}. A target that cannot be created is an {@link OutputException} (a usage
     * error: the place is wrong); a failure while writing the content is an {@link IOException}.
     */
    public static void write(Path target, Content content) throws OutputException, IOException {
        Path absolute = target.toAbsolutePath().normalize();
        OutputPaths.createParent(target, absolute);
        Path partial = PartialOutputs.partialFor(absolute);
        PartialOutputs.register(partial);
        OutputStream out;
        try {
            out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            PartialOutputs.unregister(partial);
            throw new OutputException(target + ": cannot create: " + OutputPaths.reason(e));
        }
        try {
            try (out) {
                content.writeTo(out);
            }
            synchronized (PartialOutputs.SWAP) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                PartialOutputs.unregister(partial);
            }
        } finally {
            Files.deleteIfExists(partial);
            PartialOutputs.unregister(partial);
        }
    }
}
