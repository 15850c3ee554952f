package org.cmsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cmsim.input.SweepFileReader;
import org.cmsim.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepPlanTest {

    static final Path ILLUSTRATIVE = Path.of("configs/illustrative.json").toAbsolutePath();

    @TempDir
    Path dir;

    private SweepPlan plan(String json) throws IOException, InputException {
        Path file = dir.resolve("sweep.json");
        Files.writeString(file, json);
        return SweepPlan.of(SweepFileReader.read(file));
    }

    private static String sweep(String grid, int replicates) {
        return "{\"command\": \"attention\", \"config\": \"" + ILLUSTRATIVE + "\",\n \"grid\": {" + grid
                + "},\n \"replicates\": " + replicates + "}\n";
    }

    @Test
    void tasksAreTheGridTimesReplicatesFirstSettingSlowest() throws Exception {
        SweepPlan plan = plan(sweep("\"attention.l2\": [0.001, 0.01], \"attention.epochs\": [10, 20, 30]", 2));
        assertEquals(12, plan.tasks().size());
        assertEquals(List.of("01_attention.l2=0.001_attention.epochs=10_r1", "02_attention.l2=0.001_attention.epochs=10_r2",
                "03_attention.l2=0.001_attention.epochs=20_r1"),
                plan.tasks().subList(0, 3).stream().map(SweepTask::id).toList());
        assertEquals(List.of("0.01", "30"), plan.tasks().get(11).gridValues());
        assertEquals(2, plan.tasks().get(11).replicate());
        assertTrue(plan.tasks().get(11).config().contains("\"l2\" : 0.01"), plan.tasks().get(11).config());
    }

    @Test
    void seedsComeFromSettingsNotFromTheOrderOfTheGrid() throws Exception {
        SweepPlan forward = plan(sweep("\"attention.l2\": [0.001, 0.01], \"attention.epochs\": [10, 20]", 2));
        SweepPlan reversed = plan(sweep("\"attention.epochs\": [20, 10], \"attention.l2\": [0.01, 0.001]", 2));
        // forward task 0 (l2 0.001, epochs 10, r1) is reversed task 6 (epochs 10, l2 0.001, r1)
        assertEquals(forward.tasks().get(0).seed(), reversed.tasks().get(6).seed());
        assertEquals(forward.tasks().get(0).seed(), SweepPlan.taskSeed(1, List.of("attention.l2", "attention.epochs"),
                List.of(new com.fasterxml.jackson.databind.node.DoubleNode(0.001),
                        com.fasterxml.jackson.databind.node.IntNode.valueOf(10)), 1));
        assertNotEquals(forward.tasks().get(0).seed(), forward.tasks().get(1).seed(), "replicates differ");
        assertTrue(forward.tasks().stream().allMatch(t -> t.seed() >= 0 && t.seed() < (1L << 53)));
        assertTrue(forward.tasks().get(0).config().contains("\"seed\" : " + forward.tasks().get(0).seed()));
    }

    @Test
    void aSweepSeedChangesEveryTaskSeed() throws Exception {
        SweepPlan one = plan(sweep("\"attention.l2\": [0.001]", 1));
        SweepPlan two = plan("{\"command\": \"attention\", \"config\": \"" + ILLUSTRATIVE
                + "\", \"grid\": {\"attention.l2\": [0.001]}, \"seed\": 2}");
        assertNotEquals(one.tasks().get(0).seed(), two.tasks().get(0).seed());
        assertEquals(1, one.seed(), "the base config's seed");
    }

    @Test
    void aSeedInTheGridIsUsedAsGiven() throws Exception {
        SweepPlan plan = plan(sweep("\"seed\": [1, 2, 3], \"attention.l2\": [0.001, 0.01]", 1));
        assertEquals(List.of(1L, 1L, 2L, 2L, 3L, 3L), plan.tasks().stream().map(SweepTask::seed).toList());
        assertEquals("1_seed=1_attention.l2=0.001", plan.tasks().get(0).id());
    }

    @Test
    void rejectsReplicatesWhenTheGridSetsTheSeed() {
        InputException e = assertThrows(InputException.class, () -> plan(sweep("\"seed\": [1, 2]", 3)));
        assertTrue(e.getMessage().contains("replicates"), e.getMessage());
    }

    @Test
    void aValueTheConfigRejectsIsReportedAtItsLineInTheSweepFile() {
        InputException e = assertThrows(InputException.class,
                () -> plan(sweep("\"attention.l2\": [0.001,\n -1]", 1)));
        assertTrue(e.getMessage().startsWith(dir.resolve("sweep.json") + ":3: grid.attention.l2[1] = -1: the config"
                + " rejects it: attention.l2: must not be negative"), e.getMessage());
    }

    @Test
    void anUnknownSettingIsReportedAtTheSweepFile() {
        InputException e = assertThrows(InputException.class, () -> plan(sweep("\"attention.l3\": [1]", 1)));
        assertTrue(e.getMessage().contains(":2: grid.attention.l3[0] = 1: the config rejects it: attention.l3:"
                + " unknown field"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownCommandWithItsLine() {
        InputException e = assertThrows(InputException.class, () -> plan("{\n\"command\": \"simulate\",\n"
                + "\"config\": \"" + ILLUSTRATIVE + "\"}"));
        assertTrue(e.getMessage().contains("sweep.json:2: command: 'simulate' is not one of"), e.getMessage());
    }

    @Test
    void gridPathsAreRelativeToTheSweepFile() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        SweepPlan plan = plan(sweep("\"corpus\": [\"data/other.csv\"]", 1));
        assertEquals(List.of("data/other.csv"), plan.tasks().get(0).gridValues());
        assertTrue(plan.tasks().get(0).config().contains(dir.resolve("data/other.csv").toString()));
    }

    @Test
    void aRunConfigGetsLanguageSettingsInEveryLanguage() throws Exception {
        Path file = dir.resolve("sweep.json");
        Files.writeString(file, "{\"command\": \"run\", \"config\": \"" + Path.of("configs/default.json").toAbsolutePath()
                + "\", \"grid\": {\"attention.l2\": [0.5]}}");
        SweepPlan plan = SweepPlan.of(SweepFileReader.read(file));
        String config = plan.tasks().get(0).config();
        assertEquals(5, config.split("\"l2\" : 0.5", -1).length - 1, config);
        long seed = plan.tasks().get(0).seed();
        assertEquals(6, config.split("\"seed\" : " + seed, -1).length - 1, "the run and its five languages");
    }

    @Test
    void aGridOverLanguagesInlinesTheirFilesBeforeOtherSettings() throws Exception {
        Path configs = Path.of("configs").toAbsolutePath();
        Path file = configs.getParent().resolve("target").resolve("languages-sweep.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"command\": \"run\", \"config\": \"../configs/default.json\", \"grid\": {"
                + "\"languages\": [[\"../configs/english.json\"], [\"../configs/german.json\"]],"
                + " \"attention.l2\": [0.5]}}");
        try {
            SweepPlan plan = SweepPlan.of(SweepFileReader.read(file));
            assertEquals(List.of("[\"../configs/english.json\"]", "0.5"), plan.tasks().get(0).gridValues());
            String german = plan.tasks().get(1).config();
            assertTrue(german.contains("\"name\" : \"german\"") && !german.contains("\"name\" : \"english\""),
                    german);
            assertEquals(1, german.split("\"l2\" : 0.5", -1).length - 1, german);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void shardsPartitionTheTasksWithOneOrZeroBasedIds() throws Exception {
        SweepPlan plan = plan(sweep("\"attention.l2\": [0.001, 0.01, 0.1]", 3));
        for (int first : new int[] {0, 1}) {
            List<SweepTask> a = plan.tasks(new Shard(first, 2));
            List<SweepTask> b = plan.tasks(new Shard(first + 1, 2));
            assertEquals(9, a.size() + b.size());
            assertTrue(a.stream().noneMatch(b::contains));
        }
        assertEquals(new Shard(2, 3), Shard.parse("2/3"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("4/3"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("x"));
    }
}
