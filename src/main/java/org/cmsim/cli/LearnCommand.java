package org.cmsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cmsim.design.Exposure;
import org.cmsim.input.ConfigReader;
import org.cmsim.io.Installation;
import org.cmsim.io.OutputNames;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.LearnSettings;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.WorkLimits;
import org.cmsim.ndl.EventExport;
import org.cmsim.ndl.NdlParameters;
import org.cmsim.output.LearnWriter;
import org.cmsim.study.LearnStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "learn", mixinStandardHelpOptions = true,
        header = "How cue strengths arise from exposure: error-driven learning.",
        description = {"How cue strengths arise from exposure: error-driven learners (the delta rule on the"
                + " multiplicative rule's log-odds, and Rescorla-Wagner) read the corpus in a seeded random"
                + " order. Writes DIR/" + OutputNames.TRAJECTORY + " (weights at log-spaced checkpoints), DIR/"
                + OutputNames.ASYMPTOTE + " (where each learner settles), DIR/" + OutputNames.LEADS + " (when each"
                + " cue takes the lead) and DIR/" + OutputNames.WEIGHTS + " (pyndl's Rescorla-Wagner on the corpus's"
                + " events, as export-events writes them). With --events FILE instead of --config: pyndl's"
                + " Rescorla-Wagner on a pyndl event file, in file order, writing DIR/" + OutputNames.WEIGHTS
                + " (cue x outcome).",
            "Example: cmsim learn --config configs/illustrative.json --presentations 20000 --rate 0.05"
                + " --out out/learn",
            "         cmsim learn --events events.tab.gz --alpha 0.1 --betas 0.1,0.1 --lambda 1 --out"
                + " out/ndl"})
final class LearnCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Language config (JSON) whose corpus to learn from.")
    Path configFile;

    @Option(names = "--events", paramLabel = "FILE", description = "A pyndl event file (gzip or plain) to learn from.")
    Path events;

    @Option(names = "--alpha", defaultValue = LearnEventsLine.DEFAULT_ALPHA, paramLabel = "A", description = "pyndl's alpha (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--betas", defaultValue = LearnEventsLine.DEFAULT_BETAS, paramLabel = "B1,B2",
            description = "pyndl's betas for present and absent outcomes (default: ${DEFAULT-VALUE}).")
    String betas;

    @Option(names = "--lambda", defaultValue = LearnEventsLine.DEFAULT_LAMBDA, paramLabel = "L", description = "pyndl's lambda (default: ${DEFAULT-VALUE}).")
    double lambda;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--presentations", paramLabel = "N", description = "Sentences presented (default: the config's, else 20000).")
    Long presentations;

    @Option(names = "--rate", paramLabel = "R", description = "Learning rate (default: the config's, else 0.05).")
    Double rate;

    @Option(names = "--checkpoints", paramLabel = "K", description = "Log-spaced checkpoints (default: the config's, else 40).")
    Integer checkpoints;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the presentation order (default: the config's).")
    Long seed;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if ((configFile == null) == (events == null)) {
            throw new ParameterException(spec.commandLine(), "give either --config FILE or --events FILE");
        }
        NdlParameters ndl = ndlParameters();
        if (events != null) {
            LearnEventsLine.learn(events, ndl, output.out, output.force, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            return Main.EXIT_OK;
        }
        LanguageConfig language = ConfigReader.readLanguage(Installation.shipped(configFile));
        language = corpus.apply(language);
        LearnSettings settings = settings(language.learn());
        SentenceCorpus sentences = CorpusOptions.read(language);
        EventExport corpusEvents = events(sentences, language);
        long runSeed = seed == null ? language.seed() : seed;
        LearnStudy.Result result = LearnStudy.run(Exposure.of(sentences, language.cues()), corpusEvents, settings,
                runSeed, ndl);
        LearnWriter.write(output.target(spec, OutputOptions.inputs(language)), result);
        spec.commandLine().getOut().print(LearnWriter.summary(result));
        return Main.EXIT_OK;
    }

    private NdlParameters ndlParameters() {
        String[] parts = betas.split(",");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            return new NdlParameters(alpha, Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                    lambda);
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--betas needs two numbers B1,B2, got '" + betas + "'");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The corpus's events as export-events writes them (a usage error when a cue name cannot be written). */
    private EventExport events(SentenceCorpus sentences, LanguageConfig language) {
        try {
            return EventExport.of(sentences, language.cues());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private LearnSettings settings(LearnSettings base) {
        try {
            LearnSettings settings = base;
            if (presentations != null) {
                CountOptions.require(spec, "--presentations", presentations, 1, WorkLimits.PRESENTATIONS);
                settings = settings.withPresentations(presentations);
            }
            if (rate != null) {
                settings = settings.withRate(rate);
            }
            if (checkpoints != null) {
                CountOptions.require(spec, "--checkpoints", checkpoints, 2, WorkLimits.CHECKPOINTS);
                settings = new LearnSettings(settings.presentations(), settings.rate(), checkpoints);
            }
            return settings;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
