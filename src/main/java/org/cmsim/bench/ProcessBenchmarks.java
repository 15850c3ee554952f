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

    /** Lines that only print a text, which the launcher starts without the optimising compiler. */
    private static final List<String> SHORT_LINES = List.of("--version", "-V", "--help", "-h");
    private static final List<String> SHORT_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");

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

    /** One run: the process must succeed, its output is discarded. */
    static double time(Launch launch, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launch.prefix().subList(0, 1));
        command.addAll(jvmOptions);
        if (args.length == 1 && SHORT_LINES.contains(args[0])) {
            command.addAll(SHORT_OPTIONS);
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
