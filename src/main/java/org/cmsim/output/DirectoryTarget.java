package org.cmsim.output;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;

/**
 * Where a command writes its directory: the place, whether an existing one may be replaced, the inputs
 * the output must not replace, and who hears what was cleaned up of earlier runs that were killed. The
 * writers of {@code output/} open it, so that commands name a place and never write themselves.
 */
public record DirectoryTarget(Path directory, boolean force, List<Path> inputs, Consumer<String> notices) {

    public DirectoryTarget {
        inputs = List.copyOf(inputs);
    }

    /** Prepares the directory (see {@link OutputDirectory#create}); nothing appears before the writer commits. */
    OutputDirectory open() throws OutputException {
        OutputDirectory out = OutputDirectory.create(directory, force, inputs);
        out.cleaned().forEach(notices);
        return out;
    }
}
