package org.cmsim.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.cmsim.input.ConfigReader;
import org.cmsim.io.InputException;
import org.cmsim.io.Installation;
import org.cmsim.io.OutputNames;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.MissingCorpusException;
import org.cmsim.model.RunConfig;
import org.cmsim.numeric.Parallel;
import org.cmsim.output.RunWriter;
import org.cmsim.study.RunStudy;
import org.cmsim.study.StudyOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "The main job: both models on every language of a config, compared in tables, plots and a report.",
        description = {"The main job: for each language of the config, cue validity, the Competition Model fitted to"
                + " the corpus (and to choice data), learning over exposure, the attention head trained on the"
                + " same corpus (and choices), and the comparison of the two: tables, plots and a self-contained"
                + " " + OutputNames.REPORT + ".",
            "Example: cmsim run                      (the shipped default, configs/default.json)",
            "         cmsim run configs/illustrative.json --out runs/illustrative"})
final class RunCommand implements Callable<Integer> {

    static final Path DEFAULT_CONFIG = Path.of("configs/default.json");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG",
            description = "Run or language config (default: ${DEFAULT-VALUE}).", defaultValue = "configs/default.json")
    Path config;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory to write (default: runs/<config name>-<UTC time>); it appears only when the run succeeds.")
    Path out;

    @Option(names = "--force", description = "Replace DIR if it exists.")
    boolean force;

    @picocli.CommandLine.Mixin
    FigureOptions figures;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores).")
    Integer threads;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "10",
            description = "Attention heads per language, each with its own initialisation and data order (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "200",
            description = "Bootstrap resamples of each corpus behind the verdicts (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--head-resamples", paramLabel = "R", defaultValue = "4",
            description = "Bootstrap resamples of the corpus per head behind the heads' verdicts: seeds x R replicates;"
                    + " 0 reads the heads as they are (default: ${DEFAULT-VALUE}).")
    int headResamples;

    @Option(names = "--min-support", paramLabel = "N", defaultValue = "20",
            description = "Tokens a parameter needs to be compared; below it is 'sparse' (default: ${DEFAULT-VALUE}).")
    int minimumSupport;

    @Override
    public Integer call() throws Exception {
        StudyOptions options = options();
        Instant started = Instant.now();
        config = Installation.shipped(config);
        RunConfig run = ConfigReader.readRun(config);
        requireCorpora(run);
        int workers = ThreadOptions.of(spec, threads);
        // Read and check every input before any work, so bad data fail fast and nothing is written.
        RunStudy.Inputs inputs = RunStudy.read(run, workers);
        Path target = out != null ? out : RunWriter.defaultTarget(Path.of("runs"), run.name(), started);
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr(), quiet);
        try (RunWriter writer = RunWriter.open(OutputOptions.target(target, force, RunStudy.inputFiles(run), spec),
                figures.formats, run)) {
            RunStudy.Result result = RunStudy.run(inputs, workers, progress, options);
            writer.write(result, new RunWriter.Provenance(config, command(target), started,
                    threads == null ? Parallel.defaultThreads() : threads, Version.current()), workers, progress);
            spec.commandLine().getOut().print(RunWriter.summary(result.outcomes()));
            spec.commandLine().getOut().println("wrote " + target + " (open " + target.resolve(OutputNames.REPORT)
                    + ")");
        }
        return Main.EXIT_OK;
    }

    /**
     * run studies a sentence corpus for every language; a language with choices alone is what fit is for, so the
     * message names fit, with the config to give it when the language has a file of its own.
     */
    private static void requireCorpora(RunConfig run) {
        for (LanguageConfig language : run.languages()) {
            if (!language.hasCorpus()) {
                boolean ownFile = isLanguageConfig(language.file());
                throw new MissingCorpusException(String.format(Locale.ROOT, "%s: corpus: run studies a sentence"
                        + " corpus, and %s names only choices; add \"corpus\" to it, or fit the choices alone: %s",
                        language.file(), ownFile ? "the config" : "language '" + language.name() + "'",
                        ownFile ? "cmsim fit --config " + language.file()
                                : "cmsim fit --config FILE, with the language's config in a file of its own"));
            }
        }
    }

    private static boolean isLanguageConfig(Path file) {
        if (file == null) {
            return false;
        }
        try {
            ConfigReader.readLanguage(file);
            return true;
        } catch (InputException e) {
            return false;
        }
    }

    /** The study's settings from the options; a setting out of range is a usage error naming its option. */
    private StudyOptions options() {
        StudyOptions options = StudyOptions.defaults();
        options = checked(options, "--seeds", o -> o.withSeeds(seeds));
        options = checked(options, "--bootstrap", o -> o.withBootstrap(bootstrap));
        options = checked(options, "--head-resamples", o -> o.withHeadResamples(headResamples));
        return checked(options, "--min-support", o -> o.withMinimumSupport(minimumSupport));
    }

    private StudyOptions checked(StudyOptions options, String option, UnaryOperator<StudyOptions> change) {
        try {
            return change.apply(options);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    /** The command that reproduces this run. */
    private String command(Path target) {
        return "./cmsim run " + config + " --out " + target + " --seeds " + seeds + " --bootstrap " + bootstrap
                + " --head-resamples " + headResamples
                + " --min-support " + minimumSupport + (threads == null ? "" : " --threads " + threads);
    }
}
