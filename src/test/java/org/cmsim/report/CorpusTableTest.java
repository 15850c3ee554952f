package org.cmsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.SentenceCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clauses per genre, counted by hand on a four-row corpus. */
class CorpusTableTest {

    @TempDir
    Path dir;

    @Test
    void clausesAreCountedPerGenreWeightedByCount() throws Exception {
        Path file = dir.resolve("corpus.csv");
        Files.writeString(file, """
                order,agent,count,source,genre
                NVN,n1,5,en_ewt,written
                NVN,n2,2,en_gum,spoken
                NNV,n1,1,en_gum,written
                VNN,n1,3,en_atis,spoken
                """);
        SentenceCorpus corpus = CorpusReader.read(file, new FeatureSpace(java.util.List.of()));
        assertEquals(Map.of("spoken", 5L, "written", 6L), CorpusTable.clausesByGenre(corpus));
        Path plain = dir.resolve("plain.csv");
        Files.writeString(plain, "order,agent,count\nNVN,n1,4\n");
        SentenceCorpus other = CorpusReader.read(plain, new FeatureSpace(java.util.List.of()));
        Map<String, SentenceCorpus> corpora = new LinkedHashMap<>();
        corpora.put("english", corpus);
        corpora.put("plain", other);
        String html = CorpusTable.html(corpora);
        assertTrue(html.contains("<td>english</td><td></td><td>5</td><td>6</td><td>11</td>"), html);
        assertTrue(html.contains("<td>plain</td><td>4</td><td></td><td></td><td>4</td>"), html);
    }
}
