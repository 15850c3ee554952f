package org.cmsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.Design;
import org.cmsim.competition.HierarchyRule;
import org.cmsim.io.InputException;
import org.cmsim.io.StrengthsReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Generating parameters of a rule, from {@code --param NAME=VALUE} options and/or a strengths.csv
 * ({@code --strengths FILE}); an option overrides the file. Names are those of strengths.csv
 * ({@code order=NVN}, a cue's name, {@code lapse}). For the hierarchy rule a cue's value is its rank
 * (1 decides first); a cue left out ranks below order.
 */
final class ParameterOptions {

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A generating parameter, e.g. --param order=NVN=2 --param animacy=1 (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--strengths", paramLabel = "FILE",
            description = "Take the generating parameters from a strengths.csv written by 'cmsim fit'.")
    Path strengths;

    double[] resolve(CommandSpec spec, ChoiceRule rule, Design design) throws InputException {
        Map<String, Double> given = new LinkedHashMap<>();
        if (strengths != null) {
            given.putAll(StrengthsReader.read(strengths, rule.name()));
        }
        for (String param : params) {
            int eq = param.lastIndexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "--param needs NAME=VALUE, got '" + param + "'");
            }
            try {
                given.put(param.substring(0, eq), Double.parseDouble(param.substring(eq + 1)));
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "--param " + param + ": not a number after '='");
            }
        }
        List<String> names = rule.parameters(design);
        for (String name : given.keySet()) {
            if (!names.contains(name)) {
                throw new ParameterException(spec.commandLine(), "parameter '" + name + "' is not one of the "
                        + rule.name() + " rule's: " + String.join(", ", names));
            }
        }
        double[] values = new double[names.size()];
        List<String> missing = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            String name = names.get(j);
            boolean optionalRank = rule instanceof HierarchyRule && design.cues().stream()
                    .anyMatch(cue -> cue.name().equals(name));
            Double value = given.get(name);
            if (value == null && !optionalRank) {
                missing.add(name);
            }
            values[j] = value == null ? Double.NaN : value;
        }
        if (!missing.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "the " + rule.name() + " rule needs "
                    + String.join(", ", missing) + " (give --param NAME=VALUE or --strengths FILE)");
        }
        return values;
    }
}
