package org.cmsim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cmsim.io.OutputNames;

/**
 * The main job's wait, as whole processes started as the launcher starts them: the default {@code cmsim run}
 * (median of three), the share of its {@code plots and report} stage in it (read from the run's own stage clock in
 * {@code manifest.json}), and {@code run configs/all.json} once.
 */
public final class RunBenchmarks {

    /** The run's stage that draws the figures and writes the report and the playground. */
    static final String REPORT_STAGE = "plots and report";
    private static final int RUNS = 3;

    private RunBenchmarks() {
    }

    /**
     * The default run's median seconds (goal 10 s) and its report stage's share of that run (goal 15%): {@code args}
     * is the run's command line, which writes to {@code out}.
     */
    public static List<Benchmarks.Measurement> defaultRun(ProcessBenchmarks.Launch launch, Path out, String... args)
            throws IOException, InterruptedException {
        double[] seconds = new double[RUNS];
        double[] shares = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            seconds[run] = ProcessBenchmarks.time(launch, List.of(), args);
            shares[run] = 100 * reportStageSeconds(out.resolve(OutputNames.MANIFEST)) / seconds[run];
        }
        double median = ProcessBenchmarks.median(seconds);
        return List.of(
                new Benchmarks.Measurement("cmsim run, default config (whole process)", median, "s", 10, false,
                        String.format(Locale.ROOT, "median of %d (%.1f-%.1f s), %s", RUNS, min(seconds),
                                max(seconds), launch.note())),
                new Benchmarks.Measurement("  its plots and report stage, share of the run",
                        ProcessBenchmarks.median(shares), "%", 15, false,
                        "median of the same runs, each from its own manifest.json"));
    }

    /** {@code run configs/all.json} ({@code args}), every shipped language and the transfers, once; goal 60 s. */
    public static Benchmarks.Measurement allLanguages(ProcessBenchmarks.Launch launch, String... args)
            throws IOException, InterruptedException {
        double seconds = ProcessBenchmarks.time(launch, List.of(), args);
        return new Benchmarks.Measurement("cmsim run configs/all.json (whole process)", seconds, "s", 60, false,
                "one run, " + launch.note());
    }

    /** The seconds the run's manifest records for its report stage. */
    public static double reportStageSeconds(Path manifest) throws IOException {
        JsonNode stage = new ObjectMapper().readTree(manifest.toFile()).path("stageSeconds").path(REPORT_STAGE);
        if (!stage.isNumber()) {
            throw new IOException(manifest + ": no stage \"" + REPORT_STAGE + "\" in stageSeconds");
        }
        return stage.asDouble();
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
