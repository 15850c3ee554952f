package org.cmsim.output;

import java.io.IOException;
import java.nio.file.Files;
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
import java.util.Set;
import java.util.stream.Stream;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.compare.Correlations;
import org.cmsim.compare.HeldOut;
import org.cmsim.compare.ModelAgreement;
import org.cmsim.compare.PairedDifference;
import org.cmsim.explain.ListenerModels;
import org.cmsim.explain.Playground;
import org.cmsim.explain.WordFinder;
import org.cmsim.io.InputException;
import org.cmsim.io.Numbers;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.io.Table;
import org.cmsim.model.RunConfig;
import org.cmsim.numeric.Parallel;
import org.cmsim.report.FigureFormat;
import org.cmsim.report.HtmlReport;
import org.cmsim.report.RunPlots;
import org.cmsim.study.CueOrderings;
import org.cmsim.study.Headline;
import org.cmsim.study.LanguageOutcome;
import org.cmsim.study.LanguageStudy;
import org.cmsim.study.Progress;
import org.cmsim.study.RunStudy;

/**
 * What {@code cmsim run} writes: each language's folder ({@link LanguageFiles}), the plots, comparison.csv,
 * heldout.csv, the cue orderings, summary.json, report.html, playground.html and manifest.json. It is opened before the
 * study runs, so that a directory that cannot be written fails before the work, and writes after it.
 */
public final class RunWriter implements AutoCloseable {

    /**
     * How the run came about, for the report and manifest.json: the config file, the command that reproduces
     * the run, when it started, the threads it was given and cmsim's version.
     */
    public record Provenance(Path config, String command, Instant started, int threads, String version) {
    }

    private final OutputDirectory out;
    private final Set<FigureFormat> figures;
    /** The playground's word finders, read while the study runs (empty: read when the page is written). */
    private final Optional<PlaygroundLexicons> lexicons;

    private RunWriter(OutputDirectory out, Set<FigureFormat> figures, Optional<RunConfig> run) {
        this.out = out;
        this.figures = figures;
        this.lexicons = run.map(PlaygroundLexicons::start);
    }

    /** Prepares the run's directory; nothing appears there before {@link #write} has finished. */
    public static RunWriter open(DirectoryTarget target) throws OutputException {
        return open(target, FigureFormat.DEFAULT);
    }

    /** As {@link #open(DirectoryTarget)}, writing the figures in {@code figures}. */
    public static RunWriter open(DirectoryTarget target, Set<FigureFormat> figures) throws OutputException {
        return new RunWriter(target.open(), Set.copyOf(figures), Optional.empty());
    }

    /**
     * As {@link #open(DirectoryTarget, Set)}, for {@code run}: the lexicons playground.html reads sentences with
     * depend on its configs alone, so they are read now, on a thread of their own, while the study runs (their
     * reading was the largest part of writing the report).
     */
    public static RunWriter open(DirectoryTarget target, Set<FigureFormat> figures, RunConfig run)
            throws OutputException {
        return new RunWriter(target.open(), Set.copyOf(figures), Optional.of(run));
    }

    /**
     * Writes every file of the run, drawing the plots on {@code threads} threads, and moves the directory into
     * place; the time the plots and report take is reported to {@code progress} and kept in manifest.json.
     */
    public void write(RunStudy.Result result, Provenance provenance, int threads, Progress progress)
            throws OutputException, IOException, InputException {
        RunConfig run = result.run();
        List<LanguageOutcome> outcomes = result.outcomes();
        Map<String, Double> stageSeconds = new LinkedHashMap<>(result.stageSeconds());
        for (LanguageOutcome outcome : outcomes) {
            LanguageFiles.write(out, outcome);
        }
        long reportStart = System.nanoTime();
        RunPlots.Plotted plotted = RunPlots.write(out, outcomes, threads, figures);
        out.writeCsv(OutputNames.COMPARISON, RunFiles.comparisonTable(outcomes));
        out.writeCsv(OutputNames.HELD_OUT, HeldOutTables.heldOut(outcomes));
        out.writeCsv(OutputNames.L2_CURVE, HeldOutTables.l2Curves(outcomes));
        List<CueOrderings.Distribution> orderings = outcomes.stream().flatMap(o -> CueOrderings.of(o).stream())
                .toList();
        out.writeCsv(OutputNames.CUE_RANKS, OrderingTables.ranks(orderings));
        out.writeCsv(OutputNames.CUE_ORDERINGS, OrderingTables.orderings(orderings));
        Map<String, Object> summary = RunFiles.summary(run, outcomes);
        if (!result.findings().isEmpty()) {
            summary.put("publishedFindings", RunFiles.findingsJson(result.findings()));
        }
        String transfers = TransferWriter.writeRun(out, result.transfers(), figures);
        if (!result.transfers().isEmpty()) {
            summary.put("transfers", TransferWriter.json(result.transfers()));
        }
        out.writeJson(OutputNames.SUMMARY, summary);
        out.writeText(OutputNames.REPORT, HtmlReport.render(run.name(), provenance.command(), run.seed(),
                provenance.version(), plotted.overview(), plotted.sections(), result.findings(), transfers));
        out.writeText(OutputNames.PLAYGROUND, Playground.render(run.name(), provenance.command(),
                playground(outcomes, threads), threads));
        double reportSeconds = (System.nanoTime() - reportStart) / 1e9;
        stageSeconds.put("plots and report", reportSeconds);
        progress.stageDone("all", "plots and report", reportSeconds);
        Map<String, Object> manifest = Manifest.ofRun(run, provenance.config(), out.target(), provenance.threads(),
                provenance.started(), provenance.command(), stageSeconds, provenance.version());
        manifest.put("resampling", Manifest.resampling(outcomes.stream().collect(java.util.stream.Collectors.toMap(
                o -> o.study().config().name(), o -> o.study().corpus().clusters(), (a, b) -> a,
                java.util.LinkedHashMap::new))));
        out.writeJson(OutputNames.MANIFEST, manifest);
        out.commit();
    }

    /** Deletes what was written unless {@link #write} finished. */
    @Override
    public void close() {
        lexicons.ifPresent(PlaygroundLexicons::close);
        out.close();
    }

    /** A language's word finder for the page: read while the study ran, or now. */
    private Optional<WordFinder> finder(org.cmsim.model.LanguageConfig language) throws InputException {
        return lexicons.isPresent() ? lexicons.get().finder(language) : Playground.finder(language);
    }

    /**
     * What the terminal shows: per language and kind of data, each model's ordering of the cues with the share of
     * its replicates that order them so, how often the two order pairs of cues alike and agree on the strongest,
     * and the correlation of their parameters with its interval.
     */
    public static String summary(List<LanguageOutcome> outcomes) {
        Table table = new Table("language", "data", "competition_ordering", "share", "attention_ordering", "share",
                "pairs_alike", "same_strongest", "pearson", "pearson_low", "pearson_high", "not_measured");
        List<String> withheld = new ArrayList<>();
        for (LanguageOutcome outcome : outcomes) {
            for (Headline h : outcome.headlines()) {
                Optional<ModelAgreement.Result> agreement = h.agreement();
                table.add(h.language(), h.data(), h.competition().describe(), percent(h.competitionShare()),
                        h.attention().describe(), percent(h.attentionShare()),
                        percent(agreement.map(ModelAgreement.Result::pairsAlike).orElse(Double.NaN)),
                        percent(agreement.map(ModelAgreement.Result::sameStrongest).orElse(Double.NaN)),
                        h.correlations().pearson(), agreement.map(ModelAgreement.Result::pearsonLow).orElse(Double.NaN),
                        agreement.map(ModelAgreement.Result::pearsonHigh).orElse(Double.NaN),
                        String.join(", ", h.competition().notMeasured()));
                if (h.correlations().n() < Correlations.HEADLINE_MINIMUM) {
                    withheld.add(h.language() + " " + h.data() + ": " + h.correlations().n());
                }
            }
        }
        StringBuilder text = new StringBuilder(table.toText());
        text.append("share: of the model's replicates ordering the cues so (rule: bootstrap refits; heads: seeds x"
                + " resamples); pairs_alike, same_strongest: of pairs of replicates, one of each model\n");
        if (!withheld.isEmpty()) {
            text.append("pearson is shown over ").append(Correlations.HEADLINE_MINIMUM)
                    .append(" or more measured parameters (measured: ").append(String.join("; ", withheld)).append(")\n");
        }
        return text.append(heldOutSummary(outcomes)).toString();
    }

    /**
     * Out of sample, per language: the heads' L2 and whether it is interior, then the head against the head without
     * attention, the cues with interactions and the rule: the difference of held-out log-likelihoods with its 95%
     * interval over tokens and what it says.
     */
    static String heldOutSummary(List<LanguageOutcome> outcomes) {
        List<String> columns = new ArrayList<>(List.of("language", "head_l2", "interior"));
        HeldOut.BASELINES.forEach(baseline -> columns.add("head_minus_" + baseline));
        Table table = new Table(columns);
        int folds = 0;
        for (LanguageOutcome outcome : outcomes) {
            LanguageStudy.Heads heads = outcome.study().heads();
            HeadEnsemble.CrossValidation cv = heads.ensemble().crossValidation();
            folds = heads.heldOut().folds();
            List<Object> row = new ArrayList<>(List.of(outcome.study().config().name(), Numbers.penalty(cv.chosenL2()),
                    cv.curve().points().size() == 1 ? "set" : cv.chosenIsInterior() ? "yes" : "no"));
            for (String baseline : HeldOut.BASELINES) {
                PairedDifference d = heads.heldOut().headAgainst(baseline);
                row.add(String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f] %s", d.total(), d.tokenLow(), d.tokenHigh(),
                        d.verdict().text()));
            }
            table.add(row.toArray());
        }
        return table.toText() + "head_minus_*: the head's held-out log-likelihood minus the other model's, summed over"
                + " " + folds + " folds of nested cross-validation, with a 95% paired bootstrap interval over tokens;"
                + " head_l2: the heads' L2, interior when it beats both neighbours\n";
    }

    /** A share as a whole percentage ("62%"), empty when there is none. */
    static String percent(double share) {
        return Double.isNaN(share) ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /**
     * {@code runs/<name>-<UTC time>-<process id>}, with a further number when that is taken (by a
     * finished run or by one still writing). Unique up front: two runs started in the same second
     * would otherwise both do all the work and the second fail when it moves its output in.
     */
    public static Path defaultTarget(Path runs, String name, Instant started) throws IOException {
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

    /**
     * Each language's listeners as this run fitted them, for playground.html, on {@code threads} threads (fitting the
     * other rules and reading the lexicon are a language's own work), in the run's order.
     */
    private List<Playground.Language> playground(List<LanguageOutcome> outcomes, int threads)
            throws InputException {
        List<PlaygroundLanguage> languages = Parallel.map(outcomes.size(), threads, l -> {
            LanguageStudy.Result study = outcomes.get(l).study();
            LanguageStudy.CorpusAnalysis analysis = study.analysis();
            try {
                return new PlaygroundLanguage(Playground.language(ListenerModels.withOtherRules(study.config(),
                        analysis.exposure(), ListenerModels.strengths(analysis.exposureFit(), analysis.intervals()),
                        study.heads().first().head(), "fitted by this run"), finder(study.config())), null);
            } catch (InputException e) {
                return new PlaygroundLanguage(null, e);
            }
        });
        List<Playground.Language> read = new ArrayList<>();
        for (PlaygroundLanguage language : languages) {
            if (language.failure() != null) {
                throw language.failure();
            }
            read.add(language.language());
        }
        return read;
    }

    /** A language for the page, or why its lexicon could not be read (thrown in the run's order). */
    private record PlaygroundLanguage(Playground.Language language, InputException failure) {
    }
}
