package org.cmsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.model.LanguageConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --out DIR} and {@code --force}, shared by every command that writes a directory. */
final class OutputOptions {

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory to write; it appears only when the command succeeds.")
    Path out;

    @Option(names = "--force", description = "Replace DIR if it exists.")
    boolean force;

    /**
     * Prepares DIR, refusing one that is or holds one of the command's {@code inputs}; says on stderr
     * what it removed of earlier runs that were killed.
     */
    OutputDirectory open(CommandSpec spec, List<Path> inputs) throws OutputException {
        OutputDirectory directory = OutputDirectory.create(out, force, inputs);
        directory.cleaned().forEach(line -> spec.commandLine().getErr().println("cmsim: " + line));
        return directory;
    }

    /** A language's config file, corpus and choices, and the {@code others} given (nulls skipped). */
    static List<Path> inputs(LanguageConfig language, Path... others) {
        List<Path> inputs = new ArrayList<>();
        if (language.file() != null) {
            inputs.add(language.file());
        }
        if (language.corpus() != null) {
            inputs.add(language.corpus());
        }
        language.choices().ifPresent(inputs::add);
        Arrays.stream(others).filter(Objects::nonNull).forEach(inputs::add);
        return inputs;
    }
}
