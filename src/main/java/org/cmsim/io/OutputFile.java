package org.cmsim.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.cmsim.io.OutputDirectory.OutputException;

/**
 * A single output file written completely or not at all, as {@link OutputDirectory} does for
 * directories: the bytes go to a hidden temporary sibling that is renamed into place at the end.
 */
public final class OutputFile {

    /** Writes the file's content to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /** Fails before anything is written when {@code target} is a directory, or exists and {@code force} is off. */
    public static void check(Path target, boolean force) throws OutputException {
        if (Files.isDirectory(target)) {
            throw new OutputException(target + ": is a directory; --out names the file to write");
        }
        if (Files.exists(target) && !force) {
            throw new OutputException(target + ": already exists; pass --force to replace it");
        }
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
