package org.cmsim.cli;

import org.cmsim.numeric.Parallel;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --threads} option of the commands that run in parallel: all cores when left out, at least 1. */
final class ThreadOptions {

    private ThreadOptions() {
    }

    /** The threads to use; a count below 1 is a usage error (exit 64), never silently 1. */
    static int of(CommandSpec spec, Integer threads) {
        if (threads == null) {
            return Parallel.defaultThreads();
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads: must be at least 1, was " + threads);
        }
        return threads;
    }
}
