package org.cmsim.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.cmsim.design.Exposure;
import org.cmsim.model.AttentionSettings;
import org.junit.jupiter.api.Test;

/** Blocking in the designed two-phase corpus, against the delta rule worked by hand. */
class BlockingTest {

    private static final double EXACT = 1e-12;

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void theDesignedPhasesAreAAloneThenAAndBTogether() {
        Exposure first = Exposure.of(Blocking.corpus(false), Blocking.cues());
        Exposure second = Exposure.of(Blocking.corpus(true), Blocking.cues());
        assertEquals(java.util.List.of("order=NVN", "A", "B"), second.design().parameters());
        assertEquals("[1.0, 1.0, 0.0] [1.0, -1.0, 0.0]", Arrays.toString(first.design().row(0)) + " "
                + Arrays.toString(first.design().row(1)));
        assertEquals("[1.0, 1.0, 1.0] [1.0, -1.0, -1.0]", Arrays.toString(second.design().row(0)) + " "
                + Arrays.toString(second.design().row(1)));
    }

    /**
     * One presentation per phase at rate 1, weights (order=NVN, A, B) from 0. Phase 1 draws s1 (x = (1, 1, 0),
     * n1 the agent: error 1/2, w = (1/2, 1/2, 0)) or s2 (x = (1, -1, 0), n2: error -1/2, w = (-1/2, 1/2, 0)).
     * Phase 2 draws s1' (x = (1, 1, 1), n1) or s2' (x = (1, -1, -1), n2), and w_B becomes 1 - sigmoid(w.x) or
     * sigmoid(w.x): after s1 then s1', 1 - sigmoid(1); s1 then s2', sigmoid(0); s2 then s1', 1 - sigmoid(0); s2
     * then s2', sigmoid(-1). Without phase 1, w.x = 0 and w_B = 1/2 whatever is drawn. So B after A is 1/2 or
     * 1 - sigmoid(1) = 0.269, never more than without A.
     */
    @Test
    void theDeltaRuleLearnsLessOfBAfterAAsWorkedByHand() {
        Blocking.Result result = Blocking.run(1, 1, 1.0, 40, 1, AttentionSettings.DEFAULTS, 3, 2);
        double blocked = 1 - logistic(1);
        int blockedCount = 0;
        for (int r = 0; r < 40; r++) {
            assertEquals(0.5, result.deltaControl()[r], EXACT);
            double b = result.deltaBlocked()[r];
            assertTrue(Math.abs(b - 0.5) < EXACT || Math.abs(b - blocked) < EXACT, "replicate " + r + ": " + b);
            blockedCount += Math.abs(b - blocked) < EXACT ? 1 : 0;
        }
        // Half the orders draw a matching pair of sentences; 40 orders without one would be chance 1e-12.
        assertTrue(blockedCount > 0 && blockedCount < 40, "blocked in " + blockedCount);
    }

    @Test
    void longerPhasesBlockInEveryOrderAndTheHeadsAreReplicatedBySeed() {
        Blocking.Result result = Blocking.run(500, 500, 0.05, 10, 2, AttentionSettings.DEFAULTS, 1, 2);
        for (int r = 0; r < 10; r++) {
            assertTrue(result.deltaBlocked()[r] < result.deltaControl()[r], "order " + r);
            assertTrue(result.deltaBlocked()[r] > 0, "B still points to the agent");
        }
        assertEquals(2, result.headBlocked().length);
        assertTrue(result.headControl()[0] != result.headControl()[1], "two seeds, two heads");
    }
}
