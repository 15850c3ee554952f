package org.cmsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.input.ChoiceReader;
import org.cmsim.input.CueColumns;
import org.cmsim.io.OutputNames;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.LanguageConfig;
import org.cmsim.output.AttentionWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "attention", mixinStandardHelpOptions = true,
        header = "Train a single attention head and read off its cue contributions.",
        description = {"Train a single attention head on the corpus (or fit it to choice data with --choices) and read"
                + " off what it learned about each cue, in log-odds comparable with the multiplicative rule."
                + " Writes DIR/" + OutputNames.ATTENTION + ", DIR/" + OutputNames.CUE_CONTRIBUTIONS + ", DIR/"
                + OutputNames.QKV + " and DIR/" + OutputNames.TRAJECTORY + ".",
            "Example: cmsim attention --config configs/illustrative.json --out out/attention"})
final class AttentionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--choices", paramLabel = "FILE",
            description = "Fit the head to this choice data (binomial likelihood) instead of training on the corpus.")
    Path choices;

    @Option(names = "--readout", paramLabel = "R", description = "pointer (default) or value; overrides the config.")
    String readout;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of initialisation, split and order (default: the config's).")
    Long seed;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        LanguageConfig language = config.language();
        language = corpus.apply(language);
        AttentionSettings settings = language.attention();
        if (readout != null) {
            settings = settings.withReadout(switch (readout) {
                case "pointer" -> AttentionSettings.Readout.POINTER;
                case "value" -> AttentionSettings.Readout.VALUE;
                default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--readout: '" + readout + "' is not pointer or value");
            });
        }
        long runSeed = seed == null ? language.seed() : seed;
        AttentionStudy.Result result = choices != null
                ? AttentionStudy.fromChoices(language.features(),
                        CueColumns.readChoices(choices, language.features(), language.cues(),
                                ChoiceReader.Needs.NONE).conditions(), language.cues(), settings, runSeed)
                : AttentionStudy.fromCorpus(CorpusOptions.read(language),
                        language.cues(), settings, runSeed);
        AttentionWriter.write(output.target(spec, OutputOptions.inputs(language, choices)), result,
                language.features(), runSeed);
        spec.commandLine().getOut().print(AttentionWriter.summary(result));
        return Main.EXIT_OK;
    }
}
