package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttentionCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheContractFilesWithCueNamesOfStrengthsCsv() throws Exception {
        Path out = dir.resolve("att");
        Cli.Result result = Cli.run("attention", "--config", "configs/illustrative.json", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        List<String> contributions = Files.readAllLines(out.resolve("cue-contributions.csv"));
        assertEquals("cue,contribution,split,present", contributions.get(0));
        assertEquals(List.of("order=NVN", "order=NNV", "order=VNN", "animacy", "agreement"),
                contributions.subList(1, 6).stream().map(line -> line.split(",")[0]).toList());
        List<String> attention = Files.readAllLines(out.resolve("attention.csv"));
        assertTrue(attention.get(0).startsWith("order,") && attention.get(0).contains(",p_n1,"), attention.get(0));
        // 20 corpus rows, 17 distinct stimuli (three passives share a stimulus with an active sentence)
        assertEquals(1 + 17, attention.size(), "one row per distinct sentence type");
        JsonNode qkv = new ObjectMapper().readTree(out.resolve("qkv.json").toFile());
        assertEquals(8, qkv.path("W_Q").size());
        assertEquals(16, qkv.path("W_Q").get(0).size());
        assertTrue(qkv.path("embeddings").has("number=sg"));
        assertTrue(Files.readString(out.resolve("trajectory.csv")).startsWith("step,learner,parameter,value\n0,attention,"));
    }

    @Test
    void sameSeedSameBytesForBothReadouts() throws Exception {
        for (String readout : List.of("pointer", "value")) {
            Path first = dir.resolve(readout + "-1");
            Path second = dir.resolve(readout + "-2");
            for (Path out : List.of(first, second)) {
                Cli.Result result = Cli.run("attention", "--config", "configs/illustrative.json", "--readout", readout,
                        "--seed", "5", "--out", out.toString());
                assertEquals(0, result.code(), result.err());
            }
            for (String file : List.of("attention.csv", "cue-contributions.csv", "qkv.json", "trajectory.csv")) {
                assertEquals(Files.readString(first.resolve(file)), Files.readString(second.resolve(file)), file);
            }
        }
    }

    @Test
    void fitsChoiceDataWhenGivenChoices() throws Exception {
        Path out = dir.resolve("att");
        Cli.Result result = Cli.run("attention", "--config", "configs/illustrative.json", "--choices",
                "corpora/illustrative/choices.csv", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        List<String> attention = Files.readAllLines(out.resolve("attention.csv"));
        assertEquals(1 + 27, attention.size(), "one row per condition of the design");
    }
}
