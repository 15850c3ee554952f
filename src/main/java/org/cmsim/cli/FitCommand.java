package org.cmsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.FitOptions;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.NotEstimableException;
import org.cmsim.competition.RandomFactor;
import org.cmsim.competition.Rules;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.input.ChoiceReader;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.Table;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.Condition;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.Stimulus;
import org.cmsim.numeric.Parallel;
import org.cmsim.output.FitTables;
import org.cmsim.output.ParticipantTables;
import org.cmsim.report.ClassicFigure;
import org.cmsim.report.Figure;
import org.cmsim.study.ChoiceFitStudy;
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

    @Option(names = "--random", paramLabel = "FACTORS",
            description = "Also fit the multiplicative rule as a mixed model: 'subject' (a deviation per subject on"
                    + " every parameter) or 'subject,item' (and a random intercept per item). Laplace fit, as lme4's"
                    + " glmer. Writes random-effects.csv and multiplicative-mixed rows.")
    String random;

    @Option(names = "--by", paramLabel = "COLUMN",
            description = "Fit each level of this column (e.g. group) on its own and test whether the parameters"
                    + " differ (likelihood-ratio tests). Writes group-strengths.csv and group-tests.csv.")
    String by;

    @Option(names = "--resample", defaultValue = "subjects", paramLabel = "UNIT",
            description = "What the bootstrap and cross-validation resample when the data name subjects: subjects"
                    + " (whole people, the default) or trials (within conditions, as if everyone were the same).")
    String resample;

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
        Set<RandomFactor> factors = randomFactors();
        ChoiceFitStudy.Resampling resampling = resampling();
        Set<String> required = new java.util.TreeSet<>();
        factors.forEach(factor -> required.add(factor.column()));
        Path choicesFile = language.choices().get();
        ChoiceData data = ChoiceReader.read(choicesFile, language.features(), new ChoiceReader.Needs(required, by));
        FitOptions options = new FitOptions(bootstrap, folds, seed == null ? language.seed() : seed,
                threads == null ? Parallel.defaultThreads() : Math.max(1, threads));
        ChoiceFitStudy.Result study;
        try {
            study = ChoiceFitStudy.run(data, language.cues(),
                    new ChoiceFitStudy.Request(rules, options, factors, resampling, by != null));
        } catch (NotEstimableException e) {
            throw InputException.in(choicesFile, "%s", e.getMessage());
        }
        ModelComparison.Result group = study.pooled();

        Table subjectStrengths = null;
        Table subjectFit = null;
        if (!study.subjects().isEmpty()) {
            subjectStrengths = new Table(withSubject(FitTables.STRENGTH_COLUMNS));
            for (Map.Entry<String, ModelComparison.Result> subject : study.subjects().entrySet()) {
                ModelComparison.Result own = subject.getValue();
                Table strengths = FitTables.strengths(own, List.of("subject"), List.of(subject.getKey()));
                Table goodness = FitTables.goodness(own, List.of("subject"), List.of(subject.getKey()));
                subjectStrengths = append(subjectStrengths, strengths);
                subjectFit = subjectFit == null ? goodness : append(subjectFit, goodness);
            }
        }

        Table strengths = FitTables.strengths(group);
        if (study.mixed() != null) {
            ParticipantTables.addMixedStrengths(strengths, study.mixed());
        }
        Table goodness = FitTables.goodness(group, List.of(), List.of());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("language", language.name());
        json.put("choices", language.choices().get().toString());
        json.put("conditions", group.design().rows());
        json.put("trials", group.counts().totalTrials());
        Map<String, Object> rulesJson = FitTables.rulesJson(group);
        if (study.mixed() != null) {
            rulesJson.put(ParticipantTables.MIXED_RULE, ParticipantTables.mixedJson(study.mixed()));
        }
        json.put("rules", rulesJson);
        json.put("best", group.best().fit().rule());
        json.put("bestBy", group.criterion());
        json.put("resampling", study.resampledSubjects() ? "subjects" : "trials");
        json.put("random", factors.stream().map(RandomFactor::column).toList());
        json.put("by", by);
        json.put("bootstrap", bootstrap);
        json.put("cvFolds", folds);
        json.put("seed", options.seed());
        json.put("subjects", data.hasSubjects() ? data.conditionsBySubject().size() : 0);
        try (OutputDirectory out = output.open(spec, OutputOptions.inputs(language, choices))) {
            out.writeCsv("strengths.csv", strengths);
            out.writeCsv("predictions.csv", FitTables.predictions(group, language.features()));
            out.writeJson("fit.json", json);
            if (subjectStrengths != null) {
                out.writeCsv("subject-strengths.csv", subjectStrengths);
                out.writeCsv("subject-fit.csv", subjectFit);
            }
            writeFigure(out, ClassicFigure.of("classic", language.name(), group));
            for (ChoiceFitStudy.GroupFit level : study.groups()) {
                writeFigure(out, ClassicFigure.of("classic-" + ClassicFigure.fileSafe(level.level()),
                        level.level(), level.pooled()));
            }
            if (study.mixed() != null) {
                out.writeCsv("random-effects.csv", ParticipantTables.randomEffects(study.mixed()));
            }
            if (by != null) {
                out.writeCsv("group-strengths.csv", ParticipantTables.groupStrengths(study.groups()));
                out.writeCsv("group-tests.csv", ParticipantTables.groupTests(study.tests()));
                if (study.mixed() != null) {
                    out.writeCsv("group-random-effects.csv", ParticipantTables.groupRandomEffects(study.groups()));
                }
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

    private static void writeFigure(OutputDirectory out, Figure figure) {
        out.writeBytes(figure.name() + ".png", figure.png());
        out.writeBytes(figure.name() + ".svg", figure.svg());
    }

    /** A group level as part of a file name: letters, digits, '-' and '_' kept, the rest '_'. */
    private Set<RandomFactor> randomFactors() {
        if (random == null) {
            return Set.of();
        }
        try {
            return RandomFactor.parseList(random);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--random: " + e.getMessage());
        }
    }

    private ChoiceFitStudy.Resampling resampling() {
        return switch (resample) {
            case "subjects" -> ChoiceFitStudy.Resampling.SUBJECTS;
            case "trials" -> ChoiceFitStudy.Resampling.TRIALS;
            default -> throw new ParameterException(spec.commandLine(),
                    "--resample: '" + resample + "' is not subjects or trials");
        };
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
