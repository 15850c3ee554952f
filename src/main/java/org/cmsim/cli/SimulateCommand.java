package org.cmsim.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.Simulator;
import org.cmsim.design.Design;
import org.cmsim.input.DesignReader;
import org.cmsim.io.OutputNames;
import org.cmsim.model.Cue;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.Stimulus;
import org.cmsim.numeric.Sampling;
import org.cmsim.output.SimulationWriter;
import org.cmsim.reactiontime.RtGenerator;
import org.cmsim.study.RtFitStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        header = "Simulated participants choosing the agent under a choice rule.",
        description = {"Simulated participants choosing the agent under a choice rule, on a design file. Writes"
                + " DIR/" + OutputNames.CHOICES + " (trial-level choice data) and DIR/" + OutputNames.PARTICIPANTS
                + " (each participant's generating parameters). With --rt-log-mean, an rt column too (ms, log-normal,"
                + " slower when the cues conflict).",
            "Example: cmsim simulate --config configs/illustrative.json --design"
                + " corpora/illustrative/design.csv --param order=NVN=2 --param order=NNV=-0.5 --param"
                + " order=VNN=0.5 --param animacy=1 --param agreement=1.5 --subjects 20 --trials 10 --out out/sim"})
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--design", required = true, paramLabel = "FILE",
            description = "Conditions to present: a CSV with order and feature columns.")
    Path design;

    @Option(names = "--rule", defaultValue = "multiplicative", paramLabel = "RULE",
            description = "multiplicative, additive or hierarchy (default: ${DEFAULT-VALUE}).")
    String rule;

    @Mixin
    ParameterOptions parameters;

    @Option(names = "--subjects", defaultValue = "20", paramLabel = "N", description = "Participants (default: ${DEFAULT-VALUE}).")
    int subjects;

    @Option(names = "--trials", defaultValue = "10", paramLabel = "N",
            description = "Trials per condition and participant (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--sd", defaultValue = "0", paramLabel = "SD",
            description = "Between-participant SD of the continuous parameters (default: none).")
    double sd;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the config's).")
    Long seed;

    @Mixin
    RtOptions rt;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (subjects < 1 || trials < 1 || !(sd >= 0)) {
            throw new ParameterException(spec.commandLine(), "--subjects and --trials must be positive, --sd >= 0");
        }
        ChoiceRule chosen = rule.equals("all") ? null : FitCommand.rules(spec, rule).get(0);
        if (chosen == null) {
            throw new ParameterException(spec.commandLine(), "--rule: simulate needs one rule, not 'all'");
        }
        LanguageConfig language = config.language();
        List<Stimulus> stimuli = DesignReader.read(design, language.features());
        Design matrix = Design.of(stimuli, language.cues());
        CountOptions.requireSimulatedChoices(spec, subjects, matrix.rows(), trials);
        long start = seed == null ? language.seed() : seed;
        Optional<RtGenerator.Parameters> rtParameters = rt.parameters(spec);
        // A group-strengths.csv: each group simulated with its own fitted parameters, subjects per group.
        List<String> groups = parameters.groups();
        Map<String, List<Simulator.Participant>> samples = new LinkedHashMap<>();
        Map<String, double[][][]> rts = rtParameters.isPresent() ? new LinkedHashMap<>() : null;
        long[] seeds = Sampling.seeds(start, Math.max(1, groups.size()));
        for (int g = 0; g < Math.max(1, groups.size()); g++) {
            String group = groups.isEmpty() ? null : groups.get(g);
            double[] values = parameters.resolve(spec, chosen, matrix, group);
            long groupSeed = groups.isEmpty() ? start : seeds[g];
            List<Simulator.Participant> sample = Simulator.simulate(chosen, matrix, values, subjects, trials, sd,
                    groupSeed);
            String key = group == null ? "" : group;
            // Subjects named within their group (adults-s01), so that no two groups share a subject.
            samples.put(key, group == null ? sample : sample.stream()
                    .map(p -> new Simulator.Participant(group + "-" + p.id(), p.parameters(), p.n1Choices(),
                            p.choices())).toList());
            if (rtParameters.isPresent()) {
                // RTs from their own stream of the same seed: the choices are those of a run without RTs.
                List<Cue> resolved = RtFitStudy.resolve(language, chosen.parameters(matrix), values);
                boolean[] conflict = new boolean[stimuli.size()];
                for (int i = 0; i < conflict.length; i++) {
                    conflict[i] = Cue.inConflict(resolved, stimuli.get(i));
                }
                rts.put(key, RtGenerator.draw(subjects, conflict, trials, rtParameters.get(), groupSeed));
            }
        }
        SimulationWriter.write(output.target(spec, OutputOptions.inputs(language, design, parameters.strengths)),
                language.features(), stimuli, chosen.parameters(matrix), samples, rts);
        spec.commandLine().getOut().printf("simulated %d participants x %d conditions x %d trials (%s rule%s%s) -> %s%n",
                subjects * samples.size(), matrix.rows(), trials, chosen.name(),
                parameters.strengths == null ? "" : ", the " + chosen.name() + " rows of " + parameters.strengths
                        .getFileName(),
                groups.isEmpty() ? "" : ", " + subjects + " per group: " + String.join(", ", groups),
                output.out.resolve(OutputNames.CHOICES));
        rtParameters.ifPresent(p -> spec.commandLine().getOut().printf(java.util.Locale.ROOT, "reaction times: log rt"
                + " = %s + %s x conflict + N(0, %s^2) per participant + N(0, %s^2) per trial, in ms%n", p.logMean(),
                p.conflict(), p.subjectSd(), p.sd()));
        return Main.EXIT_OK;
    }
}
