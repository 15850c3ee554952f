package org.cmsim.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.cmsim.design.Trajectory;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.LanguageConfig;
import org.cmsim.testing.TinyLanguage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A head carried over to another language's vocabulary, and trained there for a fixed exposure. */
class HeadTransferTest {

    private static final String L1_CORPUS = """
            order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,agent,count
            NVN,animate,sg,sg,inanimate,pl,n1,30
            NVN,inanimate,pl,sg,animate,sg,n2,10
            VNN,inanimate,pl,pl,animate,sg,n2,7
            """;

    /** A second language with case (new), number with its values in another order and one more, no animacy. */
    private static final String L2_CONFIG = """
            {"name": "second", "corpus": "corpus.csv",
             "features": {"case": ["nom", "acc"], "number": ["pl", "sg", "du"]},
             "cues": [{"name": "order", "kind": "order"},
                      {"name": "case", "kind": "contrast", "feature": "case", "value": "nom"},
                      {"name": "agreement", "kind": "agreement", "features": ["number"]}],
             "seed": 1}
            """;
    private static final String L2_CORPUS = """
            order,n1.case,n1.number,v.number,n2.case,n2.number,agent,count
            NVN,nom,sg,sg,acc,pl,n1,20
            NVN,acc,pl,sg,nom,sg,n2,12
            NVN,-,du,du,-,sg,n1,5
            """;

    @TempDir
    Path dir;

    private Examples l1;
    private Examples l2;
    private LanguageConfig second;

    @BeforeEach
    void readCorpora() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        LanguageConfig first = TinyLanguage.write(dir.resolve("a"), L1_CORPUS);
        second = TinyLanguage.write(dir.resolve("b"), L2_CONFIG, L2_CORPUS);
        l1 = AttentionStudy.examples(CorpusReader.read(first.corpus(), first.features()), first.cues());
        l2 = AttentionStudy.examples(CorpusReader.read(second.corpus(), second.features()), second.cues());
    }

    @Test
    void embeddingsFollowTheirNamesAndNewValuesStartAtZero() {
        AttentionSettings settings = AttentionSettings.DEFAULTS;
        AttentionHead from = new AttentionHead(l1.vocabulary(), settings);
        from.initialise(7);
        AttentionHead to = HeadTransfer.carriedOver(from, l2.vocabulary(), settings);
        int d = settings.dModel();
        // L1 rows: noun 0, verb 1, animacy 2-4, number unknown/sg/pl 5-7, positions 8-10.
        // L2 rows: noun 0, verb 1, case unknown/nom/acc 2-4, number unknown/pl/sg/du 5-8, positions 9-11.
        int[][] sameName = {{0, 0}, {1, 1}, {5, 5}, {7, 6}, {6, 7}, {8, 9}, {9, 10}, {10, 11}};
        for (int[] pair : sameName) {
            assertArrayEquals(row(from, pair[0], d), row(to, pair[1], d), 0, "L1 row " + pair[0]);
        }
        for (int newRow : new int[] {2, 3, 4, 8}) {
            assertArrayEquals(new double[d], row(to, newRow, d), 0, "L2 row " + newRow);
        }
        double[] fromRest = Arrays.copyOfRange(from.parameters(), from.layout().wq, from.parameterCount());
        double[] toRest = Arrays.copyOfRange(to.parameters(), to.layout().wq, to.parameterCount());
        assertArrayEquals(fromRest, toRest, 0, "projections carried over as they are");
    }

    @Test
    void headsOfDifferentShapesCannotShareWeights() {
        AttentionSettings wider = new AttentionSettings(32, 8, 8, AttentionSettings.Readout.POINTER,
                AttentionSettings.QuerySource.VERB, 500, 256, 0.01, 0.001, 0.1, 50,
                AttentionSettings.L2Choice.CROSS_VALIDATED);
        assertTrue(HeadTransfer.incompatibility(AttentionSettings.DEFAULTS, AttentionSettings.DEFAULTS).isEmpty());
        assertTrue(HeadTransfer.incompatibility(AttentionSettings.DEFAULTS, wider).get().contains("16, 8, 8 against"
                + " 32, 8, 8"));
        assertTrue(HeadTransfer.incompatibility(AttentionSettings.DEFAULTS,
                AttentionSettings.DEFAULTS.withReadout(AttentionSettings.Readout.VALUE)).isPresent());
        AttentionHead from = new AttentionHead(l1.vocabulary(), AttentionSettings.DEFAULTS);
        assertThrows(IllegalArgumentException.class, () -> HeadTransfer.carriedOver(from, l2.vocabulary(), wider));
    }

    /**
     * 37 tokens a pass: exposure 100 takes three passes of one batch each, checkpoint t recorded after the batch
     * in which token t was presented (37, 74, 111), the start before any.
     */
    @Test
    void trainingRecordsTheStartAndEachCheckpointAfterItsBatch() {
        AttentionHead head = HeadTransfer.carriedOver(HeadTransfer.trained(l1, AttentionSettings.DEFAULTS, 3),
                l2.vocabulary(), AttentionSettings.DEFAULTS);
        double[] start = HeadTransfer.contributions(head, l2, second.cues());
        AttentionHead atStart = new AttentionHead(l2.vocabulary(), AttentionSettings.DEFAULTS);
        atStart.restore(head.parameters());
        long[] checkpoints = {0, 1, 37, 38, 100};
        Trajectory trajectory = HeadTransfer.train(head, l2, second.cues(), 100, checkpoints, 5);
        assertArrayEquals(start, trajectory.values()[0], 0);
        assertArrayEquals(trajectory.values()[1], trajectory.values()[2], 0, "tokens 1 and 37: the first batch");
        assertTrue(!Arrays.equals(trajectory.values()[2], trajectory.values()[3]), "token 38: the second batch");
        assertEquals(5, trajectory.values().length);
        assertArrayEquals(HeadTransfer.contributions(head, l2, second.cues()), trajectory.values()[4], 0,
                "the head ends where its last checkpoint was read: the third batch is the last");
        assertTrue(!Arrays.equals(head.parameters(), atStart.parameters()), "trained in place");
    }

    private static double[] row(AttentionHead head, int row, int d) {
        int offset = head.layout().embeddings + row * d;
        return Arrays.copyOfRange(head.parameters(), offset, offset + d);
    }
}
