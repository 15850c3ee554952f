package org.cmsim.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.Recovery;
import org.cmsim.design.Design;
import org.cmsim.input.DesignReader;
import org.cmsim.io.OutputNames;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.WorkLimits;
import org.cmsim.output.RecoveryWriter;
import org.cmsim.output.RtRecoveryWriter;
import org.cmsim.study.RecoveryStudy;
import org.cmsim.study.RtRecoveryStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "recover", mixinStandardHelpOptions = true,
        header = "Parameter and model recovery on simulated data sets.",
        description = {"Parameter and model recovery (Wilson & Collins 2019): simulate data sets from known"
                + " parameters, refit, and check that the fits find them and that the right rule wins. Writes"
                + " DIR/" + OutputNames.PARAMETER_RECOVERY + ", DIR/" + OutputNames.MODEL_RECOVERY + " and DIR/"
                + OutputNames.RECOVER + ". With --rt-log-mean, recovers the reaction-time model of fit-rt instead"
                + " (DIR/" + OutputNames.RT_RECOVERY + ").",
            "Example: cmsim recover --config configs/illustrative.json --design"
                + " corpora/illustrative/design.csv --subjects 200 --trials 10 --datasets 200 --out out/recover"})
final class RecoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--design", required = true, paramLabel = "FILE", description = "Conditions of the simulated experiment.")
    Path design;

    @Option(names = "--rule", defaultValue = "multiplicative", paramLabel = "RULE",
            description = "Rule for parameter recovery (default: ${DEFAULT-VALUE}).")
    String rule;

    @Mixin
    ParameterOptions parameters;

    @Option(names = "--subjects", defaultValue = "200", paramLabel = "N", description = "Participants per data set (default: ${DEFAULT-VALUE}).")
    int subjects;

    @Option(names = "--trials", defaultValue = "10", paramLabel = "N",
            description = "Trials per condition and participant (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--datasets", defaultValue = "200", paramLabel = "N",
            description = "Simulated data sets per generating rule (default: ${DEFAULT-VALUE}).")
    int datasets;

    @Option(names = "--sd", paramLabel = "SD",
            description = "Between-subject SD of every multiplicative parameter (log-odds). With it (or --random),"
                    + " also writes " + OutputNames.INDIVIDUAL_RECOVERY + ": coverage of the pooled and the mixed fit"
                    + " side by side.")
    Double sd;

    @Option(names = "--random", paramLabel = "FACTORS",
            description = "Fit the mixed rule too ('subject'): see --sd.")
    String random;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the config's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores).")
    Integer threads;

    @Mixin
    RtOptions rt;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (subjects < 1 || trials < 1 || datasets < 1) {
            throw new ParameterException(spec.commandLine(), "--subjects, --trials and --datasets must be positive");
        }
        CountOptions.require(spec, "--datasets", datasets, 1, WorkLimits.REPLICATES);
        ChoiceRule chosen = FitCommand.rules(spec, rule).get(0);
        if (rule.equals("all")) {
            throw new ParameterException(spec.commandLine(), "--rule: parameter recovery needs one rule, not 'all'");
        }
        if (rt.parameters(spec).isPresent()) {
            return recoverRt(chosen);
        }
        boolean individual = sd != null || random != null;
        if (individual) {
            if (sd != null && !(sd >= 0)) {
                throw new ParameterException(spec.commandLine(), "--sd must be >= 0");
            }
            if (random != null && !random.strip().equals("subject")) {
                throw new ParameterException(spec.commandLine(), "--random: recovery simulates subjects only: 'subject'");
            }
            if (!(chosen instanceof MultiplicativeRule)) {
                throw new ParameterException(spec.commandLine(), "--sd and --random check the multiplicative rule");
            }
        }
        LanguageConfig language = config.language();
        Design matrix = Design.of(DesignReader.read(design, language.features()), language.cues());
        CountOptions.requireSimulatedChoices(spec, subjects, matrix.rows(), trials);
        boolean given = !parameters.params.isEmpty() || parameters.strengths != null;
        Optional<double[]> truth = given ? Optional.of(parameters.resolve(spec, chosen, matrix)) : Optional.empty();
        RecoveryStudy.Result result = RecoveryStudy.run(new RecoveryStudy.Request(chosen, matrix, truth, subjects,
                trials, datasets, seed == null ? language.seed() : seed,
                ThreadOptions.of(spec, threads), Optional.ofNullable(sd),
                individual, parameters.otherRules(spec, chosen, matrix)));
        RecoveryWriter.write(output.target(spec, OutputOptions.inputs(language, design, parameters.strengths)), result);
        spec.commandLine().getOut().print(RecoveryWriter.summary(result));
        return Main.EXIT_OK;
    }

    /** With simulated reaction times: recovery of the RT model as fit-rt fits it, instead of the rules. */
    private int recoverRt(ChoiceRule chosen) throws Exception {
        if (!(chosen instanceof MultiplicativeRule)) {
            throw new ParameterException(spec.commandLine(), "--rt-log-mean: RTs are recovered with the"
                    + " multiplicative rule's choices");
        }
        LanguageConfig language = config.language();
        Design matrix = Design.of(DesignReader.read(design, language.features()), language.cues());
        CountOptions.requireSimulatedChoices(spec, subjects, matrix.rows(), trials);
        double[] values = !parameters.params.isEmpty() || parameters.strengths != null
                ? parameters.resolve(spec, chosen, matrix) : Recovery.defaultGenerator(chosen, matrix);
        RtRecoveryStudy.Result result = RtRecoveryStudy.run(new RtRecoveryStudy.Request(language, matrix, values,
                rt.parameters(spec).orElseThrow(), subjects, trials, datasets,
                seed == null ? language.seed() : seed, ThreadOptions.of(spec, threads)));
        RtRecoveryWriter.write(output.target(spec, OutputOptions.inputs(language, design, parameters.strengths)),
                result);
        spec.commandLine().getOut().print(RtRecoveryWriter.summary(result));
        return Main.EXIT_OK;
    }
}
