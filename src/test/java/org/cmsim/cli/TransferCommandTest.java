package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheCurvesTheSummaryAndAPanelPerCue() throws Exception {
        Path out = dir.resolve("tr");
        Cli.Result result = Cli.run("transfer", "--from", "configs/illustrative.json", "--to",
                "configs/illustrative.json", "--exposure", "2000", "--orders", "4", "--seeds", "2", "--checkpoints",
                "5", "--threads", "2", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        List<String> curves = Files.readAllLines(out.resolve("transfer.csv"));
        assertEquals("learner,exposure,cue,strength,low,high", curves.get(0));
        // Checkpoints 0, then five log-spaced from 1 to 2000 (1, 7, 45, 299, 2000) x (five parameters and the order
        // effect) x two learners.
        assertEquals(1 + 6 * 6 * 2, curves.size());
        assertTrue(curves.get(1).startsWith("delta,0,order=NVN,"), curves.get(1));
        List<String> summary = Files.readAllLines(out.resolve("transfer-summary.csv"));
        assertEquals("learner,cue,status,l1_value,l2_asymptote,half_way,half_way_low,half_way_high,note",
                summary.get(0));
        assertTrue(summary.get(1).startsWith("delta,order=NVN,shared,"), summary.get(1));
        // SVG by default, its text as text; PNG only when asked
        assertTrue(Files.readString(out.resolve("plots/transfer-order-effect.svg")).contains("<text"));
        assertTrue(Files.exists(out.resolve("plots/transfer-order-NVN.svg")));
        assertTrue(Files.notExists(out.resolve("plots/transfer-order-NVN.png")));
        assertTrue(result.out().startsWith("illustrative -> illustrative: 2,000 presentations"), result.out());
    }

    /** A language learning itself starts where it would end: nothing to move, so every half-way point is 0. */
    @Test
    void aLanguageTransferredToItselfIsAlreadyThere() throws Exception {
        Path out = dir.resolve("self");
        Cli.Result result = Cli.run("transfer", "--from", "configs/illustrative.json", "--to",
                "configs/illustrative.json", "--exposure", "10", "--orders", "2", "--seeds", "1", "--checkpoints", "2",
                "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        for (String line : Files.readAllLines(out.resolve("transfer-summary.csv")).subList(1, 7)) {
            String[] cells = line.split(",");
            assertEquals(cells[3], cells[4], line);
            assertEquals("0", cells[5], line);
        }
    }

    @Test
    void headsOfDifferentShapesAreBadInput() throws Exception {
        Path narrow = Fixtures.smallInputs(dir.resolve("narrow"), "{\"dModel\": 8}");
        Path wide = Fixtures.smallInputs(dir.resolve("wide"), "{\"dModel\": 12}");
        Cli.Result result = Cli.run("transfer", "--from", narrow.toString(), "--to", wide.toString(), "--out",
                dir.resolve("x").toString());
        assertEquals(65, result.code());
        assertTrue(result.err().contains(wide + ": attention: the heads' sizes differ (dModel, dK, dV: 8, 8, 8"
                + " against 12, 8, 8)"), result.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void noOrdersIsAUsageError() {
        Cli.Result result = Cli.run("transfer", "--from", "configs/illustrative.json", "--to",
                "configs/illustrative.json", "--orders", "0", "--out", dir.resolve("y").toString());
        assertEquals(64, result.code());
        assertTrue(result.err().contains("--orders: must be an integer from 1 to 100000, was 0"), result.err());
    }
}
