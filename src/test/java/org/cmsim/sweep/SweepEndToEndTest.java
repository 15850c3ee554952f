package org.cmsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cmsim.io.OutputNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void sameResultsBytesOnOneThreadThreeThreadsAndTwoShardsMerged() throws Exception {
        Path sweep = SweepRuns.seedsByL2(dir);
        SweepRuns.Result one = SweepRuns.cmsim("sweep", sweep.toString(), "--out", dir.resolve("one").toString(),
                "--threads", "1");
        assertEquals(0, one.code(), one.err());
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", dir.resolve("three").toString(),
                "--threads", "3").code());
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", dir.resolve("s1").toString(),
                "--shard", "1/2").code());
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", dir.resolve("s2").toString(),
                "--shard", "2/2", "--threads", "2").code());
        SweepRuns.Result merge = SweepRuns.cmsim("sweep-merge", dir.resolve("s1").toString(),
                dir.resolve("s2").toString(), "--out", dir.resolve("merged").toString());
        assertEquals(0, merge.code(), merge.err());
        byte[] expected = Files.readAllBytes(dir.resolve("one/results.csv"));
        assertArrayEquals(expected, Files.readAllBytes(dir.resolve("three/results.csv")));
        assertArrayEquals(expected, Files.readAllBytes(dir.resolve("merged/results.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/summary.csv")),
                Files.readAllBytes(dir.resolve("merged/summary.csv")));
        // 6 tasks x 5 rows of cue-contributions.csv, plus the header
        assertEquals(31, Files.readAllLines(dir.resolve("one/results.csv")).size());
        assertTrue(one.err().contains("cmsim: sweep: 6/6 "), one.err());
        assertTrue(one.err().contains("left"), one.err());
    }

    @Test
    void theSummaryAveragesTheSeedsOfResultsCsvAndDrawsEveryParameter() throws Exception {
        Path sweep = SweepRuns.seedsByL2(dir);
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", dir.resolve("s").toString()).code());
        // The reference: animacy's contributions at l2 = 0.01, read back from results.csv by hand
        double[] seeds = Files.readAllLines(dir.resolve("s/results.csv")).stream()
                .filter(line -> line.contains(",0.01,40,") && line.contains(",animacy,"))
                .mapToDouble(line -> Double.parseDouble(line.split(",")[5])).toArray();
        assertEquals(3, seeds.length);
        double mean = (seeds[0] + seeds[1] + seeds[2]) / 3;
        String row = Files.readAllLines(dir.resolve("s/summary.csv")).stream()
                .filter(line -> line.startsWith("0.01,40,animacy,")).findFirst().orElseThrow();
        String[] cells = row.split(",");
        assertEquals("contribution", cells[3]);
        assertEquals("3", cells[4]);
        assertEquals(mean, Double.parseDouble(cells[5]), 1e-12);
        assertEquals("attention.l2,attention.epochs,cue,measure,n,mean,sd,ci_low,ci_high",
                Files.readAllLines(dir.resolve("s/summary.csv")).get(0));
        // A figure for every parameter with a value (an order level the head never saw alone has none).
        List<String> measured = Files.readAllLines(dir.resolve("s/summary.csv")).stream().skip(1)
                .map(line -> line.split(",", -1)).filter(summary -> !summary[5].isEmpty()).map(summary -> summary[2])
                .distinct().toList();
        assertTrue(measured.containsAll(List.of("animacy", "agreement")), measured.toString());
        for (String cue : measured) {
            assertTrue(Files.readString(dir.resolve("s/figures/" + cue + ".svg")).contains("<text"), cue);
            assertFalse(Files.exists(dir.resolve("s/figures/" + cue + ".png")), "no PNG unless asked for");
        }
        // The head leaves the sparse order levels (13 and 4 tokens) without a contribution: nothing to draw.
        assertFalse(Files.exists(dir.resolve("s/figures/order=VNN.svg")));
    }

    @Test
    void resultsRowsAreTheCommandsOwnTableRunAloneOnTheTasksConfig() throws Exception {
        Path sweep = SweepRuns.seedsByL2(dir);
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", dir.resolve("s").toString()).code());
        List<String> results = Files.readAllLines(dir.resolve("s/results.csv"));
        assertEquals("seed,attention.l2,attention.epochs,task,cue,contribution,split,present", results.get(0));
        String task = "4_seed=2_attention.l2=0.01_attention.epochs=40";
        Path config = dir.resolve("s/tasks").resolve(task).resolve(OutputNames.TASK_CONFIG);
        assertTrue(Files.readString(config).contains("\"l2\" : 0.01"));
        assertEquals(0, SweepRuns.cmsim("attention", "--config", config.toString(), "--out",
                dir.resolve("alone").toString()).code());
        List<String> alone = Files.readAllLines(dir.resolve("alone/cue-contributions.csv"));
        List<String> rows = results.stream().filter(r -> r.contains("," + task + ",")).toList();
        assertEquals(alone.size() - 1, rows.size());
        for (int i = 1; i < alone.size(); i++) {
            assertEquals("2,0.01,40," + task + "," + alone.get(i), rows.get(i - 1));
        }
        // and seed 2 is the command's --seed 2 on the base config with the same settings
        assertTrue(Files.readString(config).contains("\"seed\" : 2"));
    }

    @Test
    void aFailingTaskIsListedTheOthersFinishAndARerunSkipsFinishedTasks() throws Exception {
        Path sweep = dir.resolve("sweep.json");
        Files.writeString(sweep, "{\"command\": \"attention\", \"config\": \""
                + Path.of("configs/illustrative.json").toAbsolutePath() + "\",\n"
                + " \"grid\": {\"corpus\": [\"" + Path.of("corpora/illustrative/corpus.csv").toAbsolutePath()
                + "\", \"missing.csv\"], \"attention.epochs\": [20]}, \"replicates\": 2}\n");
        Path out = dir.resolve("s");
        SweepRuns.Result first = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString());
        assertEquals(75, first.code(), first.err());
        List<String> failures = Files.readAllLines(out.resolve("failures.csv"));
        assertEquals("corpus,attention.epochs,task,replicate,seed,error", failures.get(0));
        assertEquals(3, failures.size());
        assertTrue(failures.get(1).startsWith("missing.csv,20,3_corpus=missing.csv_attention.epochs=20_r1,1,"),
                failures.get(1));
        assertTrue(failures.get(1).contains("exit 65: cmsim: " + dir.resolve("missing.csv") + ": no such file"),
                failures.get(1));
        assertTrue(Files.isDirectory(out.resolve("tasks/1_corpus=" + "-" + "_attention.epochs=20_r1"))
                || Files.list(out.resolve("tasks")).count() == 2, "two tasks finished");
        assertEquals(2, Files.list(out.resolve("tasks")).count());
        byte[] results = Files.readAllBytes(out.resolve("results.csv"));

        SweepRuns.Result second = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString());
        assertEquals(75, second.code());
        assertTrue(second.out().startsWith("4 tasks: 2 already finished, 2 run, 2 unfinished"), second.out());
        assertArrayEquals(results, Files.readAllBytes(out.resolve("results.csv")));
    }

    @Test
    void aRerunRunsOnlyTheMissingTaskAndGivesTheSameBytes() throws Exception {
        Path sweep = SweepRuns.seedsByL2(dir);
        Path out = dir.resolve("s");
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString()).code());
        byte[] results = Files.readAllBytes(out.resolve("results.csv"));
        TaskRunner.deleteTree(out.resolve("tasks/3_seed=2_attention.l2=0.001_attention.epochs=40"));
        SweepRuns.Result rerun = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString());
        assertEquals(0, rerun.code(), rerun.err());
        assertTrue(rerun.out().startsWith("6 tasks: 5 already finished, 1 run, 0 unfinished"), rerun.out());
        assertTrue(rerun.err().contains("1/1 3_seed=2_attention.l2=0.001_attention.epochs=40 finished"), rerun.err());
        assertArrayEquals(results, Files.readAllBytes(out.resolve("results.csv")));
    }

    @Test
    void refusesADirectoryOfAnotherSweep() throws Exception {
        Path sweep = SweepRuns.seedsByL2(dir);
        Path out = dir.resolve("s");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        SweepRuns.Result result = SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString());
        assertEquals(64, result.code());
        assertTrue(result.err().contains("holds something other than a sweep"), result.err());
        assertTrue(Files.exists(out.resolve("notes.txt")));
        assertEquals(64, SweepRuns.cmsim("sweep", sweep.toString(), "--out", out.toString(), "--force").code());
        assertTrue(Files.exists(out.resolve("notes.txt")), "--force never deletes what is not a sweep");
    }

    @Test
    void mergeRefusesShardsOfDifferentSweeps() throws Exception {
        Path sweep = SweepRuns.seedsByL2(dir);
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", dir.resolve("a").toString(),
                "--shard", "1/3").code());
        Files.writeString(sweep, Files.readString(sweep).replace("[40]", "[30]"));
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", dir.resolve("b").toString(),
                "--shard", "2/3").code());
        SweepRuns.Result merge = SweepRuns.cmsim("sweep-merge", dir.resolve("a").toString(), dir.resolve("b").toString(),
                "--out", dir.resolve("m").toString());
        assertEquals(65, merge.code());
        assertTrue(merge.err().contains("belongs to a different sweep"), merge.err());
        assertFalse(Files.exists(dir.resolve("m")));
    }

    @Test
    void aMergeOfOneShardListsTheMissingTasks() throws Exception {
        Path sweep = SweepRuns.seedsByL2(dir);
        assertEquals(0, SweepRuns.cmsim("sweep", sweep.toString(), "--out", dir.resolve("a").toString(),
                "--shard", "1/2").code());
        SweepRuns.Result merge = SweepRuns.cmsim("sweep-merge", dir.resolve("a").toString(), "--out",
                dir.resolve("m").toString());
        assertEquals(75, merge.code());
        assertEquals(4, Files.readAllLines(dir.resolve("m/failures.csv")).size());
        assertTrue(Files.readString(dir.resolve("m/failures.csv")).contains(",not run\n"));
    }

    @Test
    void anEngineThatIsNotThereExits69() {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try {
            // A class loader that sees no service providers: as when the Spark jar is not on the class path.
            thread.setContextClassLoader(new java.net.URLClassLoader(new java.net.URL[0],
                    ClassLoader.getPlatformClassLoader()));
            SweepRuns.Result result = SweepRuns.cmsim("sweep", "any.json", "--out", dir.resolve("s").toString(),
                    "--engine", "spark");
            assertEquals(69, result.code(), result.err());
            assertTrue(result.err().contains("no 'spark' engine on the class path"), result.err());
        } finally {
            thread.setContextClassLoader(saved);
        }
        assertEquals(64, SweepRuns.cmsim("sweep", "any.json", "--out", "x", "--engine", "hadoop").code());
        assertEquals(64, SweepRuns.cmsim("sweep", "any.json", "--out", "x", "--shard", "3/2").code());
    }
}
