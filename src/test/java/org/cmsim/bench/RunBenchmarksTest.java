package org.cmsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run figures' arithmetic: the report stage read from a manifest, and medians. */
class RunBenchmarksTest {

    @TempDir
    Path dir;

    @Test
    void theReportStageIsReadFromTheManifestsStageClock() throws IOException {
        Path manifest = Files.writeString(dir.resolve("manifest.json"), "{\"stageSeconds\": {\"english: validity\": 0.5,"
                + " \"plots and report\": 2.25}}");
        assertEquals(2.25, RunBenchmarks.reportStageSeconds(manifest));
    }

    @Test
    void aManifestWithoutTheStageSaysSo() throws IOException {
        Path manifest = Files.writeString(dir.resolve("manifest.json"), "{\"stageSeconds\": {}}");
        IOException e = assertThrows(IOException.class, () -> RunBenchmarks.reportStageSeconds(manifest));
        assertTrue(e.getMessage().contains("plots and report"), e.getMessage());
    }

    @Test
    void mediansOfOddAndEvenCounts() {
        assertEquals(2.0, ProcessBenchmarks.median(new double[] {3, 1, 2}));
        assertEquals(2.5, ProcessBenchmarks.median(new double[] {4, 1, 3, 2}));
        double[] untouched = {3, 1, 2};
        ProcessBenchmarks.median(untouched);
        assertEquals(3.0, untouched[0]);
    }

    @Test
    void theCommandsAndEventFilesTheLauncherStartsOnTheQuickCompiler() throws IOException {
        Path small = Files.writeString(dir.resolve("small.tab"), "cues\toutcomes\na\tX\n");
        assertTrue(ProcessBenchmarks.quick("fit"));
        assertFalse(ProcessBenchmarks.quick("run"));
        assertFalse(ProcessBenchmarks.quick());
        assertEquals(List.of(ProcessBenchmarks.QUICK_COMPILER), ProcessBenchmarks.eventFileOptions(small));
        assertEquals(List.of(), ProcessBenchmarks.eventFileOptions(dir.resolve("missing.tab")));
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(dir.resolve("large.tab").toFile(), "rw")) {
            file.setLength(ProcessBenchmarks.QUICK_EVENT_BYTES);
        }
        assertEquals(List.of(), ProcessBenchmarks.eventFileOptions(dir.resolve("large.tab")));
    }
}
