package org.cmsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputFile;

/**
 * A single file a command writes, checked before any work (so a wrong place fails fast) and written
 * whole or not at all by {@link OutputFile}; the writers of {@code output/} write through it.
 */
public final class FileTarget {

    private final Path file;

    private FileTarget(Path file) {
        this.file = file;
    }

    /**
     * Checks that {@code file} may be written (see {@link OutputFile#check}); {@code notices} hears what was
     * cleaned up of earlier runs that were killed.
     */
    public static FileTarget check(Path file, boolean force, Collection<Path> inputs, Consumer<String> notices)
            throws OutputException {
        OutputFile.check(file, force, inputs).forEach(notices);
        return new FileTarget(file);
    }

    public Path file() {
        return file;
    }

    /** Writes the file's content. */
    void write(OutputFile.Content content) throws OutputException, IOException {
        OutputFile.write(file, content);
    }

    /** Writes a text page, such as the playground, as UTF-8. */
    public void writeText(String text) throws OutputException, IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(stream -> stream.write(bytes));
    }
}
