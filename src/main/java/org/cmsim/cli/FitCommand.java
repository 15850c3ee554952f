package org.cmsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cmsim.output.FitTables;
import org.cmsim.output.AttentionTables;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.Counts;
import org.cmsim.competition.Design;
import org.cmsim.competition.FitOptions;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.Parallel;
import org.cmsim.competition.Rules;
import org.cmsim.io.ChoiceReader;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.Table;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.Condition;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.Stimulus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "fit", mixinStandardHelpOptions = true,
        header = "Fit cue strengths to people's choices and compare choice rules.",
        description = {"Fit cue strengths to people's choices by maximum likelihood and compare choice rules. Writes"
                + " DIR/strengths.csv, DIR/fit.json and DIR/predictions.csv (and per-subject files when the"
                + " choices name subjects).",
            "Example: cmsim fit --config configs/illustrative.json --choices"
                + " corpora/illustrative/choices.csv --bootstrap 1000 --out out/fit"})
final class FitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--choices", paramLabel = "FILE", description = "Choice data to use instead of the config's.")
    Path choices;

    @Option(names = "--rule", defaultValue = "all", paramLabel = "RULE",
            description = "multiplicative, additive, hierarchy or all (default: ${DEFAULT-VALUE}).")
    String rule;

    @Option(names = "--bootstrap", defaultValue = "0", paramLabel = "N",
            description = "Bootstrap replicates for percentile intervals (default: none).")
    int bootstrap;

    @Option(names = "--cv", defaultValue = "0", paramLabel = "K",
            description = "Folds of cross-validated log-likelihood (default: none).")
    int folds;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the bootstrap and CV draws (default: the config's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for the bootstrap (default: all cores).")
    Integer threads;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        List<ChoiceRule> rules = rules(spec, rule);
        if (bootstrap < 0 || folds < 0 || folds == 1) {
            throw new ParameterException(spec.commandLine(), "--bootstrap must be >= 0 and --cv 0 or >= 2");
        }
        LanguageConfig language = config.language();
        if (choices != null) {
            language = language.withChoices(choices);
        }
        if (language.choices().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "the config names no choice data: pass --choices FILE");
        }
        ChoiceData data = ChoiceReader.read(language.choices().get(), language.features());
        FitOptions options = new FitOptions(bootstrap, folds, seed == null ? language.seed() : seed,
                threads == null ? Parallel.defaultThreads() : Math.max(1, threads));
        ModelComparison.Result group = fit(rules, data.conditions(), language, options);

        Table subjectStrengths = null;
        Table subjectFit = null;
        if (data.hasSubjects()) {
            subjectStrengths = new Table(withSubject(FitTables.STRENGTH_COLUMNS));
            for (Map.Entry<String, List<Condition>> subject : data.conditionsBySubject().entrySet()) {
                ModelComparison.Result own = fit(rules, subject.getValue(), language, options.withBootstrap(0));
                Table strengths = FitTables.strengths(own, List.of("subject"), List.of(subject.getKey()));
                Table goodness = FitTables.goodness(own, List.of("subject"), List.of(subject.getKey()));
                subjectStrengths = append(subjectStrengths, strengths);
                subjectFit = subjectFit == null ? goodness : append(subjectFit, goodness);
            }
        }

        Table strengths = FitTables.strengths(group);
        Table goodness = FitTables.goodness(group, List.of(), List.of());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("language", language.name());
        json.put("choices", language.choices().get().toString());
        json.put("conditions", group.design().rows());
        json.put("trials", group.counts().totalTrials());
        json.put("rules", FitTables.rulesJson(group));
        json.put("best", group.best().fit().rule());
        json.put("bootstrap", bootstrap);
        json.put("cvFolds", folds);
        json.put("seed", options.seed());
        json.put("subjects", data.hasSubjects() ? data.conditionsBySubject().size() : 0);
        try (OutputDirectory out = output.open()) {
            out.writeCsv("strengths.csv", strengths);
            out.writeCsv("predictions.csv", FitTables.predictions(group, language.features()));
            out.writeJson("fit.json", json);
            if (subjectStrengths != null) {
                out.writeCsv("subject-strengths.csv", subjectStrengths);
                out.writeCsv("subject-fit.csv", subjectFit);
            }
            out.commit();
        }
        spec.commandLine().getOut().print(strengths.toText() + "\n" + goodness.toText());
        return Main.EXIT_OK;
    }

    static List<ChoiceRule> rules(CommandSpec spec, String name) {
        try {
            return Rules.select(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--rule: " + e.getMessage());
        }
    }

    static ModelComparison.Result fit(List<ChoiceRule> rules, List<Condition> conditions, LanguageConfig language,
                                      FitOptions options) {
        List<Stimulus> stimuli = conditions.stream().map(Condition::stimulus).toList();
        Design design = Design.of(stimuli, language.cues());
        return ModelComparison.fit(rules, design, Counts.of(conditions), options);
    }

    private static List<String> withSubject(List<String> columns) {
        List<String> all = new ArrayList<>();
        all.add("subject");
        all.addAll(columns);
        return all;
    }

    private static Table append(Table into, Table rows) {
        for (int r = 0; r < rows.rowCount(); r++) {
            Object[] cells = new Object[rows.columns().size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = rows.cell(r, c);
            }
            into.add(cells);
        }
        return into;
    }
}
