package org.cmsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cmsim.compare.RelationVerdicts.Relation;
import org.cmsim.compare.RelationVerdicts;
import org.junit.jupiter.api.Test;

class LearningVerdictsTest {

    @Test
    void aClaimHoldsFailsOrIsUndecidedByTheDecisiveShare() {
        assertEquals(RelationVerdicts.HOLDS, LearningVerdicts.claim("c", "", 19, 1, 20).verdict());
        assertEquals(RelationVerdicts.UNDECIDED, LearningVerdicts.claim("c", "", 18, 2, 20).verdict());
        assertEquals(RelationVerdicts.FAILS, LearningVerdicts.claim("c", "", 1, 19, 20).verdict());
        assertEquals(RelationVerdicts.UNDECIDED, LearningVerdicts.claim("c", "", 0, 0, 20).verdict(), "all ties");
        assertEquals(RelationVerdicts.NOT_MEASURED, LearningVerdicts.claim("c", "", 0, 0, 0).verdict());
    }

    @Test
    void aFindingFailsWithOneFailingClaimAndIsPartlyMeasuredWithOneUnmeasured() {
        Relation holds = LearningVerdicts.claim("a", "", 20, 0, 20);
        Relation fails = LearningVerdicts.claim("b", "", 0, 20, 20);
        Relation unmeasured = LearningVerdicts.claim("c", "", 0, 0, 0);
        assertEquals("holds: a: holds (100% of 20)", LearningVerdicts.verdict(List.of(holds)));
        assertEquals("fails: a: holds (100% of 20); b: fails (0% of 20)", LearningVerdicts.verdict(List.of(holds,
                fails)));
        assertEquals("partly measured: a: holds (100% of 20); c: not measured",
                LearningVerdicts.verdict(List.of(holds, unmeasured)));
    }

    @Test
    void aRangeIsTheMeanAndTheMiddle95Percent() {
        // Type 7 quantiles of 1..5: 2.5% at h = 0.1 -> 1.1, 97.5% at h = 3.9 -> 4.9.
        assertEquals("3.00 [1.10, 4.90]", LearningVerdicts.range(new double[] {5, 1, 4, 2, 3}));
    }
}
