package org.cmsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.cmsim.bench.Benchmarks;
import org.cmsim.bench.MachineInfo;
import org.cmsim.bench.MixedBenchmark;
import org.cmsim.bench.ProcessBenchmarks;
import org.cmsim.bench.RunBenchmarks;
import org.cmsim.bench.Scratch;
import org.cmsim.bench.SweepBenchmark;
import org.cmsim.io.OutputNames;
import org.cmsim.output.BenchWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure cmsim's throughput against its goals.",
        description = {"Measure cmsim's throughput and print each figure beside its goal, with the machine's"
                + " description: Rescorla-Wagner end to end and its learning loop, attention training, the"
                + " bootstrap on 1 and 2 threads, CoNLL-U import, a sweep of 200 attention trainings on local"
                + " threads and on Spark local[2] with Spark's start-up cost, and whole processes started as the"
                + " launcher starts them: start-up, learn --events on 1M events (the comparison with pyndl), and"
                + " a corpus of a million rows through validity, learn and export-events in a 512 MB heap. Inputs"
                + " from ../shared/bench and ../shared/ud when present.",
            "Example: cmsim bench"})
final class BenchCommand implements Callable<Integer> {

    static final Path SHARED = Path.of("..", "shared");

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "FILE",
            description = "pyndl event file (default: cm_1M.tab.gz made by ../shared/bench/gen_events.py).")
    Path events;

    @Option(names = "--attention-corpus", paramLabel = "FILE",
            description = "Corpus for attention training (default: ../shared/bench/attention-bench-corpus.csv).")
    Path attentionCorpus;

    @Option(names = "--treebank", paramLabel = "FILE",
            description = "CoNLL-U file to import (default: ../shared/ud/en_ewt-ud-train.conllu).")
    Path treebank;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the figures to DIR/" + OutputNames.BENCH
            + ".")
    Path out;

    @Option(names = "--force", description = "Replace DIR if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        PrintWriter print = spec.commandLine().getOut();
        print.println("machine: " + MachineInfo.current().describe());
        print.flush();
        try (Scratch temporary = Scratch.create()) {
            Path scratch = temporary.directory();
            List<Benchmarks.Measurement> figures = new ArrayList<>();
            Path eventFile = events != null ? events : referenceEvents(scratch, print);
            long count = countEvents(eventFile);
            figures.add(show(print, Benchmarks.ndlEndToEnd(eventFile, count, scratch)));
            figures.add(show(print, Benchmarks.ndlLoop(eventFile)));
            Path corpus = attentionCorpus != null ? attentionCorpus
                    : SHARED.resolve("bench").resolve("attention-bench-corpus.csv");
            if (Files.exists(corpus)) {
                figures.add(show(print, Benchmarks.attention(corpus)));
            } else {
                print.println("attention training: skipped, no " + corpus);
            }
            figures.add(show(print, Benchmarks.bootstrap(2)));
            figures.add(show(print, MixedBenchmark.fit()));
            Benchmarks.Measurement one = show(print, Benchmarks.bootstrap(1, 20_000));
            Benchmarks.Measurement two = show(print, Benchmarks.bootstrap(2, 20_000));
            figures.add(one);
            figures.add(two);
            print.printf(Locale.ROOT, "  bootstrap speed-up 1 -> 2 threads (20,000 replicates): %.2fx%n",
                    one.value() / two.value());
            wholeProcesses(print, figures, eventFile, scratch);
            Path conllu = treebank != null ? treebank : SHARED.resolve("ud").resolve("en_ewt-ud-train.conllu");
            if (Files.exists(conllu)) {
                String language = conllu.getFileName().toString().substring(0, 2);
                figures.add(show(print, Benchmarks.conllu(conllu, language)));
                if (language.equals("en")) {
                    // The same text without WordNet: what the reading and the clause rules cost alone.
                    figures.add(show(print, Benchmarks.conllu(conllu, "xx")));
                    // What the figures above leave out: reading WordNet's answers once per import.
                    figures.add(show(print, Benchmarks.wordNetTable()));
                }
            } else {
                print.println("CoNLL-U import: skipped, no " + conllu);
            }
            figures.addAll(SweepBenchmark.run(Path.of("configs", "illustrative.json"), Main::execute, scratch)
                    .stream().map(m -> show(print, m)).toList());
            if (Files.exists(RunCommand.DEFAULT_CONFIG) && ProcessBenchmarks.launch().isPresent()) {
                ProcessBenchmarks.Launch launch = ProcessBenchmarks.launch().get();
                Path defaultOut = scratch.resolve("default-run");
                RunBenchmarks.defaultRun(launch, defaultOut, "run", RunCommand.DEFAULT_CONFIG.toString(), "--quiet",
                        "--out", defaultOut.toString(), "--force").forEach(m -> figures.add(show(print, m)));
                figures.add(show(print, RunBenchmarks.allLanguages(launch, "run", Path.of("configs", "all.json")
                        .toString(), "--quiet", "--out", scratch.resolve("all-run").toString(), "--force")));
            } else {
                print.println("default run: skipped, no " + RunCommand.DEFAULT_CONFIG + " or not running from the jar");
            }
            if (out != null) {
                BenchWriter.write(OutputOptions.target(out, force, List.of(), spec), figures,
                        MachineInfo.current().describe());
            }
        }
        return Main.EXIT_OK;
    }

    private static Benchmarks.Measurement show(PrintWriter print, Benchmarks.Measurement m) {
        String value = m.unit().equals("s") ? String.format(Locale.ROOT, "%.3f", m.value())
                : m.value() >= 1e6 ? String.format(Locale.ROOT, "%.2f million", m.value() / 1e6)
                : String.format(Locale.ROOT, "%.1f", m.value());
        String goal = m.unit().equals("s") ? String.format(Locale.ROOT, m.goal() < 1 ? "< %.2f" : "< %.1f", m.goal())
                : m.unit().equals("%") ? String.format(Locale.ROOT, "<= %.0f", m.goal())
                : m.goal() >= 1e6 ? String.format(Locale.ROOT, ">= %.1f million", m.goal() / 1e6)
                : String.format(Locale.ROOT, ">= %.0f", m.goal());
        print.printf(Locale.ROOT, "%-75s %16s %-16s goal %-16s %s%n", m.name(), value, m.unit(), goal,
                m.met() ? "met" : "NOT MET");
        if (!m.note().isEmpty()) {
            print.println("  " + m.note());
        }
        print.flush();
        return m;
    }

    /** Start-up, the 1M-event run as pyndl is compared with, and the million-row corpus: whole processes. */
    private static void wholeProcesses(PrintWriter print, List<Benchmarks.Measurement> figures, Path eventFile,
                                       Path scratch) throws Exception {
        Optional<ProcessBenchmarks.Launch> found = ProcessBenchmarks.launch();
        if (found.isEmpty()) {
            print.println("whole-process figures: skipped, cmsim is not running from its jar");
            return;
        }
        ProcessBenchmarks.Launch launch = found.get();
        String out = scratch.resolve("process-out").toString();
        // The launcher starts a line that only prints a text without the optimising compiler.
        figures.add(show(print, ProcessBenchmarks.process(launch, "start-up: cmsim --version (whole process)", 0.15, 5,
                ProcessBenchmarks.TEXT_ONLY, "--version")));
        Path tiny = ProcessBenchmarks.tinyEvents(scratch);
        figures.add(show(print, ProcessBenchmarks.process(launch, "start-up: cmsim learn --events on a 1-event file",
                0.25, 5, ProcessBenchmarks.eventFileOptions(tiny), "learn", "--events", tiny.toString(), "--out", out,
                "--force")));
        // pyndl 1.2.3's dict_ndl took 3.26-3.37 s on this file on the reference machine: 8x.
        figures.add(show(print, ProcessBenchmarks.process(launch,
                "Rescorla-Wagner, 1M events, whole process (learn --events)", 0.40, 5,
                ProcessBenchmarks.eventFileOptions(eventFile), "learn", "--events",
                eventFile.toString(), "--out", out, "--force")));
        researcherFigures(print, figures, launch, scratch);
        Path config = Path.of("configs", "illustrative.json");
        if (!Files.exists(config)) {
            print.println("million-row corpus: skipped, no " + config + " (run bench from the cmsim folder)");
            return;
        }
        String corpus = ProcessBenchmarks.millionRowCorpus(scratch).toString();
        List<String> smallHeap = List.of("-Xmx512m");
        figures.add(show(print, ProcessBenchmarks.process(launch, "million-row corpus: validity (whole process)", 10, 2,
                smallHeap, "validity", "--config", config.toString(), "--corpus", corpus, "--out", out, "--force")));
        figures.add(show(print, ProcessBenchmarks.process(launch,
                "million-row corpus: learn, 20,000 presentations and 2M events (whole process)", 10, 2, smallHeap,
                "learn", "--config", config.toString(), "--corpus", corpus, "--presentations", "20000", "--out", out,
                "--force")));
        figures.add(show(print, ProcessBenchmarks.process(launch, "million-row corpus: export-events (whole process)", 10,
                2, smallHeap, "export-events", "--config", config.toString(), "--corpus", corpus, "--out",
                scratch.resolve("events.tab.gz").toString(), "--force")));
    }

    /**
     * What a researcher waits for, whole processes, medians of 5: the pooled and the mixed fit of 1,728 trials
     * (the peers, R's glm and lme4's glmer, are timed by src/test/scripts/bench-r.sh on the same file), and
     * explain without --run once its listeners are in the user's cache.
     */
    private static void researcherFigures(PrintWriter print, List<Benchmarks.Measurement> figures,
                                          ProcessBenchmarks.Launch launch, Path scratch) throws Exception {
        Optional<Path> study = ProcessBenchmarks.researcherStudy(scratch);
        if (study.isEmpty()) {
            print.println("researcher figures: skipped, no corpora/two-groups (run bench from the cmsim folder)");
            return;
        }
        String config = study.get().toString();
        String out = scratch.resolve("fit-out").toString();
        figures.add(show(print, ProcessBenchmarks.processMedian(launch,
                "fit --rule multiplicative, 1,728 trials (whole process)", 1.36, 5,
                "goal: R glm's whole process (1.36 s where it was set; bench-r.sh times R here)", "fit", "--config",
                config, "--rule", "multiplicative", "--out", out, "--force")));
        figures.add(show(print, ProcessBenchmarks.processMedian(launch,
                "fit --random subject,item, 1,728 trials (whole process)", 0.72, 5,
                "goal: 3x faster than lme4 glmer's 2.16 s where it was set; bench-r.sh times glmer here", "fit",
                "--config", config, "--rule", "multiplicative", "--random", "subject,item", "--out", out, "--force")));
        figures.add(show(print, ProcessBenchmarks.processMedian(launch,
                "fit --random \"(1 + animacy|subject) + (1|item)\", 1,728 trials (whole process)", 0.72, 5,
                "goal: 3x faster than lme4 glmer's 2.16 s where it was set; bench-r.sh times glmer here", "fit",
                "--config", config, "--rule", "multiplicative", "--random", "(1 + animacy|subject) + (1|item)",
                "--out", out, "--force")));
        if (Files.exists(Path.of("configs", "default.json"))) {
            figures.add(show(print, ProcessBenchmarks.processMedian(launch,
                    "explain without --run, listeners cached (whole process)", 2, 5,
                    "the warm-up run fits and caches them", "explain", "the pencil kicks the cow", "--language",
                    "english")));
        }
    }

    /** cm_1M.tab.gz: made by the reference script when Python is there, else by an equivalent generator. */
    private static Path referenceEvents(Path scratch, PrintWriter print) throws Exception {
        Path file = scratch.resolve("cm_1M.tab.gz");
        Path script = SHARED.resolve("bench").resolve("gen_events.py");
        if (Files.exists(script)) {
            try {
                Process python = new ProcessBuilder("python3", script.toString(), file.toString(), "1000000")
                        .redirectErrorStream(true).start();
                python.getInputStream().readAllBytes();
                if (python.waitFor(5, TimeUnit.MINUTES) && python.exitValue() == 0) {
                    print.println("events: cm_1M.tab.gz from " + script + " (the reference file)");
                    return file;
                }
            } catch (java.io.IOException e) {
                // No python3: fall through to the equivalent generator.
            }
        }
        Benchmarks.generateEvents(file, 1_000_000, 20240425);
        print.println("events: 1,000,000 events from cmsim's generator (same distribution as gen_events.py,"
                + " not the same bytes)");
        return file;
    }

    private static long countEvents(Path file) throws Exception {
        return org.cmsim.ndl.FastNdl.read(file).size();
    }
}
