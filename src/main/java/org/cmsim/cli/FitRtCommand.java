package org.cmsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cmsim.competition.RandomStructure;
import org.cmsim.io.OutputNames;
import org.cmsim.model.LanguageConfig;
import org.cmsim.output.RtFitWriter;
import org.cmsim.reactiontime.MixedLinearDesign;
import org.cmsim.reactiontime.RtPredictors;
import org.cmsim.study.RtFitStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "fit-rt", mixinStandardHelpOptions = true,
        header = "Fit reaction times: log RT on cue conflict and the rule's certainty, as lme4's lmer.",
        description = {"Fits log RT (the choices' 'rt' column, ms) by REML as lme4's lmer, on whether the cues"
                + " present conflict, the multiplicative rule's certainty |logit P(n1)| and optionally the choice,"
                + " with Satterthwaite df as lmerTest. Writes DIR/" + OutputNames.RT_FIXED + ", DIR/"
                + OutputNames.RT_RANDOM + ", DIR/" + OutputNames.RT_CORRELATIONS + ", DIR/"
                + OutputNames.RT_CONDITIONS + " and DIR/" + OutputNames.RT_FIT + ".",
            "Example: cmsim fit-rt --config configs/two-groups.json --random \"(1 + conflict | subject) + (1 | item)\""
                + " --out out/rt"})
final class FitRtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--choices", paramLabel = "FILE", description = "Choice data to use instead of the config's.")
    Path choices;

    @Option(names = "--random", paramLabel = "TERMS",
            description = "Random effects in lme4's notation over subject and item, e.g. \"(1 + conflict | subject)"
                    + " + (1 | item)\"; slopes on conflict, certainty, choice (default: (1 | subject) + (1 | item),"
                    + " without the item term when the choices name no items).")
    String random;

    @Option(names = "--choice", description = "Add the choice (1 when n1 was chosen) as a predictor.")
    boolean choice;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        RtPredictors.Choice withChoice = choice ? RtPredictors.Choice.PREDICTOR : RtPredictors.Choice.LEFT_OUT;
        Optional<RandomStructure> structure = Optional.ofNullable(random).map(text -> structure(text, withChoice));
        LanguageConfig language = config.language();
        if (choices != null) {
            language = language.withChoices(choices);
        }
        if (language.choices().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "the config names no choice data: pass --choices FILE");
        }
        RtFitStudy.Request request = new RtFitStudy.Request(structure, withChoice);
        RtFitStudy.Result study = RtFitStudy.run(language, request, new ProgressPrinter(spec.commandLine().getErr(),
                quiet));
        RtFitWriter.write(output.target(spec, OutputOptions.inputs(language, choices)), language, request, study);
        spec.commandLine().getOut().print(RtFitWriter.summary(study));
        return Main.EXIT_OK;
    }

    /** The structure, its factors among the choices' grouping columns and its slopes among the predictors. */
    private RandomStructure structure(String text, RtPredictors.Choice withChoice) {
        RandomStructure structure;
        try {
            structure = RandomStructure.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--random: " + e.getMessage());
        }
        for (String factor : structure.factors()) {
            if (!RtPredictors.FACTORS.contains(factor)) {
                throw new ParameterException(spec.commandLine(), "--random: '" + factor + "' is not a grouping"
                        + " column fit-rt knows (" + String.join(", ", RtPredictors.FACTORS) + ")");
            }
        }
        List<String> slopes = new ArrayList<>(RtPredictors.fixed(withChoice));
        slopes.remove(MixedLinearDesign.INTERCEPT);
        for (String parameter : structure.parameters()) {
            if (!slopes.contains(parameter)) {
                throw new ParameterException(spec.commandLine(), "--random: '" + parameter + "' is not a predictor"
                        + " (" + String.join(", ", slopes) + (withChoice == RtPredictors.Choice.LEFT_OUT
                        ? "; choice needs --choice" : "") + ")");
            }
        }
        return structure;
    }
}
