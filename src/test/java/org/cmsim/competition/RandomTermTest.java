package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** lme4's theta layout and the covariance it stands for, by hand. */
class RandomTermTest {

    private static final double EXACT = 1e-12;

    /** (1 + animacy + agreement | subject), two groups, after 4 other thetas: column by column, group by group. */
    private static RandomTerm correlated() {
        return new RandomTerm("subject", new int[] {RandomTerm.INTERCEPT, 3, 4},
                List.of("intercept", "animacy", "agreement"), true, 4, 2);
    }

    @Test
    void thetaRunsDownEachColumnOfTheLowerTriangle() {
        RandomTerm term = correlated();
        assertEquals(6, term.perGroup());
        // Group 0: L11 L21 L31 L22 L32 L33 at 4..9; group 1 at 10..15.
        assertEquals(4, term.theta(0, 0, 0));
        assertEquals(5, term.theta(0, 1, 0));
        assertEquals(6, term.theta(0, 2, 0));
        assertEquals(7, term.theta(0, 1, 1));
        assertEquals(8, term.theta(0, 2, 1));
        assertEquals(9, term.theta(0, 2, 2));
        assertEquals(15, term.theta(1, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> term.theta(0, 0, 1));
        assertTrue(term.isDiagonal(4));
        assertFalse(term.isDiagonal(5));
        assertTrue(term.isDiagonal(7));
        assertTrue(term.isDiagonal(13));
        assertFalse(term.isDiagonal(14));
        assertEquals("(1 + animacy + agreement | subject)", term.toString());
    }

    /** Sigma = L L' with L = [[0.5, 0, 0], [0.3, 0.4, 0], [-0.2, 0.1, 0.6]]. */
    @Test
    void covarianceIsLambdaTimesItsTranspose() {
        RandomTerm term = correlated();
        double[] theta = new double[16];
        double[] group1 = {0.5, 0.3, -0.2, 0.4, 0.1, 0.6};
        System.arraycopy(group1, 0, theta, 10, 6);
        double[][] sigma = term.covariance(theta, 1);
        assertArrayEquals(new double[] {0.25, 0.15, -0.1}, sigma[0], EXACT);
        assertArrayEquals(new double[] {0.15, 0.09 + 0.16, -0.06 + 0.04}, sigma[1], EXACT);
        assertArrayEquals(new double[] {-0.1, -0.02, 0.04 + 0.01 + 0.36}, sigma[2], EXACT);
        assertTrue(term.singular(theta, 0, 1e-4), "group 0 is all zeros");
        assertFalse(term.singular(theta, 1, 1e-4));
    }

    @Test
    void anUncorrelatedTermKeepsOnlyTheDiagonal() {
        RandomTerm term = new RandomTerm("subject", new int[] {RandomTerm.INTERCEPT, 3}, List.of("intercept",
                "animacy"), false, 0, 1);
        assertEquals(2, term.perGroup());
        assertEquals(1, term.theta(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> term.theta(0, 1, 0));
        double[][] sigma = term.covariance(new double[] {0.7, 0.2}, 0);
        assertArrayEquals(new double[] {0.49, 0}, sigma[0], EXACT);
        assertArrayEquals(new double[] {0, 0.04}, sigma[1], EXACT);
        assertEquals("(1 + animacy || subject)", term.toString());
        assertEquals("(0 + agreement | subject)", new RandomTerm("subject", new int[] {4}, List.of("agreement"),
                false, 0, 1).toString());
    }

    /**
     * A search stopped with the intercept's diagonal at zero in (1 + animacy | subject): the restart puts it at
     * half the term's largest SD, zeroes the column below it and keeps the slope's SD; an interior point or an
     * uncorrelated term needs no restart.
     */
    @Test
    void restartsFromInsideTheBoundaryOfACorrelatedTerm() throws Exception {
        MixedDesign design = PirlsTest.smallDesign(RandomStructure.parse("(1 + animacy|subject) + (1|item)"));
        double[] stopped = {0, 0.3, 0.4, 0.2, 1.5, -0.5, 0.3, 1.0, 0.6};
        double[] inside = MixedMultiplicativeRule.restartInside(design, stopped);
        assertArrayEquals(new double[] {0.25, 0, 0.5, 0.2, 1.5, -0.5, 0.3, 1.0, 0.6}, inside, EXACT);
        assertEquals(null, MixedMultiplicativeRule.restartInside(design, new double[] {0.6, 0.3, 0.4, 0.2, 1.5,
                -0.5, 0.3, 1.0, 0.6}));
        MixedDesign uncorrelated = PirlsTest.smallDesign(RandomStructure.parse("(1 + animacy||subject)"));
        assertEquals(null, MixedMultiplicativeRule.restartInside(uncorrelated, new double[] {0, 0.4, 1.5, -0.5,
                0.3, 1.0, 0.6}));
        // A whole term at zero restarts at SD 0.5.
        assertEquals(0.5, MixedMultiplicativeRule.restartInside(design, new double[] {0, 0, 0, 0.2, 1.5, -0.5,
                0.3, 1.0, 0.6})[0], EXACT);
    }

    /** SDs and correlations as VarCorr reports them; an SD at zero leaves its correlation undefined. */
    @Test
    void varianceComponentsAreSdsAndCorrelations() throws Exception {
        MixedDesign design = PirlsTest.smallDesign(RandomStructure.parse("(1 + animacy|subject) + (1|item)"));
        // L = [[0.6, 0], [0.3, 0.4]]: Sigma = [[0.36, 0.18], [0.18, 0.25]], cor = 0.18 / (0.6 * 0.5) = 0.6.
        VarianceComponents components = VarianceComponents.of(design, new double[] {0.6, 0.3, 0.4, 0.2});
        assertEquals(List.of("intercept", "animacy", "intercept"),
                components.sds().stream().map(MixedFit.RandomSd::parameter).toList());
        assertEquals(0.6, components.sds().get(0).sd(), EXACT);
        assertEquals(0.5, components.sds().get(1).sd(), EXACT);
        assertEquals(0.2, components.sds().get(2).sd(), EXACT);
        assertEquals("item", components.sds().get(2).factor());
        assertEquals(1, components.correlations().size());
        assertEquals(0.6, components.correlations().get(0).correlation(), EXACT);
        assertTrue(components.boundaryWarnings(design, new double[] {0.6, 0.3, 0.4, 0.2}).isEmpty());
        // The slope's own element at zero: its SD is 0.3, wholly correlated with the intercept.
        double[] boundary = {0.6, 0.3, 0, 0};
        VarianceComponents onBoundary = VarianceComponents.of(design, boundary);
        assertEquals(1.0, onBoundary.correlations().get(0).correlation(), EXACT);
        assertEquals(List.of("singular fit: in (1 + animacy | subject), the animacy deviations are perfectly"
                        + " correlated with the effects before it",
                "singular fit: the SD of item deviations on intercept is estimated at zero"),
                onBoundary.boundaryWarnings(design, boundary));
        assertTrue(Double.isNaN(VarianceComponents.of(design, new double[] {0, 0, 0.4, 0.2}).correlations().get(0)
                .correlation()));
    }
}
