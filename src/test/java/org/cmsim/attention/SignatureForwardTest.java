package org.cmsim.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.model.AttentionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forward pass by signatures gives the head's own loss and logits, the same doubles bit for bit (assertEquals
 * on doubles without a tolerance compares their bits), for every variant of the head, on all types and on a
 * held-out share where many types have no weight, and again after the parameters move.
 */
class SignatureForwardTest {

    static List<AttentionHead> everyHead() throws Exception {
        Examples examples = AttentionHeadTest.illustrativeExamples();
        List<AttentionHead> heads = new ArrayList<>();
        for (AttentionSettings settings : AttentionHeadTest.everyVariant()) {
            heads.add(new AttentionHead(examples.vocabulary(), settings));
        }
        heads.add(AttentionHead.withUniformAttention(examples.vocabulary(), AttentionSettings.DEFAULTS));
        return heads;
    }

    @ParameterizedTest
    @MethodSource("everyHead")
    void lossAndLogitsAreTheHeadsBitForBit(AttentionHead head) throws Exception {
        Examples examples = AttentionHeadTest.illustrativeExamples();
        Examples heldOut = HeldOutSplit.of(examples, 0.1, 5).heldOut();
        int withoutWeight = 0;
        for (int e = 0; e < heldOut.size(); e++) {
            withoutWeight += heldOut.weight(e) == 0 ? 1 : 0;
        }
        assertTrue(withoutWeight > 0 && withoutWeight < heldOut.size(), "some held-out types have no tokens");
        head.initialise(31);
        SignatureForward forward = new SignatureForward(head);
        for (int step = 0; step < 2; step++) {
            for (Examples share : List.of(examples, heldOut)) {
                assertEquals(head.loss(share), forward.loss(share));
                assertArrayEquals(head.logits(share), forward.logits(share));
            }
            // Move every parameter: the next call must read the new ones, not what the last one computed.
            double before = forward.loss(examples);
            double[] theta = head.parameters();
            for (int j = 0; j < theta.length; j++) {
                theta[j] += 0.01 * ((j % 7) - 3);
            }
            assertNotEquals(before, forward.loss(examples));
        }
    }

    @Test
    void examplesWithoutWeightHaveNoLoss() throws Exception {
        Examples examples = AttentionHeadTest.illustrativeExamples();
        Examples none = examples.withWeights(new double[examples.size()], new double[examples.size()]);
        AttentionHead head = new AttentionHead(examples.vocabulary(), AttentionSettings.DEFAULTS);
        head.initialise(3);
        assertEquals(Double.NaN, new SignatureForward(head).loss(none));
        assertEquals(Double.NaN, head.loss(none));
    }
}
