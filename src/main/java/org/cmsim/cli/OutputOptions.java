package org.cmsim.cli;

import java.nio.file.Path;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputDirectory.OutputException;
import picocli.CommandLine.Option;

/** {@code --out DIR} and {@code --force}, shared by every command that writes a directory. */
final class OutputOptions {

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory to write; it appears only when the command succeeds.")
    Path out;

    @Option(names = "--force", description = "Replace DIR if it exists.")
    boolean force;

    OutputDirectory open() throws OutputException {
        return OutputDirectory.create(out, force);
    }
}
