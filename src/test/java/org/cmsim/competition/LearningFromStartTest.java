package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cmsim.design.Exposure;
import org.cmsim.design.Trajectory;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Learning that starts from weights brought from elsewhere (a first language's), not from zero. */
class LearningFromStartTest {

    private static final double AGREE = 1e-12;

    @Test
    void fastLearnerAgreesWithReferenceLearnerFromAStart() throws Exception {
        Exposure exposure = Fixtures.exposure("configs/illustrative.json");
        double[] start = new double[exposure.design().parameterCount()];
        for (int j = 0; j < start.length; j++) {
            start[j] = 1.5 - j;
        }
        long[] steps = Trajectory.logSpacedSteps(3000, 15);
        for (LearningRule rule : LearningRule.all()) {
            Trajectory fast = ExposureLearning.learnFrom(start, exposure, rule, 3000, 0.05, steps, 4);
            Trajectory reference = ReferenceLearning.learnFrom(start, exposure, rule, 3000, 0.05, steps, 4);
            assertArrayEquals(start, fast.at(0), 0, "step 0 is the start");
            for (int c = 0; c < steps.length; c++) {
                assertArrayEquals(reference.values()[c], fast.values()[c], AGREE, rule.name() + " step " + steps[c]);
            }
        }
    }

    @Test
    void fromZeroIsWhatLearnDoes() throws Exception {
        Exposure exposure = Fixtures.exposure("configs/illustrative.json");
        long[] steps = Trajectory.logSpacedSteps(500, 5);
        LearningRule rule = new LogisticDeltaRule();
        Trajectory zero = ExposureLearning.learnFrom(new double[exposure.design().parameterCount()], exposure, rule,
                500, 0.05, steps, 9);
        Trajectory learned = ExposureLearning.learn(exposure, rule, 500, 0.05, steps, 9);
        for (int c = 0; c < steps.length; c++) {
            assertArrayEquals(learned.values()[c], zero.values()[c], 0);
        }
    }

    @Test
    void aStartNeedsOneWeightPerParameter() throws Exception {
        Exposure exposure = Fixtures.exposure("configs/illustrative.json");
        assertThrows(IllegalArgumentException.class, () -> ExposureLearning.learnFrom(new double[1], exposure,
                new LogisticDeltaRule(), 10, 0.05, new long[] {0, 10}, 1));
    }
}
