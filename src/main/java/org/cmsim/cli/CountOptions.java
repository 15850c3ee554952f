package org.cmsim.cli;

import org.cmsim.model.WorkLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Whole-number options that multiply a command's work ({@code --bootstrap}, {@code --datasets}, ...): a value
 * outside its range is a usage error (exit 64) that names the option and the range, never cut to fit.
 */
final class CountOptions {

    private CountOptions() {
    }

    /** {@code value} when it lies in [minimum, maximum]; else a usage error. */
    static long require(CommandSpec spec, String option, long value, long minimum, long maximum) {
        if (value < minimum || value > maximum) {
            throw new ParameterException(spec.commandLine(), String.format(java.util.Locale.ROOT,
                    "%s: must be an integer from %d to %d, was %d", option, minimum, maximum, value));
        }
        return value;
    }

    /**
     * Subjects x conditions x trials, the choices of one simulated data set, at most
     * {@link WorkLimits#SIMULATED_TRIALS}; beyond it, a usage error naming the three numbers.
     */
    static void requireSimulatedChoices(CommandSpec spec, int subjects, int conditions, int trials) {
        long choices = (long) subjects * conditions * trials;
        if (choices > WorkLimits.SIMULATED_TRIALS) {
            throw new ParameterException(spec.commandLine(), String.format(java.util.Locale.ROOT,
                    "--subjects %d x %d conditions x --trials %d make %d choices per data set; at most %d",
                    subjects, conditions, trials, choices, WorkLimits.SIMULATED_TRIALS));
        }
    }
}
