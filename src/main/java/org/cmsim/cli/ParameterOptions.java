package org.cmsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.Rules;
import org.cmsim.design.Design;
import org.cmsim.input.StrengthsReader;
import org.cmsim.io.InputException;
import org.cmsim.io.Numbers;
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
        return resolve(spec, rule, design, null);
    }

    /**
     * The groups of a group-strengths.csv ({@code fit --by group}), each to be simulated with its own
     * parameters; empty without a file or without a group column.
     */
    List<String> groups() throws InputException {
        return strengths == null ? List.of() : StrengthsReader.groups(strengths);
    }

    /** The parameters of {@code group} (null: a file without groups), with --param overriding the file's. */
    double[] resolve(CommandSpec spec, ChoiceRule rule, Design design, String group) throws InputException {
        Map<String, Double> given = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();   // the line of strengths.csv a value came from
        if (strengths != null && group == null && !groups().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--strengths: " + strengths + " has a parameter set per"
                    + " group (" + String.join(", ", groups()) + "); simulate takes them all, recover one set:"
                    + " give a strengths.csv without a group column");
        }
        if (strengths != null) {
            StrengthsReader.read(strengths, rule.name(), group).forEach((name, estimate) -> {
                given.put(name, estimate.value());
                lines.put(name, estimate.line());
            });
        }
        for (String param : params) {
            int eq = param.lastIndexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "--param needs NAME=VALUE, got '" + param + "'");
            }
            double value;
            try {
                value = Double.parseDouble(param.substring(eq + 1));
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "--param " + param + ": not a number after '='");
            }
            if (!Double.isFinite(value)) {
                throw new ParameterException(spec.commandLine(), "--param " + param + ": not a finite number");
            }
            given.put(param.substring(0, eq), value);
            lines.remove(param.substring(0, eq));
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
            Double value = given.get(name);
            if (value == null && !rule.mayBeLeftOut(design, j)) {
                missing.add(name);
            }
            values[j] = value == null ? Double.NaN : value;
        }
        if (!missing.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "the " + rule.name() + " rule needs "
                    + String.join(", ", missing) + " (give --param NAME=VALUE or --strengths FILE)");
        }
        for (int j = 0; j < values.length; j++) {
            String problem = rule.invalidValue(design, j, values[j]);
            if (problem != null) {
                String name = names.get(j);
                String value = Double.isNaN(values[j]) ? "empty" : Numbers.exact(values[j]);
                if (lines.containsKey(name)) {
                    throw InputException.at(strengths, lines.get(name), "parameter %s of the %s rule %s, was %s",
                            name, rule.name(), problem, value);
                }
                throw new ParameterException(spec.commandLine(), String.format("--param %s=%s: %s", name, value,
                        problem));
            }
        }
        checkProbabilities(spec, rule, design, values);
        return values;
    }

    /**
     * Every other rule's parameters from the strengths file, for the rules it has rows for (a strengths.csv from
     * {@code cmsim fit --rule all} has all three): model recovery then simulates each rule as it was fitted, not
     * with default values. Empty without a file. {@code --param} options belong to the chosen rule only.
     */
    Map<String, double[]> otherRules(CommandSpec spec, ChoiceRule chosen, Design design) throws InputException {
        Map<String, double[]> others = new LinkedHashMap<>();
        if (strengths == null) {
            return others;
        }
        Set<String> present = StrengthsReader.rules(strengths);
        for (ChoiceRule rule : Rules.select("all")) {
            if (!rule.name().equals(chosen.name()) && present.contains(rule.name())) {
                ParameterOptions fileOnly = new ParameterOptions();
                fileOnly.strengths = strengths;
                others.put(rule.name(), fileOnly.resolve(spec, rule, design));
            }
        }
        return others;
    }

    /** A rule whose parameters are each in range may still predict outside [0, 1] (the additive rule). */
    private static void checkProbabilities(CommandSpec spec, ChoiceRule rule, Design design, double[] values) {
        double[] p = rule.predict(design, values);
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new ParameterException(spec.commandLine(), String.format("the %s rule's parameters give"
                        + " P(n1) = %s in row %d of the design; a probability must lie in [0, 1]", rule.name(),
                        Numbers.readable(p[i]), i + 1));
            }
        }
    }
}
