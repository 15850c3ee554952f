package org.cmsim.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.input.ChoiceReader;
import org.cmsim.input.CueColumns;
import org.cmsim.input.FindingsReader;
import org.cmsim.io.FolderName;
import org.cmsim.io.InputException;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.PublishedFinding;
import org.cmsim.model.RunConfig;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.TransferPair;
import org.cmsim.numeric.Parallel;
import org.cmsim.transfer.Blocking;
import org.cmsim.transfer.TransferSettings;
import org.cmsim.transfer.TransferStudy;

/**
 * One run of the comparison: every language of a run config studied and compared, with the
 * published findings beside them. Writing the results is left to {@code output/} and {@code report/}.
 */
public final class RunStudy {

    /** Every input of a run, read and checked before any work so that bad data fail fast. */
    public record Inputs(RunConfig run, Map<String, SentenceCorpus> corpora, Map<String, Optional<ChoiceData>> choices,
                         List<PublishedFinding> published, List<TransferInputs> transfers) {

        public Inputs(RunConfig run, Map<String, SentenceCorpus> corpora, Map<String, Optional<ChoiceData>> choices,
                      List<PublishedFinding> published) {
            this(run, corpora, choices, published, List.of());
        }
    }

    /** A language's corpus and choices as read, or what went wrong reading them. */
    private record LanguageFiles(SentenceCorpus corpus, Optional<ChoiceData> choices, InputException failure) {

        static LanguageFiles read(LanguageConfig language) {
            try {
                return new LanguageFiles(CueColumns.readCorpus(language), language.choices().isPresent()
                        ? Optional.of(CueColumns.readChoices(language.choices().get(), language.features(),
                                language.cues(), ChoiceReader.Needs.groupIfPresent())) : Optional.empty(), null);
            } catch (InputException e) {
                return new LanguageFiles(null, Optional.empty(), e);
            }
        }

        /** The corpus, or what went wrong reading this language's files. */
        SentenceCorpus corpusRead() throws InputException {
            if (failure != null) {
                throw failure;
            }
            return corpus;
        }
    }

    /** A transfer of the run's {@code transfer} block with both corpora read. */
    public record TransferInputs(TransferPair pair, SentenceCorpus l1, SentenceCorpus l2) {
    }

    /**
     * The run's outcomes per language, the published findings with each model's verdict on them, and how long
     * each stage took. {@code run} is the run as studied: each language's config carries the L2 its heads were
     * trained at.
     */
    public record Result(RunConfig run, List<LanguageOutcome> outcomes, List<PublishedFinding> published,
                         List<FindingVerdicts.Finding> findings, Map<String, Double> stageSeconds,
                         List<TransferStudy.Result> transfers) {

        public Result(RunConfig run, List<LanguageOutcome> outcomes, List<PublishedFinding> published,
                      List<FindingVerdicts.Finding> findings, Map<String, Double> stageSeconds) {
            this(run, outcomes, published, findings, stageSeconds, List.of());
        }
    }

    /** Languages studied at a time with two or more threads: enough to fill the cores, few enough to keep memory. */
    static final int LANGUAGES_AT_ONCE = 2;

    private RunStudy() {
    }

    /** Every file a run reads (config files, corpora, choices, findings), none of which its output may replace. */
    public static List<Path> inputFiles(RunConfig run) {
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
        for (TransferPair pair : run.transfers()) {
            for (LanguageConfig language : List.of(pair.from(), pair.to())) {
                inputs.add(language.file());
                inputs.add(language.corpus());
            }
        }
        return inputs;
    }

    /** Reads every corpus, choice file and the findings of a run config. */
    public static Inputs read(RunConfig run) throws IOException, InputException {
        return read(run, 1);
    }

    /**
     * The same, the languages' files read on {@code threads} threads; a bad file is reported as reading them in
     * turn would report it (the first language's first).
     */
    public static Inputs read(RunConfig run, int threads) throws IOException, InputException {
        List<LanguageConfig> languages = run.languages();
        List<LanguageFiles> read = Parallel.map(languages.size(), threads, l -> LanguageFiles.read(languages.get(l)));
        Map<String, SentenceCorpus> corpora = new LinkedHashMap<>();
        Map<String, Optional<ChoiceData>> choices = new LinkedHashMap<>();
        for (int l = 0; l < languages.size(); l++) {
            corpora.put(languages.get(l).name(), read.get(l).corpusRead());
            choices.put(languages.get(l).name(), read.get(l).choices());
        }
        List<PublishedFinding> published = run.findings().isPresent()
                ? FindingsReader.read(run.findings().get()) : List.of();
        List<TransferInputs> transfers = new ArrayList<>();
        for (TransferPair pair : run.transfers()) {
            Optional<String> incompatible = org.cmsim.attention.HeadTransfer.incompatibility(pair.from().attention(),
                    pair.to().attention());
            if (incompatible.isPresent()) {
                throw InputException.in(pair.to().file(), "attention: %s from %s; a head carries its weights over only"
                        + " to a head of the same shape", incompatible.get(), pair.from().file());
            }
            transfers.add(new TransferInputs(pair, CueColumns.readCorpus(pair.from()), CueColumns.readCorpus(pair.to())));
        }
        return new Inputs(run, corpora, choices, published, transfers);
    }

    /** Studies and compares every language, then judges the published findings. */
    public static Result run(Inputs inputs, int threads, Progress progress) {
        return run(inputs, threads, progress, StudyOptions.defaults());
    }

    /**
     * Studies and compares every language, then judges the published findings. With two or more threads,
     * {@value #LANGUAGES_AT_ONCE} languages are studied at a time, so that one language's single-threaded stages
     * (the rule's fit and its profile-likelihood intervals) and the ends of its parallel ones, where one job is
     * left, overlap another's work instead of leaving a core idle. Every job draws from its own seed, so the
     * results are those of one language after another, listed in the config's order.
     */
    public static Result run(Inputs inputs, int threads, Progress progress, StudyOptions options) {
        List<LanguageConfig> languages = inputs.run().languages();
        List<LanguageOutcome> outcomes = Parallel.map(languages.size(), Math.min(threads, LANGUAGES_AT_ONCE), l -> {
            LanguageConfig language = languages.get(l);
            return LanguageOutcome.of(LanguageStudy.run(language, inputs.corpora().get(language.name()),
                    inputs.choices().get(language.name()), threads, progress, options));
        });
        Map<String, Double> stageSeconds = new LinkedHashMap<>();
        for (LanguageOutcome outcome : outcomes) {
            String language = outcome.study().config().name();
            outcome.study().seconds().forEach((stage, s) -> stageSeconds.put(language + ": " + stage, s));
        }
        RunConfig run = inputs.run();
        RunConfig studied = new RunConfig(run.file(), run.name(), run.seed(),
                outcomes.stream().map(o -> o.study().config()).toList(), run.findings(), run.transfers());
        List<TransferStudy.Result> transfers = transfers(inputs.transfers(), threads, progress, stageSeconds);
        List<FindingVerdicts.Finding> findings = new ArrayList<>(FindingVerdicts.of(outcomes,
                inputs.published().stream().filter(f -> !LearningVerdicts.measures(f)).toList()));
        Optional<Blocking.Result> blocking = inputs.published().stream()
                .anyMatch(f -> f.measure().equals(Optional.of("blocking")))
                ? Optional.of(Blocking.run(LearningVerdicts.BLOCKING_PHASE, LearningVerdicts.BLOCKING_PHASE,
                        LearningVerdicts.BLOCKING_RATE, options.bootstrap(), options.heads().seeds(),
                        AttentionSettings.DEFAULTS, run.seed(), threads)) : Optional.empty();
        findings.addAll(LearningVerdicts.of(inputs.published(), outcomes, transfers, blocking));
        return new Result(studied, outcomes, inputs.published(), findings, stageSeconds, transfers);
    }

    /** The run's second-language transfers, each timed as a stage. */
    private static List<TransferStudy.Result> transfers(List<TransferInputs> inputs, int threads, Progress progress,
                                                        Map<String, Double> stageSeconds) {
        List<TransferStudy.Result> results = new ArrayList<>();
        for (TransferInputs t : inputs) {
            long start = System.nanoTime();
            TransferSettings settings = TransferSettings.defaults();
            settings = t.pair().exposure().isPresent() ? settings.withExposure(t.pair().exposure().getAsLong()) : settings;
            settings = t.pair().orders().isPresent() ? settings.withOrders(t.pair().orders().getAsInt()) : settings;
            settings = t.pair().seeds().isPresent() ? settings.withSeeds(t.pair().seeds().getAsInt()) : settings;
            results.add(TransferStudy.run(t.pair().from(), t.l1(), t.pair().to(), t.l2(), settings, threads));
            double seconds = (System.nanoTime() - start) / 1e9;
            stageSeconds.put(t.pair().folder() + ": transfer", seconds);
            progress.stageDone(t.pair().folder(), "transfer", seconds);
        }
        return results;
    }

    /** A name as a folder or file name, by the one safe mapping ({@link FolderName}); the config reader checked it. */
    public static String folderName(String name) {
        return FolderName.require(name);
    }
}
