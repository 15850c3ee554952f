package org.cmsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.cmsim.model.LanguageConfig;
import org.cmsim.output.DirectoryTarget;
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
     * DIR as the command's writer takes it: refused when it is or holds one of the command's {@code inputs};
     * what is removed of earlier runs that were killed is said on stderr.
     */
    DirectoryTarget target(CommandSpec spec, List<Path> inputs) {
        return target(out, force, inputs, spec);
    }

    /** A directory to write, saying on stderr what is removed of earlier runs that were killed. */
    static DirectoryTarget target(Path directory, boolean force, List<Path> inputs, CommandSpec spec) {
        return new DirectoryTarget(directory, force, inputs, notices(spec));
    }

    /** Where a writer's notices go: stderr, as cmsim's other messages. */
    static Consumer<String> notices(CommandSpec spec) {
        return line -> spec.commandLine().getErr().println("cmsim: " + line);
    }

    /** A language's config file, corpus and choices, and the {@code others} given (nulls skipped). */
    static List<Path> inputs(LanguageConfig language, Path... others) {
        List<Path> inputs = new ArrayList<>();
        if (language.file() != null) {
            inputs.add(language.file());
        }
        if (language.hasCorpus()) {
            inputs.add(language.corpus());
        }
        language.choices().ifPresent(inputs::add);
        Arrays.stream(others).filter(Objects::nonNull).forEach(inputs::add);
        return inputs;
    }
}
