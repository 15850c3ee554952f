package org.cmsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.FitOptions;
import org.cmsim.competition.MixedDesign;
import org.cmsim.competition.RandomStructure;
import org.cmsim.competition.Rules;
import org.cmsim.competition.StructureComparison;
import org.cmsim.io.OutputNames;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.WorkLimits;
import org.cmsim.output.FitWriter;
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
                + " DIR/" + OutputNames.STRENGTHS + ", DIR/" + OutputNames.FIT + " and DIR/" + OutputNames.PREDICTIONS
                + " (and per-subject files when the choices name subjects).",
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

    @Option(names = "--random", paramLabel = "STRUCTURE",
            description = "Also fit the multiplicative rule as a mixed model, its random effects in lme4's notation:"
                    + " '(1|subject) + (1|item)', '(1 + animacy|subject)' (correlated), '(1 + animacy||subject)'"
                    + " (uncorrelated), '(0 + agreement|subject)'; 1 is a shift of the log-odds of choosing n1, a"
                    + " slope is named by a parameter. Also 'subject' (a deviation per subject on every parameter)"
                    + " or 'subject,item' (and a random intercept per item). Laplace fit, as lme4's glmer. Writes "
                    + OutputNames.RANDOM_EFFECTS + ", " + OutputNames.RANDOM_CORRELATIONS
                    + " and multiplicative-mixed rows.")
    String random;

    @Option(names = "--compare", paramLabel = "STRUCTURE",
            description = "With --random: also fit this nested random-effects structure and test the two by a"
                    + " likelihood ratio (as lme4's anova). Writes " + OutputNames.RANDOM_LRT + ".")
    String compare;

    @Option(names = "--by", paramLabel = "COLUMN",
            description = "Fit each level of this column (e.g. group) on its own and test whether the parameters"
                    + " differ (likelihood-ratio tests). Writes " + OutputNames.GROUP_STRENGTHS + " and "
                    + OutputNames.GROUP_TESTS + ".")
    String by;

    @Option(names = "--resample", defaultValue = "subjects", paramLabel = "UNIT",
            description = "What the bootstrap and cross-validation resample when the data name subjects: subjects"
                    + " (whole people, the default) or trials (within conditions, as if everyone were the same).")
    String resample;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @Mixin
    OutputOptions output;

    @Mixin
    FigureOptions figures;

    @Override
    public Integer call() throws Exception {
        List<ChoiceRule> rules = rules(spec, rule);
        CountOptions.require(spec, "--bootstrap", bootstrap, 0, WorkLimits.REPLICATES);
        CountOptions.require(spec, "--cv", folds, 0, WorkLimits.REPLICATES);
        if (folds == 1) {
            throw new ParameterException(spec.commandLine(), "--cv: 0 (none) or at least 2 folds, was 1");
        }
        LanguageConfig language = config.language();
        if (choices != null) {
            language = language.withChoices(choices);
        }
        if (language.choices().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "the config names no choice data: pass --choices FILE");
        }
        FitOptions options = new FitOptions(bootstrap, folds, seed == null ? language.seed() : seed,
                ThreadOptions.of(spec, threads));
        ChoiceFitStudy.Result study = ChoiceFitStudy.run(language, new ChoiceFitStudy.Request(rules, options,
                structure("--random", random, language), resampling(), Optional.ofNullable(by))
                        .withCompare(compareStructure(language)),
                new ProgressPrinter(spec.commandLine().getErr(), quiet), Runtime.getRuntime().maxMemory());
        FitWriter.write(output.target(spec, OutputOptions.inputs(language, choices)), language, study,
                figures.formats);
        spec.commandLine().getOut().print(FitWriter.summary(study));
        study.warnings().forEach(w -> spec.commandLine().getErr().println("cmsim: warning: " + w));
        return Main.EXIT_OK;
    }

    static List<ChoiceRule> rules(CommandSpec spec, String name) {
        try {
            return Rules.select(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--rule: " + e.getMessage());
        }
    }

    /** A structure option read: its grouping columns must be the data's, its slopes the config's parameters. */
    private RandomStructure structure(String option, String text, LanguageConfig language) {
        if (text == null) {
            return RandomStructure.NONE;
        }
        try {
            RandomStructure structure = RandomStructure.parse(text);
            for (String factor : structure.factors()) {
                if (!MixedDesign.FACTORS.contains(factor)) {
                    throw new IllegalArgumentException("'" + factor + "' is not a grouping column of choice data ("
                            + String.join(", ", MixedDesign.FACTORS) + ")");
                }
            }
            ChoiceFitStudy.requireParameters(structure, ChoiceFitStudy.possibleParameters(language.cues()));
            return structure;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    private RandomStructure compareStructure(LanguageConfig language) {
        if (compare == null) {
            return RandomStructure.NONE;
        }
        if (random == null) {
            throw new ParameterException(spec.commandLine(), "--compare needs --random: the structure it is tested"
                    + " against");
        }
        RandomStructure other = structure("--compare", compare, language);
        RandomStructure main = RandomStructure.parse(random);
        List<String> parameters = ChoiceFitStudy.possibleParameters(language.cues());
        if (!StructureComparison.nested(other, main, parameters) && !StructureComparison.nested(main, other, parameters)
                || other.toString().equals(main.toString())) {
            throw new ParameterException(spec.commandLine(), "--compare: " + other + " and " + main
                    + " are not nested (every effect and correlation of one must be in the other)");
        }
        return other;
    }

    private ChoiceFitStudy.Resampling resampling() {
        return switch (resample) {
            case "subjects" -> ChoiceFitStudy.Resampling.SUBJECTS;
            case "trials" -> ChoiceFitStudy.Resampling.TRIALS;
            default -> throw new ParameterException(spec.commandLine(),
                    "--resample: '" + resample + "' is not subjects or trials");
        };
    }
}
