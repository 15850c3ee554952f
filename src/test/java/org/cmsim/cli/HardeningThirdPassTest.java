package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The high faults of the third hardening pass (reproductions 01, 03 and 04): each failed before its fix.
 */
class HardeningThirdPassTest {

    @TempDir
    Path dir;

    /** The illustrative inputs and a small config in {@code folder}. */
    private Path inputs(Path folder, String attention) throws Exception {
        Files.createDirectories(folder);
        for (String f : new String[] {"corpus.csv", "choices.csv"}) {
            Files.copy(Path.of("corpora/illustrative", f), folder.resolve(f));
        }
        Path config = folder.resolve("config.json");
        Files.writeString(config, "{\"name\": \"t\", \"corpus\": \"corpus.csv\", \"choices\": \"choices.csv\","
                + " \"features\": {\"animacy\": [\"animate\", \"inanimate\"], \"number\": [\"sg\", \"pl\"]},"
                + " \"cues\": [{\"name\": \"order\", \"kind\": \"order\"}, {\"name\": \"animacy\", \"kind\": \"contrast\","
                + " \"feature\": \"animacy\", \"value\": \"animate\"}], \"seed\": 1, \"attention\": " + attention + "}");
        return config;
    }

    @Test
    void aSweepNeverDeletesItsInputs() throws Exception {
        Path d = dir.resolve("d");
        inputs(d, "{\"epochs\": 5}");
        Path sweep = d.resolve("sweep.json");
        Files.writeString(sweep, "{\"command\": \"fit\", \"config\": \"config.json\", \"grid\": {\"seed\": [1, 2]}}");
        for (String force : new String[] {"--quiet", "--force"}) {
            Cli.Result r = Cli.run("sweep", sweep.toString(), "--out", d.toString(), force);
            assertEquals(Main.EXIT_USAGE, r.code(), r.err());
            assertTrue(r.err().contains("the input") && r.err().contains("write the output elsewhere"), r.err());
            assertTrue(Files.exists(sweep) && Files.exists(d.resolve("config.json")) && Files.exists(d.resolve("corpus.csv"))
                    && Files.exists(d.resolve("choices.csv")), "the inputs are still there");
        }
    }

    @Test
    void replicatesBeyondWhatCanRunAreAnErrorNotCutToFit() throws Exception {
        inputs(dir, "{\"epochs\": 5}");
        for (String replicates : new String[] {"4294967297", "2147483648", "100001"}) {
            Path sweep = dir.resolve("s" + replicates + ".json");
            Files.writeString(sweep, "{\"command\": \"fit\", \"config\": \"config.json\", \"grid\": {\"seed\": [1]},"
                    + " \"replicates\": " + replicates + "}");
            Cli.Result r = Cli.run("sweep", sweep.toString(), "--out", dir.resolve("o" + replicates).toString());
            assertEquals(Main.EXIT_DATA, r.code(), r.err());
            assertTrue(r.err().contains("replicates: must be an integer from 1 to 100000, was " + replicates), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
        }
    }

    @Test
    void anInfiniteSettingIsRefused() throws Exception {
        Path config = inputs(dir, "{\"epochs\": 5, \"l2\": 1e400}");
        Cli.Result r = Cli.run("attention", "--config", config.toString(), "--out", dir.resolve("a").toString());
        assertEquals(Main.EXIT_DATA, r.code(), r.err());
        assertTrue(r.err().contains("attention.l2: must be a finite number"), r.err());
        assertFalse(Files.exists(dir.resolve("a")));
    }

    @Test
    void aDivergingLearnerStopsWithOneLineAndWritesNothing() throws Exception {
        Path config = inputs(dir, "{\"epochs\": 5, \"learningRate\": 1e308}");
        Cli.Result head = Cli.run("attention", "--config", config.toString(), "--out", dir.resolve("a").toString());
        assertEquals(Main.EXIT_DATA, head.code(), head.err());
        assertTrue(head.err().contains("the attention head diverged") && head.err().contains("lower attention.learningRate"),
                head.err());
        assertFalse(head.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(dir.resolve("a")));
        Cli.Result learn = Cli.run("learn", "--config", config.toString(), "--rate", "1e300", "--presentations", "2000",
                "--out", dir.resolve("l").toString());
        assertEquals(Main.EXIT_DATA, learn.code(), learn.err());
        assertTrue(learn.err().contains("diverged") && learn.err().contains("lower the learning rate"), learn.err());
        assertFalse(Files.exists(dir.resolve("l")), "no trajectory with Infinity in it");
    }
}
