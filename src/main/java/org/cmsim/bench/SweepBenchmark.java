package org.cmsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cmsim.input.SweepFileReader;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.sweep.Commands;
import org.cmsim.sweep.EngineSettings;
import org.cmsim.sweep.EngineUnavailableException;
import org.cmsim.sweep.Engines;
import org.cmsim.sweep.LocalEngine;
import org.cmsim.sweep.Shard;
import org.cmsim.sweep.Sweep;
import org.cmsim.sweep.SweepBusyException;
import org.cmsim.sweep.SweepEngine;
import org.cmsim.sweep.SweepListener;
import org.cmsim.sweep.SweepPlan;

/**
 * A sweep of 200 attention trainings (the illustrative corpus, 100 epochs each, 200 replicates) on two local
 * threads and on Spark {@code local[2]}: tasks per second end to end, and Spark's fixed start-up cost, measured
 * as the wall-clock of a two-task sweep of one-epoch trainings on Spark minus the same on local threads.
 */
public final class SweepBenchmark {

    static final int TASKS = 200;
    static final int EPOCHS = 100;
    static final int THREADS = 2;

    private SweepBenchmark() {
    }

    public static List<Benchmarks.Measurement> run(Path config, Commands commands, Path scratch)
            throws IOException, InputException, OutputException, EngineUnavailableException {
        SweepPlan tiny = plan(scratch, "tiny", config, 1, 2);
        SweepPlan sweep = plan(scratch, "sweep", config, EPOCHS, TASKS);
        EngineSettings settings = EngineSettings.threads(THREADS).withMaster("local[" + THREADS + "]");
        LocalEngine local = new LocalEngine();
        seconds(tiny, scratch.resolve("warm-up"), local, settings, commands);
        double localTiny = seconds(tiny, scratch.resolve("local-tiny"), local, settings, commands);
        double localSweep = seconds(sweep, scratch.resolve("local"), local, settings, commands);
        List<Benchmarks.Measurement> figures = new ArrayList<>();
        figures.add(new Benchmarks.Measurement(String.format(Locale.ROOT,
                "sweep of %d attention trainings (%d epochs), %d local threads", TASKS, EPOCHS, THREADS),
                TASKS / localSweep, "tasks/s", 2, true, String.format(Locale.ROOT, "%.1f s in all", localSweep)));
        SweepEngine spark;
        try {
            spark = Engines.find("spark");
        } catch (EngineUnavailableException e) {
            figures.add(new Benchmarks.Measurement("sweep on Spark local[2]: skipped, " + e.getMessage(), Double.NaN,
                    "tasks/s", 1, true, "run cmsim bench through ./cmsim after mvn package"));
            return figures;
        }
        double sparkTiny = seconds(tiny, scratch.resolve("spark-tiny"), spark, settings, commands);
        double sparkSweep = seconds(sweep, scratch.resolve("spark"), spark, settings, commands);
        boolean same = Arrays.equals(Files.readAllBytes(scratch.resolve("local/results.csv")),
                Files.readAllBytes(scratch.resolve("spark/results.csv")));
        figures.add(new Benchmarks.Measurement(String.format(Locale.ROOT,
                "sweep of %d attention trainings (%d epochs), Spark local[%d]", TASKS, EPOCHS, THREADS),
                TASKS / sparkSweep, "tasks/s", 1, true, String.format(Locale.ROOT,
                        "%.1f s in all, with the start of a second Spark context in this JVM (the first start, which"
                                + " loads Spark's classes, is the start-up figure below); results.csv %s the local"
                                + " engine's", sparkSweep,
                        same ? "byte for byte equal to" : "DIFFERS from")));
        figures.add(new Benchmarks.Measurement("Spark's fixed start-up cost (2-task sweep on Spark minus on threads)",
                sparkTiny - localTiny, "s", 20, false, String.format(Locale.ROOT,
                        "%.1f s on Spark local[%d], %.1f s on %d threads; load average %.1f (Spark's first start loads"
                                + " its classes, which a busy machine slows most)", sparkTiny, THREADS, localTiny, THREADS,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())));
        return figures;
    }

    private static SweepPlan plan(Path scratch, String name, Path config, int epochs, int replicates)
            throws IOException, InputException {
        Path file = scratch.resolve(name + ".json");
        Files.writeString(file, "{\"command\": \"attention\", \"config\": \"" + config.toAbsolutePath().toString()
                .replace("\\", "\\\\") + "\", \"grid\": {\"attention.epochs\": [" + epochs + "]}, \"replicates\": "
                + replicates + "}\n");
        return SweepPlan.of(SweepFileReader.read(file));
    }

    private static double seconds(SweepPlan plan, Path out, SweepEngine engine, EngineSettings settings,
            Commands commands) throws IOException, InputException, OutputException, EngineUnavailableException {
        long start = System.nanoTime();
        Sweep.Outcome outcome;
        try {
            outcome = Sweep.run(plan, out, Shard.ALL, engine, settings, commands, false, Map.of(),
                    SweepListener.SILENT);
        } catch (SweepBusyException e) {
            // The scratch directory is the benchmark's own: no other sweep writes there.
            throw new IllegalStateException("bench sweep: " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (outcome.unfinished() > 0) {
            throw new IllegalStateException("bench sweep: " + outcome.unfinished() + " tasks failed: "
                    + outcome.failures());
        }
        return seconds;
    }
}
