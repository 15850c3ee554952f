package org.cmsim.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.cmsim.io.InputException;
import org.cmsim.model.CorpusClusters.Unit;
import org.cmsim.model.CorpusClusters;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clause traces read into the clusters a corpus is resampled by. */
class ClauseTraceReaderTest {

    private static final FeatureValues NONE = new FeatureValues(new int[0]);
    private static final String HEADER = "source,sent_id,n1,verb,n2,row,doc\n";

    @TempDir
    Path dir;

    private static SentenceCorpus corpus(long... counts) {
        List<Sentence> rows = new java.util.ArrayList<>();
        for (long count : counts) {
            rows.add(new Sentence(new Stimulus(Order.NVN, NONE, NONE, NONE), Slot.N1, count));
        }
        return new SentenceCorpus(new FeatureSpace(List.of()), rows);
    }

    private Path trace(String lines) throws IOException {
        Path file = dir.resolve("clauses.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((HEADER + lines).getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /**
     * Consecutive lines of one sentence id form one sentence; the same id later (a second file numbered from 1 again)
     * is another sentence. Rows are 1-based in the file, 0-based in the clusters.
     */
    @Test
    void groupsConsecutiveClausesOfASentence() throws Exception {
        Path file = trace("""
                x,s1,1,2,3,1,
                x,s1,4,5,6,2,
                x,s2,1,2,3,1,
                x,s1,1,2,3,2,
                y,"a,b",1,2,3,3,
                """);
        CorpusClusters clusters = ClauseTraceReader.read(file, dir.resolve("corpus.csv"), corpus(2, 2, 1));
        assertEquals(2, clusters.strata().size());
        CorpusClusters.Stratum x = clusters.strata().get(0);
        assertEquals("x", x.source());
        assertEquals(Unit.SENTENCES, x.unit());
        assertEquals(3, x.clusters().size());
        assertArrayEquals(new int[] {0, 1}, x.clusters().get(0));
        assertArrayEquals(new int[] {0}, x.clusters().get(1));
        assertArrayEquals(new int[] {1}, x.clusters().get(2));
        assertArrayEquals(new int[] {2}, clusters.strata().get(1).clusters().get(0));
        assertEquals(5, clusters.clauses());
        assertEquals("sentences (4 in 2 sources), within each source", clusters.describe());
    }

    /**
     * A source whose every clause lies in a marked document, with at least 20 documents, is resampled by document;
     * one with fewer documents, or with a clause outside any document, by sentence.
     */
    @Test
    void resamplesDocumentsWhereEnoughAreMarked() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int d = 0; d < CorpusClusters.MIN_DOCUMENTS; d++) {
            lines.append("many,s").append(d).append("a,1,2,3,1,doc").append(d).append('\n');
            lines.append("many,s").append(d).append("b,1,2,3,1,doc").append(d).append('\n');
        }
        lines.append("few,t1,1,2,3,2,d1\nfew,t2,1,2,3,2,d1\n");
        lines.append("partly,u1,1,2,3,3,d1\n");
        for (int d = 0; d < CorpusClusters.MIN_DOCUMENTS; d++) {
            lines.append("partly,v").append(d).append(",1,2,3,3,e").append(d).append('\n');
        }
        lines.append("partly,w,1,2,3,3,\n");
        SentenceCorpus corpus = corpus(2L * CorpusClusters.MIN_DOCUMENTS, 2, CorpusClusters.MIN_DOCUMENTS + 2);
        CorpusClusters clusters = ClauseTraceReader.read(trace(lines.toString()), dir.resolve("corpus.csv"), corpus);
        assertEquals(Unit.DOCUMENTS, clusters.strata().get(0).unit());
        assertEquals(CorpusClusters.MIN_DOCUMENTS, clusters.strata().get(0).clusters().size());
        assertArrayEquals(new int[] {0, 0}, clusters.strata().get(0).clusters().get(0));
        assertEquals(Unit.SENTENCES, clusters.strata().get(1).unit());
        assertEquals(2, clusters.strata().get(1).clusters().size());
        assertEquals(Unit.SENTENCES, clusters.strata().get(2).unit());
        assertEquals(CorpusClusters.MIN_DOCUMENTS + 2, clusters.strata().get(2).clusters().size());
        assertEquals("documents (20 in many), sentences (24 in 2 sources), within each source", clusters.describe());
    }

    @Test
    void aTraceWithoutDocumentsGivesSentences() throws Exception {
        Path file = dir.resolve("old.clauses.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("source,sent_id,n1,verb,n2,row\nx,1,1,2,3,1\nx,2,1,2,3,1\n".getBytes(StandardCharsets.UTF_8));
        }
        CorpusClusters clusters = ClauseTraceReader.read(file, dir.resolve("old.csv"), corpus(2));
        assertEquals(Unit.SENTENCES, clusters.strata().get(0).unit());
        assertEquals(2, clusters.strata().get(0).clusters().size());
    }

    @Test
    void refusesATraceOfAnotherImport() throws Exception {
        InputException outside = assertThrows(InputException.class, () -> ClauseTraceReader.read(
                trace("x,s1,1,2,3,1,\nx,s2,1,2,3,4,\n"), dir.resolve("corpus.csv"), corpus(1, 1)));
        assertTrue(outside.getMessage().contains("clauses.csv.gz:3: column row: 4 is not a row of"),
                outside.getMessage());
        InputException miscounted = assertThrows(InputException.class, () -> ClauseTraceReader.read(
                trace("x,s1,1,2,3,1,\nx,s2,1,2,3,1,\n"), dir.resolve("corpus.csv"), corpus(1, 1)));
        assertTrue(miscounted.getMessage().contains("row 1 of " + dir.resolve("corpus.csv")
                + " counts 1 clauses, the trace lists 2"), miscounted.getMessage());
        InputException notANumber = assertThrows(InputException.class, () -> ClauseTraceReader.read(
                trace("x,s1,1,2,3,one,\n"), dir.resolve("corpus.csv"), corpus(1)));
        assertTrue(notANumber.getMessage().contains(":2: column row: 'one' is not a row number"),
                notANumber.getMessage());
    }

    /** Rows a config's selection drops leave their clusters; clusters and strata left empty go. */
    @Test
    void keepingRowsRenumbersAndDropsEmptyClusters() {
        CorpusClusters clusters = new CorpusClusters(List.of(
                new CorpusClusters.Stratum("x", Unit.SENTENCES, List.of(new int[] {0, 1}, new int[] {1})),
                new CorpusClusters.Stratum("y", Unit.DOCUMENTS, List.of(new int[] {2}))));
        CorpusClusters kept = clusters.keepRows(new int[] {-1, 0, -1});
        assertEquals(1, kept.strata().size());
        assertArrayEquals(new int[] {0}, kept.strata().get(0).clusters().get(0));
        assertArrayEquals(new int[] {0}, kept.strata().get(0).clusters().get(1));
        assertEquals(2, kept.clauses());
    }

    /**
     * The shipped English corpus: every clause is in exactly one cluster, and a config that selects the spoken rows
     * keeps exactly their clauses. EWT marks its documents (more than 20), Atis none (its sentences are the units).
     */
    @Test
    void shippedCorpusClustersHoldEveryClauseOnce() throws Exception {
        SentenceCorpus english = CueColumns.readCorpus(ConfigReader.readLanguage(Path.of("configs/english.json")));
        assertEquals(english.totalCount(), english.clusters().clauses());
        java.util.Map<String, Unit> units = new java.util.HashMap<>();
        english.clusters().strata().forEach(s -> units.put(s.source(), s.unit()));
        assertEquals(Unit.DOCUMENTS, units.get("en_ewt"));
        assertEquals(Unit.SENTENCES, units.get("en_atis"));
        SentenceCorpus spoken = CueColumns.readCorpus(ConfigReader.readLanguage(
                Path.of("configs/english-spoken.json")));
        assertTrue(spoken.totalCount() < english.totalCount());
        assertEquals(spoken.totalCount(), spoken.clusters().clauses());
        long[] perRow = new long[spoken.size()];
        spoken.clusters().strata().forEach(s -> s.clusters().forEach(c -> {
            for (int row : c) {
                perRow[row]++;
            }
        }));
        for (int r = 0; r < spoken.size(); r++) {
            assertEquals(spoken.get(r).count(), perRow[r], "row " + r);
        }
    }
}
