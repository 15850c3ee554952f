package org.cmsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.MixedRecovery;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.Recovery;
import org.cmsim.competition.Rules;
import org.cmsim.design.Design;
import org.cmsim.input.DesignReader;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.Table;
import org.cmsim.model.LanguageConfig;
import org.cmsim.numeric.Parallel;
import org.cmsim.output.RecoveryTables;
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
                + " DIR/parameter-recovery.csv, DIR/model-recovery.csv and DIR/recover.json.",
            "Example: cmsim recover --config configs/illustrative.json --design"
                + " corpora/illustrative/design.csv --subjects 200 --trials 10 --datasets 200 --out out/recover"})
final class RecoverCommand implements Callable<Integer> {

    /** Coverage of 95% intervals that counts as calibrated in the verdict. */
    static final double COVERAGE_LOW = 0.92;
    static final double COVERAGE_HIGH = 0.98;
    static final double BIAS_LIMIT = 0.05;
    static final double SELF_RECOVERY = 0.9;

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
                    + " also writes individual-recovery.csv: coverage of the pooled and the mixed fit side by side.")
    Double sd;

    @Option(names = "--random", paramLabel = "FACTORS",
            description = "Fit the mixed rule too ('subject'): see --sd.")
    String random;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the config's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores).")
    Integer threads;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (subjects < 1 || trials < 1 || datasets < 1) {
            throw new ParameterException(spec.commandLine(), "--subjects, --trials and --datasets must be positive");
        }
        ChoiceRule chosen = FitCommand.rules(spec, rule).get(0);
        if (rule.equals("all")) {
            throw new ParameterException(spec.commandLine(), "--rule: parameter recovery needs one rule, not 'all'");
        }
        LanguageConfig language = config.language();
        Design matrix = Design.of(DesignReader.read(design, language.features()), language.cues());
        boolean given = !parameters.params.isEmpty() || parameters.strengths != null;
        double[] truth = given ? parameters.resolve(spec, chosen, matrix) : Recovery.defaultGenerator(chosen, matrix);
        long runSeed = seed == null ? language.seed() : seed;
        int workers = threads == null ? Parallel.defaultThreads() : Math.max(1, threads);

        Recovery.ParameterRecovery recovery = Recovery.parameters(chosen, matrix, truth, subjects, trials, datasets,
                runSeed, workers);
        List<ChoiceRule> all = Rules.select("all");
        List<double[]> generators = new ArrayList<>();
        for (ChoiceRule generator : all) {
            generators.add(generator.name().equals(chosen.name()) ? truth : Recovery.defaultGenerator(generator, matrix));
        }
        Recovery.ModelRecovery models = Recovery.models(all, matrix, generators, subjects, trials, datasets, runSeed,
                workers);

        MixedRecovery.Result individual = null;
        if (sd != null || random != null) {
            if (sd != null && !(sd >= 0)) {
                throw new ParameterException(spec.commandLine(), "--sd must be >= 0");
            }
            if (random != null && !random.strip().equals("subject")) {
                throw new ParameterException(spec.commandLine(), "--random: recovery simulates subjects only: 'subject'");
            }
            if (!(chosen instanceof MultiplicativeRule)) {
                throw new ParameterException(spec.commandLine(), "--sd and --random check the multiplicative rule");
            }
            individual = MixedRecovery.run(matrix, truth, sd == null ? 0 : sd, subjects, trials, datasets, runSeed,
                    workers);
        }

        Table parameterTable = RecoveryTables.parameters(recovery);
        Table modelTable = RecoveryTables.models(models, matrix);
        String verdict = verdict(recovery, models);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", chosen.name());
        json.put("subjects", subjects);
        json.put("trials", trials);
        json.put("conditions", matrix.rows());
        json.put("datasets", datasets);
        json.put("seed", runSeed);
        json.put("flaggedFits", recovery.flaggedFits());
        Map<String, Object> self = new LinkedHashMap<>();
        for (int g = 0; g < all.size(); g++) {
            self.put(all.get(g).name(), models.selfRecovery(g));
        }
        json.put("selfRecovery", self);
        json.put("verdict", verdict);
        if (sd != null) {
            json.put("sd", sd);
        }
        try (OutputDirectory out = output.open(spec, OutputOptions.inputs(language, design, parameters.strengths))) {
            out.writeCsv("parameter-recovery.csv", parameterTable);
            out.writeCsv("model-recovery.csv", modelTable);
            if (individual != null) {
                out.writeCsv("individual-recovery.csv", RecoveryTables.individual(individual));
            }
            out.writeJson("recover.json", json);
            out.commit();
        }
        spec.commandLine().getOut().print(parameterTable.toText() + "\n" + modelTable.toText() + "\n" + verdict + "\n");
        if (individual != null) {
            spec.commandLine().getOut().print("\nWith individual differences (SD " + individual.sd() + "):\n"
                    + RecoveryTables.individual(individual).toText());
        }
        return Main.EXIT_OK;
    }

    static String verdict(Recovery.ParameterRecovery r, Recovery.ModelRecovery m) {
        List<String> problems = new ArrayList<>();
        for (int j = 0; j < r.parameters().size(); j++) {
            if (Math.abs(r.bias()[j]) >= BIAS_LIMIT) {
                problems.add(String.format(Locale.ROOT, "%s biased by %.3f", r.parameters().get(j), r.bias()[j]));
            }
            double coverage = r.coverage()[j];
            if (!Double.isNaN(coverage) && (coverage < COVERAGE_LOW || coverage > COVERAGE_HIGH)) {
                problems.add(String.format(Locale.ROOT, "%s 95%% CI covers %.2f", r.parameters().get(j), coverage));
            }
        }
        for (int g = 0; g < m.rules().size(); g++) {
            if (m.selfRecovery(g) < SELF_RECOVERY) {
                problems.add(String.format(Locale.ROOT, "%s wins only %.0f%% of its own data sets", m.rules().get(g),
                        100 * m.selfRecovery(g)));
            }
        }
        String parametersPart = String.format(Locale.ROOT, "%s parameters: |bias| < %.2f and coverage in [%.2f, %.2f]",
                r.rule(), BIAS_LIMIT, COVERAGE_LOW, COVERAGE_HIGH);
        return problems.isEmpty()
                ? "verdict: recovered. " + parametersPart + "; every rule wins >= 90% of its own data sets."
                : "verdict: NOT recovered: " + String.join("; ", problems) + ".";
    }
}
