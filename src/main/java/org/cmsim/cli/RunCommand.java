package org.cmsim.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cmsim.compare.Comparison;
import org.cmsim.compare.Dominance;
import org.cmsim.compare.LanguageStudy;
import org.cmsim.competition.Parallel;
import org.cmsim.io.ChoiceReader;
import org.cmsim.io.ConfigReader;
import org.cmsim.io.FindingsReader;
import org.cmsim.model.PublishedFinding;
import org.cmsim.io.CueColumns;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.Table;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.RunConfig;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.report.HtmlReport;
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

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        RunConfig run = ConfigReader.readRun(config);
        // Read and check every input before any work, so bad data fail fast and nothing is written.
        Map<String, SentenceCorpus> corpora = new LinkedHashMap<>();
        Map<String, Optional<ChoiceData>> choices = new LinkedHashMap<>();
        for (LanguageConfig language : run.languages()) {
            corpora.put(language.name(), CueColumns.readCorpus(language));
            choices.put(language.name(), language.choices().isPresent()
                    ? Optional.of(ChoiceReader.read(language.choices().get(), language.features())) : Optional.empty());
        }
        List<PublishedFinding> published = run.findings().isPresent()
                ? FindingsReader.read(run.findings().get()) : List.of();
        Path target = out != null ? out : Path.of("runs", folderName(run.name()) + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started));
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr(), quiet);
        int workers = threads == null ? Parallel.defaultThreads() : Math.max(1, threads);
        try (OutputDirectory output = OutputDirectory.create(target, force)) {
            List<RunReport.LanguageOutcome> outcomes = new ArrayList<>();
            Map<String, Double> stageSeconds = new LinkedHashMap<>();
            for (LanguageConfig language : run.languages()) {
                LanguageStudy.Result study = LanguageStudy.run(language, corpora.get(language.name()),
                        choices.get(language.name()), workers, progress);
                Comparison.Result onCorpus = Comparison.onCorpus(study);
                Optional<Comparison.Result> onChoices = study.rules().isPresent()
                        ? Optional.of(Comparison.onChoices(study)) : Optional.empty();
                LanguageFiles.write(output, folderName(language.name()), study, onCorpus, onChoices);
                outcomes.add(new RunReport.LanguageOutcome(study, onCorpus, onChoices));
                study.seconds().forEach((stage, s) -> stageSeconds.put(language.name() + ": " + stage, s));
            }
            long reportStart = System.nanoTime();
            String command = command(target);
            List<HtmlReport.Section> sections = RunReport.writePlots(output, outcomes);
            List<HtmlReport.Finding> findings = RunReport.findings(outcomes, published);
            output.writeCsv("comparison.csv", RunReport.comparisonTable(outcomes));
            Map<String, Object> summary = RunReport.summary(run, outcomes);
            if (!findings.isEmpty()) {
                summary.put("publishedFindings", RunReport.findingsJson(findings));
            }
            output.writeJson("summary.json", summary);
            output.writeText("report.html", HtmlReport.render(run.name(), command, run.seed(), Version.current(),
                    sections, findings));
            double reportSeconds = (System.nanoTime() - reportStart) / 1e9;
            stageSeconds.put("plots and report", reportSeconds);
            progress.stageDone("all", "plots and report", reportSeconds);
            output.writeJson("manifest.json", manifest(run, started, command, stageSeconds));
            output.commit();
            spec.commandLine().getOut().print(headline(outcomes));
            spec.commandLine().getOut().println("wrote " + target + " (open " + target.resolve("report.html") + ")");
        }
        return Main.EXIT_OK;
    }

    /** The command that reproduces this run. */
    private String command(Path target) {
        return "./cmsim run " + config + " --out " + target + (threads == null ? "" : " --threads " + threads);
    }

    static String folderName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    }

    private Map<String, Object> manifest(RunConfig run, Instant started, String command,
                                         Map<String, Double> stageSeconds) throws java.io.IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", command);
        json.put("config", config.toString());
        json.put("seed", run.seed());
        json.put("cmsimVersion", Version.current());
        json.put("gitCommit", Manifest.gitCommit());
        json.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        json.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        json.put("threads", threads == null ? Parallel.defaultThreads() : threads);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put(config.toString(), Manifest.sha256(config));
        if (run.findings().isPresent()) {
            inputs.put(run.findings().get().toString(), Manifest.sha256(run.findings().get()));
        }
        List<Object> languages = new ArrayList<>();
        for (LanguageConfig language : run.languages()) {
            if (language.file() != null && !language.file().equals(config)) {
                inputs.put(language.file().toString(), Manifest.sha256(language.file()));
            }
            inputs.put(language.corpus().toString(), Manifest.sha256(language.corpus()));
            if (language.choices().isPresent()) {
                inputs.put(language.choices().get().toString(), Manifest.sha256(language.choices().get()));
            }
            languages.add(Manifest.resolved(language));
        }
        json.put("inputSha256", inputs);
        json.put("resolvedConfig", Json.object("name", run.name(), "seed", run.seed(), "languages", languages));
        json.put("started", started.toString());
        json.put("finished", Instant.now().toString());
        json.put("stageSeconds", stageSeconds);
        return json;
    }

    private static String headline(List<RunReport.LanguageOutcome> outcomes) {
        Table table = new Table("language", "data", "pearson", "spearman", "kendall", "competition_ordering",
                "attention_ordering");
        for (RunReport.LanguageOutcome outcome : outcomes) {
            for (Comparison.Result r : outcome.results()) {
                table.add(outcome.study().config().name(), r.data(), r.correlations().pearson(),
                        r.correlations().spearman(), r.correlations().kendall(),
                        Dominance.describe(r.competitionOrder()), Dominance.describe(r.attentionOrder()));
            }
        }
        return table.toText();
    }
}
