package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cost follows the distinct rows of a corpus, not the values of {@code count} (hardening issue, item 19).
 * The timeouts here only guard against a hang: before, each of these looped once per token or trial
 * (2^62 of them) or held every token in memory; no test here measures speed.
 */
class LargeCountsTest {

    private static final String HEADER = "order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,agent,count\n";

    @TempDir
    Path dir;

    /** A corpus of a million rows through validity, learn and export-events, each in a JVM with a 512 MB heap. */
    @Test
    void millionRowCorpusFitsInASmallHeap() throws Exception {
        Path corpus = dir.resolve("rows.csv");
        String[] orders = {"NVN", "NNV", "VNN"};
        String[] animacy = {"animate", "inanimate", "-"};
        String[] number = {"sg", "pl", "-"};
        SplittableRandom random = new SplittableRandom(1);
        long tokens = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            writer.write(HEADER);
            for (int row = 0; row < 1_000_000; row++) {
                int count = 1 + random.nextInt(3);
                tokens += count;
                writer.write(orders[random.nextInt(3)] + "," + animacy[random.nextInt(3)] + "," + number[random.nextInt(3)]
                        + "," + number[random.nextInt(3)] + "," + animacy[random.nextInt(3)] + ","
                        + number[random.nextInt(3)] + "," + (random.nextBoolean() ? "n1" : "n2") + "," + count + "\n");
            }
        }
        String config = "configs/illustrative.json";
        String validity = childJvm("validity", "--config", config, "--corpus", corpus.toString(), "--out",
                dir.resolve("validity").toString());
        assertTrue(validity.contains("animacy"), validity);
        String learn = childJvm("learn", "--config", config, "--corpus", corpus.toString(), "--presentations", "20000",
                "--out", dir.resolve("learn").toString());
        assertTrue(learn.contains("rescorla-wagner"), learn);
        String weights = Files.readString(dir.resolve("learn").resolve("weights.csv"));
        assertTrue(weights.startsWith("cue,agent=n1,agent=n2\n"), weights);
        String export = childJvm("export-events", "--config", config, "--corpus", corpus.toString(), "--out",
                dir.resolve("events.tab.gz").toString());
        assertTrue(export.contains("wrote " + tokens + " events"), export);
    }

    /** Two sentence types seen 2^62 - 1 and 3 times: attention trains on the types, its held-out split in a few draws. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void attentionTrainsOnHugeCountsAsTypes() throws Exception {
        Path corpus = dir.resolve("huge.csv");
        Files.writeString(corpus, HEADER + "NVN,animate,sg,sg,inanimate,sg,n1,4611686018427387903\n"
                + "NNV,inanimate,sg,sg,animate,sg,n2,3\n");
        Path config = dir.resolve("config.json");
        Files.writeString(config, """
                {"name": "huge", "corpus": "huge.csv",
                 "features": {"animacy": ["animate", "inanimate"], "number": ["sg", "pl"]},
                 "cues": [{"name": "order", "kind": "order"},
                          {"name": "animacy", "kind": "contrast", "feature": "animacy", "value": "animate"},
                          {"name": "agreement", "kind": "agreement", "features": ["number"]}],
                 "seed": 1, "attention": {"epochs": 5}}
                """);
        Cli.Result result = Cli.run("attention", "--config", config.toString(), "--out", dir.resolve("a").toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(Files.exists(dir.resolve("a").resolve("cue-contributions.csv")), result.out());
    }

    /** A bootstrap of conditions with 2^40 trials each resamples by binomial draws, not trial by trial. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void bootstrapDrawsConditionsNotTrials() throws Exception {
        Path choices = dir.resolve("choices.csv");
        long trials = 1L << 40;
        Files.writeString(choices, "order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,trials,n1_choices\n"
                + "NVN,animate,sg,sg,inanimate,sg," + trials + "," + (trials / 2 + 12345) + "\n"
                + "NNV,inanimate,sg,sg,animate,sg," + trials + "," + (trials / 3) + "\n"
                + "VNN,animate,sg,sg,animate,sg," + trials + "," + (trials / 4) + "\n");
        Cli.Result result = Cli.run("fit", "--config", "configs/illustrative.json", "--choices", choices.toString(),
                "--bootstrap", "5", "--out", dir.resolve("fit").toString());
        assertEquals(0, result.code(), result.err());
        String strengths = Files.readString(dir.resolve("fit").resolve("strengths.csv"));
        assertTrue(strengths.lines().count() > 1, strengths);
    }

    private static String childJvm(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), String.join(" ", args) + "\n" + output);
        return output;
    }
}
