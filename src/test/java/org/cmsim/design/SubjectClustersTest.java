package org.cmsim.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.model.Condition;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SubjectClustersTest {

    /**
     * On the golden design (rows 0, 1, 2, ...): s1 saw row 0 twice (4 + 2 trials) and row 2, s2 only row 1;
     * a row a subject never saw is 0 of 0.
     */
    @Test
    void eachSubjectsConditionsBecomeCountsOnTheDesignRows() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        Design design = golden.design();
        Map<String, List<Condition>> bySubject = new LinkedHashMap<>();
        bySubject.put("s1", List.of(new Condition(design.stimuli().get(0), 4, 3),
                new Condition(design.stimuli().get(2), 5, 1), new Condition(design.stimuli().get(0), 2, 2)));
        bySubject.put("s2", List.of(new Condition(design.stimuli().get(1), 7, 6)));
        SubjectClusters clusters = SubjectClusters.of(design, bySubject);
        assertEquals(List.of("s1", "s2"), clusters.subjects());
        assertEquals(2, clusters.size());
        long[] trials1 = new long[design.rows()];
        long[] n1s1 = new long[design.rows()];
        trials1[0] = 6;
        n1s1[0] = 5;
        trials1[2] = 5;
        n1s1[2] = 1;
        assertArrayEquals(trials1, clusters.counts().get(0).trials());
        assertArrayEquals(n1s1, clusters.counts().get(0).n1());
        // A bootstrap draw may repeat a subject: s2 twice and s1 once.
        Counts drawn = clusters.sum(new int[] {1, 0, 1});
        assertEquals(6, drawn.trials()[0]);
        assertEquals(14, drawn.trials()[1]);
        assertEquals(12, drawn.n1()[1]);
        assertEquals(1, drawn.n1()[2]);
        assertEquals(25, drawn.totalTrials());
    }

    @Test
    void needsTwoSubjectsAndOneCountEach() {
        Counts counts = new Counts(new long[] {1}, new long[] {1});
        assertThrows(IllegalArgumentException.class, () -> new SubjectClusters(List.of("s1"), List.of(counts)));
        assertThrows(IllegalArgumentException.class,
                () -> new SubjectClusters(List.of("s1", "s2"), List.of(counts, counts, counts)));
        assertEquals(2, new SubjectClusters(List.of("s1", "s2"), List.of(counts, counts)).size());
    }
}
