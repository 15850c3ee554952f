package org.cmsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.SweepFile;
import org.cmsim.input.SweepFileReader;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputNames;
import org.cmsim.model.LanguageConfig;
import org.cmsim.sweep.EngineSettings;
import org.cmsim.sweep.Engines;
import org.cmsim.sweep.Shard;
import org.cmsim.sweep.Sweep;
import org.cmsim.sweep.SweepPlan;
import org.cmsim.sweep.TaskOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        header = "Run a command over a grid of settings and replicates, locally or on Apache Spark.",
        description = {"Run run, fit, learn or attention once per combination of grid values and replicate (a task),"
                + " each task in DIR/tasks/TASK/ with the base config and the dotted settings applied, and its seed"
                + " derived from the sweep seed and its settings. Writes DIR/" + OutputNames.SWEEP_RESULTS + " (grid"
                + " columns, task, then the command's main table: run " + OutputNames.COMPARISON + ", fit "
                + OutputNames.STRENGTHS + ", learn " + OutputNames.TRAJECTORY + " at its last step, attention "
                + OutputNames.CUE_CONTRIBUTIONS + "), " + OutputNames.SWEEP_SUMMARY + " with a figure per parameter"
                + " in DIR/" + OutputNames.SWEEP_FIGURES + ", " + OutputNames.SWEEP_FAILURES + " and "
                + OutputNames.MANIFEST + ". Rerunning skips finished tasks. Exit 75 when some tasks failed (see "
                + OutputNames.SWEEP_FAILURES + "; rerun to retry them) or another sweep is running tasks of this one"
                + " in DIR, 69 when the Spark engine or its master is not available.",
            "SWEEP.json: {\"command\": \"attention\", \"config\": \"../configs/illustrative.json\","
                + " \"grid\": {\"attention.l2\": [0.001, 0.01]}, \"replicates\": 3}",
            "Example: cmsim sweep configs/sweeps/l2.json --out out/l2 --engine local"})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP.json", description = "The sweep: command, config, grid, replicates.")
    Path sweepFile;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Sweep directory; an existing one of the same sweep is resumed.")
    Path out;

    @Option(names = "--engine", defaultValue = "local", paramLabel = "E",
            description = "local (threads on this machine, the default) or spark (Apache Spark).")
    String engine;

    @Option(names = "--threads", paramLabel = "T", description = "Local engine: tasks at once (default: all cores).")
    Integer threads;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark engine: the master (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Run only every N-th task, shard I of N (1..N; 0 means N): for batch array jobs."
                    + " Join the shards' directories with sweep-merge.")
    String shard;

    @picocli.CommandLine.Mixin
    FigureOptions figures;

    @Option(names = "--force", description = "Replace DIR if it holds a different sweep.")
    boolean force;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Shard part;
        try {
            part = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--shard: " + e.getMessage());
        }
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new ParameterException(spec.commandLine(), "--engine: '" + engine + "' is not local or spark");
        }
        var chosen = Engines.find(engine);
        EngineSettings settings = EngineSettings.threads(ThreadOptions.of(spec, threads));
        if (master != null) {
            settings = settings.withMaster(master);
        }
        try {
            chosen.checkSettings(settings);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--master: " + e.getMessage());
        }
        SweepFile file = SweepFileReader.read(sweepFile);
        SweepPlan plan = SweepPlan.of(file);
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("cmsim", Version.current());
        provenance.put("java", System.getProperty("java.version"));
        provenance.put("figures",
                figures.formats.stream().map(org.cmsim.report.FigureFormat::configName).toList());
        provenance.put("reproduce", "cmsim sweep " + sweepFile + " --out " + out
                + (shard == null ? "" : " --shard " + shard));
        provenance.put("sweepFile", sweepFile.toString());
        provenance.put("threads", settings.threads());
        Sweep.Outcome outcome = Sweep.run(plan, out, inputs(file), part, chosen, settings, Main::execute, force,
                provenance,
                (task, done, total, elapsed, left) -> {
                    if (!quiet) {
                        err.printf(Locale.ROOT, "cmsim: sweep: %d/%d %s finished (%.1f s), about %s left%n", done,
                                total, task, elapsed, Double.isFinite(left) ? String.format(Locale.ROOT, "%.0f s", left)
                                        : "?");
                        err.flush();
                    }
                });
        outcome.cleaned().forEach(line -> err.println("cmsim: " + line));
        err.flush();
        PrintWriter print = spec.commandLine().getOut();
        print.printf(Locale.ROOT, "%d tasks%s: %d already finished, %d run, %d unfinished; results in %s%n",
                outcome.tasks(), shard == null ? "" : " in shard " + shard, outcome.skipped(), outcome.ran(),
                outcome.unfinished(), out.resolve(OutputNames.SWEEP_RESULTS));
        for (TaskOutcome failure : outcome.failures()) {
            print.println("failed: " + failure.id() + ": " + failure.error());
        }
        return outcome.unfinished() > 0 ? Main.EXIT_TASKS_FAILED : Main.EXIT_OK;
    }

    /** The sweep's inputs: its file, its config and the config's corpora and choices, as far as they can be read. */
    private static List<Path> inputs(SweepFile file) {
        List<Path> inputs = new ArrayList<>(List.of(file.file(), file.config()));
        try {
            for (LanguageConfig language : ConfigReader.readRun(file.config()).languages()) {
                if (language.hasCorpus()) {
                    inputs.add(language.corpus());
                }
                language.choices().ifPresent(inputs::add);
            }
        } catch (InputException | RuntimeException e) {
            // a config that cannot be read fails in its tasks, each with its own message
        }
        return inputs;
    }
}
