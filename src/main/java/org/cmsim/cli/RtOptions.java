package org.cmsim.cli;

import java.util.Optional;
import org.cmsim.reactiontime.RtGenerator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Simulated reaction times ({@code simulate}, {@code recover}): log RT = mean + conflict x [cues conflict] +
 * participant shift + noise ({@link RtGenerator}); none unless {@code --rt-log-mean} is given.
 */
final class RtOptions {

    @Option(names = "--rt-log-mean", paramLabel = "MU",
            description = "Simulate reaction times: the mean log RT (log ms) of a sentence whose cues converge,"
                    + " e.g. 6.6 (a median of 735 ms). Without it, no RTs.")
    Double logMean;

    @Option(names = "--rt-conflict", defaultValue = "0", paramLabel = "DELTA",
            description = "Added to log RT when the cues conflict, e.g. 0.1 (10.5%% slower)"
                    + " (default: ${DEFAULT-VALUE}).")
    double conflict;

    @Option(names = "--rt-sd", defaultValue = "0.25", paramLabel = "SD",
            description = "Residual SD of log RT (default: ${DEFAULT-VALUE}).")
    double sd;

    @Option(names = "--rt-subject-sd", defaultValue = "0.1", paramLabel = "SD",
            description = "SD of a participant's shift of log RT (default: ${DEFAULT-VALUE}).")
    double subjectSd;

    /** The generating values, or empty without {@code --rt-log-mean}. */
    Optional<RtGenerator.Parameters> parameters(CommandSpec spec) {
        if (logMean == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RtGenerator.Parameters(logMean, conflict, sd, subjectSd));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--rt-*: " + e.getMessage());
        }
    }
}
