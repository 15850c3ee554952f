package org.cmsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cmsim.compare.Comparison;
import org.cmsim.compare.Dominance;
import org.cmsim.explain.ListenerModels;
import org.cmsim.explain.Playground;
import org.cmsim.input.ConfigReader;
import org.cmsim.io.InputException;
import org.cmsim.io.Installation;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.Table;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.RunConfig;
import org.cmsim.numeric.Parallel;
import org.cmsim.output.LanguageFiles;
import org.cmsim.output.Manifest;
import org.cmsim.output.OrderingTables;
import org.cmsim.output.RunFiles;
import org.cmsim.report.HtmlReport;
import org.cmsim.report.RunPlots;
import org.cmsim.study.CueOrderings;
import org.cmsim.study.FindingVerdicts;
import org.cmsim.study.LanguageOutcome;
import org.cmsim.study.LanguageStudy;
import org.cmsim.study.RunStudy;
import org.cmsim.study.StudyOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "The main job: both models on every language of a config, compared in tables, plots and a report.",
        description = {"The main job: for each language of the config, cue validity, the Competition Model fitted to"
                + " the corpus (and to choice data), learning over exposure, the attention head trained on the"
                + " same corpus (and choices), and the comparison of the two: tables, plots and a self-contained"
                + " report.html.",
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
        StudyOptions options;
        try {
            options = StudyOptions.defaults().withSeeds(seeds).withBootstrap(bootstrap).withHeadResamples(headResamples)
                    .withMinimumSupport(minimumSupport);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Instant started = Instant.now();
        config = Installation.shipped(config);
        RunConfig run = ConfigReader.readRun(config);
        // Read and check every input before any work, so bad data fail fast and nothing is written.
        RunStudy.Inputs inputs = RunStudy.read(run);
        Path target = out != null ? out : defaultTarget(Path.of("runs"), run.name(), started);
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr(), quiet);
        int workers = threads == null ? Parallel.defaultThreads() : Math.max(1, threads);
        try (OutputDirectory output = OutputDirectory.create(target, force, inputs(run))) {
            output.cleaned().forEach(line -> spec.commandLine().getErr().println("cmsim: " + line));
            RunStudy.Result result = RunStudy.run(inputs, workers, progress, options);
            List<LanguageOutcome> outcomes = result.outcomes();
            Map<String, Double> stageSeconds = new LinkedHashMap<>(result.stageSeconds());
            for (LanguageOutcome outcome : outcomes) {
                LanguageFiles.write(output, RunStudy.folderName(outcome.study().config().name()), outcome.study(),
                        outcome.corpus(), outcome.choices());
            }
            long reportStart = System.nanoTime();
            String command = command(target);
            RunPlots.Plotted plotted = RunPlots.write(output, outcomes, workers);
            List<FindingVerdicts.Finding> findings = FindingVerdicts.of(outcomes, result.published());
            output.writeCsv("comparison.csv", RunFiles.comparisonTable(outcomes));
            List<CueOrderings.Distribution> orderings = outcomes.stream().flatMap(o -> CueOrderings.of(o).stream())
                    .toList();
            output.writeCsv("cue-ranks.csv", OrderingTables.ranks(orderings));
            output.writeCsv("cue-orderings.csv", OrderingTables.orderings(orderings));
            Map<String, Object> summary = RunFiles.summary(run, outcomes);
            if (!findings.isEmpty()) {
                summary.put("publishedFindings", RunFiles.findingsJson(findings));
            }
            output.writeJson("summary.json", summary);
            output.writeText("report.html", HtmlReport.render(run.name(), command, run.seed(), Version.current(),
                    plotted.overview(), plotted.sections(), findings));
            output.writeText("playground.html", Playground.render(run.name(), command, playground(outcomes)));
            double reportSeconds = (System.nanoTime() - reportStart) / 1e9;
            stageSeconds.put("plots and report", reportSeconds);
            progress.stageDone("all", "plots and report", reportSeconds);
            output.writeJson("manifest.json", Manifest.ofRun(result.run(), config,
                    threads == null ? Parallel.defaultThreads() : threads, started, command, stageSeconds,
                    Version.current()));
            output.commit();
            spec.commandLine().getOut().print(headline(outcomes));
            spec.commandLine().getOut().println("wrote " + target + " (open " + target.resolve("report.html") + ")");
        }
        return Main.EXIT_OK;
    }

    /**
     * {@code runs/<name>-<UTC time>-<process id>}, with a further number when that is taken (by a
     * finished run or by one still writing). Unique up front: two runs started in the same second
     * would otherwise both do all the work and the second fail when it moves its output in.
     */
    static Path defaultTarget(Path runs, String name, Instant started) throws IOException {
        String stem = RunStudy.folderName(name) + "-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC).format(started) + "-" + ProcessHandle.current().pid();
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? stem : stem + "-" + n;
            if (!Files.exists(runs.resolve(candidate)) && !beingWritten(runs, candidate)) {
                return runs.resolve(candidate);
            }
        }
    }

    private static boolean beingWritten(Path runs, String name) throws IOException {
        if (!Files.isDirectory(runs)) {
            return false;
        }
        try (Stream<Path> siblings = Files.list(runs)) {
            return siblings.anyMatch(p -> p.getFileName().toString().startsWith("." + name + ".partial-"));
        }
    }

    /** Every file the run reads, none of which its output may replace. */
    private static List<Path> inputs(RunConfig run) {
        List<Path> inputs = new ArrayList<>(List.of(run.file()));
        run.findings().ifPresent(inputs::add);
        for (LanguageConfig language : run.languages()) {
            if (language.file() != null) {
                inputs.add(language.file());
            }
            if (language.hasCorpus()) {
                inputs.add(language.corpus());
            }
            language.choices().ifPresent(inputs::add);
        }
        return inputs;
    }

    /** Each language's listeners as this run fitted them, for playground.html. */
    private static List<Playground.Language> playground(List<LanguageOutcome> outcomes) throws InputException {
        List<Playground.Language> languages = new ArrayList<>();
        for (LanguageOutcome outcome : outcomes) {
            LanguageStudy.Result study = outcome.study();
            languages.add(Playground.language(ListenerModels.withOtherRules(study.config(), study.exposure(),
                    ListenerModels.strengths(study.exposureFit(), study.intervals()), study.attention().head(), "fitted by this run")));
        }
        return languages;
    }

    /** The command that reproduces this run. */
    private String command(Path target) {
        return "./cmsim run " + config + " --out " + target + " --seeds " + seeds + " --bootstrap " + bootstrap
                + " --head-resamples " + headResamples
                + " --min-support " + minimumSupport + (threads == null ? "" : " --threads " + threads);
    }

    private static String headline(List<LanguageOutcome> outcomes) {
        Table table = new Table("language", "data", "pearson", "spearman", "kendall", "competition_ordering",
                "attention_ordering");
        for (LanguageOutcome outcome : outcomes) {
            for (Comparison.Result r : outcome.comparisons()) {
                table.add(outcome.study().config().name(), r.data(), r.correlations().pearson(),
                        r.correlations().spearman(), r.correlations().kendall(),
                        Dominance.describe(r.competitionOrder()), Dominance.describe(r.attentionOrder()));
            }
        }
        return table.toText();
    }
}
