package org.cmsim.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cmsim.input.ConfigReader;
import org.cmsim.io.InputException;

/**
 * Figures for whole cmsim processes, started as the launcher starts them (java, the class-data archive
 * when the launcher has made one, the jar): start-up, the 1M-event comparison with pyndl, and a corpus
 * of a million rows through validity, learn and export-events in a 512 MB heap. Wall-clock seconds,
 * the best of a few runs after a warm-up run, so that page cache and archive are in place.
 */
public final class ProcessBenchmarks {

    /** How to start cmsim: the command up to the jar, and what it says about the archive. */
    public record Launch(List<String> prefix, String note) {
        public Launch {
            prefix = List.copyOf(prefix);
        }
    }

    /** What the launcher adds for a line that only prints a text (the version, the help). */
    public static final List<String> TEXT_ONLY = List.of("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");

    /**
     * Commands the launcher starts on the quick compiler alone ({@link #QUICK_COMPILER}): seconds of work in large
     * methods, which the optimising compiler costs more CPU to compile than it saves. The launcher's list is the
     * same ({@code LauncherTest} checks).
     */
    public static final List<String> QUICK_COMMANDS = List.of("explain", "playground", "validity", "fit", "fit-rt",
            "simulate");
    public static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    /** An event file smaller than this is learned on the quick compiler (the launcher's 8 MiB). */
    public static final long QUICK_EVENT_BYTES = 8L << 20;

    private ProcessBenchmarks() {
    }

    /** The launcher's way to start the running jar; empty when cmsim does not run from a jar. */
    public static Optional<Launch> launch() {
        try {
            Path jar = Path.of(ProcessBenchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!jar.toString().endsWith(".jar")) {
                return Optional.empty();
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // The launcher's name for the archive of this jar: its modification time in seconds and its size.
            Path archive = jar.resolveSibling("cmsim-" + Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS) + "-"
                    + Files.size(jar) + ".jsa");
            if (Files.exists(archive)) {
                return Optional.of(new Launch(List.of(java, "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off", "-jar", jar.toString()), "with the launcher's class-data archive"));
            }
            return Optional.of(new Launch(List.of(java, "-jar", jar.toString()),
                    "no class-data archive yet: run ./cmsim once to make it"));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Seconds for one whole process (best of {@code runs} after a warm-up run), with its goal. */
    public static Benchmarks.Measurement process(Launch launch, String name, double goalSeconds, int runs,
                                                 List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        double best = Double.POSITIVE_INFINITY;
        for (int run = 0; run <= runs; run++) {
            double seconds = time(launch, jvmOptions, args);
            if (run > 0) {
                best = Math.min(best, seconds);
            }
        }
        return new Benchmarks.Measurement(name, best, "s", goalSeconds, false,
                String.format(Locale.ROOT, "best of %d whole processes%s, %s", runs,
                        jvmOptions.isEmpty() ? "" : " (" + String.join(" ", jvmOptions) + ")", launch.note()));
    }

    /**
     * Seconds for one whole process, the median of {@code runs} after a warm-up run: the figure compared with a
     * peer's median (R), on a machine others may be using.
     */
    public static Benchmarks.Measurement processMedian(Launch launch, String name, double goalSeconds, int runs,
                                                       String goalNote, String... args)
            throws IOException, InterruptedException {
        double[] seconds = new double[runs];
        time(launch, List.of(), args);
        for (int run = 0; run < runs; run++) {
            seconds[run] = time(launch, List.of(), args);
        }
        java.util.Arrays.sort(seconds);
        return new Benchmarks.Measurement(name, median(seconds), "s", goalSeconds, false,
                String.format(Locale.ROOT, "median of %d whole processes (%.3f-%.3f), %s; %s", runs, seconds[0],
                        seconds[runs - 1], launch.note(), goalNote));
    }

    /**
     * The researcher's data set the R comparison uses (src/test/scripts/bench-r.sh makes the same file): the
     * first 1,728 trials (16 adults x 108) of the shipped two-group study, and a config that reads it. Returns
     * the config; empty when the study is not there (bench run outside the cmsim folder).
     */
    public static Optional<Path> researcherStudy(Path scratch) throws IOException {
        Path config = Path.of("configs", "two-groups.json");
        if (!Files.exists(config)) {
            return Optional.empty();
        }
        Optional<Path> study;
        try {
            study = ConfigReader.readLanguage(config).choices();
        } catch (InputException e) {
            return Optional.empty();
        }
        if (study.isEmpty() || !Files.exists(study.get())) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(study.get(), StandardCharsets.UTF_8);
        Path choices = scratch.resolve("choices-1728.csv");
        Files.write(choices, lines.subList(0, RESEARCHER_TRIALS + 1), StandardCharsets.UTF_8);
        Path copy = scratch.resolve("researcher.json");
        Files.writeString(copy, Files.readString(config, StandardCharsets.UTF_8)
                .replace("../corpora/two-groups/" + study.get().getFileName(), choices.getFileName().toString()),
                StandardCharsets.UTF_8);
        return Optional.of(copy);
    }

    /** Trials in the researcher's data set: the size the R comparison was first made at. */
    public static final int RESEARCHER_TRIALS = 1728;

    /** One run: the process must succeed, its output is discarded. */
    static double time(Launch launch, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launch.prefix().subList(0, 1));
        command.addAll(jvmOptions);
        if (quick(args) && !jvmOptions.contains(QUICK_COMPILER)) {
            command.add(QUICK_COMPILER);
        }
        command.addAll(launch.prefix().subList(1, launch.prefix().size()));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("benchmark run failed: " + String.join(" ", command));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Whether the launcher starts this command line on the quick compiler: a command of {@link #QUICK_COMMANDS}. */
    static boolean quick(String... args) {
        return args.length > 0 && QUICK_COMMANDS.contains(args[0]);
    }

    /**
     * The launcher's rule for learning from an event file: one smaller than {@link #QUICK_EVENT_BYTES} is learned on
     * the quick compiler. The JVM options to time it with, as the launcher starts it.
     */
    public static List<String> eventFileOptions(Path events) {
        try {
            return Files.size(events) < QUICK_EVENT_BYTES ? List.of(QUICK_COMPILER) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The middle value (the mean of the two middle values of an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** A tiny event file: learn --events on it is start-up and nothing else. */
    public static Path tinyEvents(Path scratch) throws IOException {
        Path file = scratch.resolve("tiny.tab");
        Files.writeString(file, "cues\toutcomes\norder=NVN_animacy=n1\tagent=n1\n", StandardCharsets.UTF_8);
        return file;
    }

    /**
     * A corpus of a million rows over the illustrative config's features (order, animacy and number of
     * each word; counts 1..3), the size the hardening issue asks to pass in a 512 MB heap.
     */
    public static Path millionRowCorpus(Path scratch) throws IOException {
        Path corpus = scratch.resolve("million-rows.csv");
        String[] orders = {"NVN", "NNV", "VNN"};
        String[] animacy = {"animate", "inanimate", "-"};
        String[] number = {"sg", "pl", "-"};
        SplittableRandom random = new SplittableRandom(1);
        try (BufferedWriter writer = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            writer.write("order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,agent,count\n");
            for (int row = 0; row < 1_000_000; row++) {
                writer.write(orders[random.nextInt(3)] + "," + animacy[random.nextInt(3)] + ","
                        + number[random.nextInt(3)] + "," + number[random.nextInt(3)] + ","
                        + animacy[random.nextInt(3)] + "," + number[random.nextInt(3)] + ","
                        + (random.nextBoolean() ? "n1" : "n2") + "," + (1 + random.nextInt(3)) + "\n");
            }
        }
        return corpus;
    }
}
