package org.cmsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark engine (its own jar, found as a service) in Spark's local mode, inside this JVM. */
class SparkEngineTest {

    @TempDir
    Path dir;

    @Test
    void sparkLocalTwoGivesTheSameResultsBytesAsLocalThreads() throws Exception {
        Path sweep = SweepRuns.seedsByL2(dir);
        SweepRuns.Result local = SweepRuns.cmsim("sweep", sweep.toString(), "--out", dir.resolve("local").toString(),
                "--threads", "2");
        assertEquals(0, local.code(), local.err());
        SweepRuns.Result spark = SweepRuns.cmsim("sweep", sweep.toString(), "--out", dir.resolve("spark").toString(),
                "--engine", "spark", "--master", "local[2]");
        assertEquals(0, spark.code(), spark.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("local/results.csv")),
                Files.readAllBytes(dir.resolve("spark/results.csv")));
        assertTrue(spark.err().contains("cmsim: sweep: 6/6 "), spark.err());
        assertTrue(Files.readString(dir.resolve("spark/manifest.json")).contains("\"engine\" : \"spark\""));
    }

    @Test
    void theSparkEngineIsFoundAsAService() throws Exception {
        assertEquals("spark", Engines.find("spark").name());
    }
}
