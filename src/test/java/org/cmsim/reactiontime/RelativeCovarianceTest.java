package org.cmsim.reactiontime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cmsim.competition.RandomStructure.Covariance;
import org.junit.jupiter.api.Test;

/** theta's layout as lme4's getME(m, "theta") and "lower"; the covariance it stands for. */
class RelativeCovarianceTest {

    private static MixedLinearDesign.Term term(String factor, Covariance covariance, String... effects) {
        return new MixedLinearDesign.Term(factor, List.of(effects), new int[] {0}, List.of("a"), covariance);
    }

    private final RelativeCovariance covariance = new RelativeCovariance(List.of(
            term("subject", Covariance.CORRELATED, "intercept", "a", "b"),
            term("item", Covariance.CORRELATED, "intercept"),
            term("other", Covariance.DIAGONAL, "intercept", "a")));

    @Test
    void thetaListsEachCorrelatedTemplateColumnByColumnThenDiagonals() {
        assertEquals(6 + 1 + 2, covariance.count());
        double[] theta = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[][][] t = covariance.templates(theta);
        assertArrayEquals(new double[] {1, 0, 0}, t[0][0]);
        assertArrayEquals(new double[] {2, 4, 0}, t[0][1]);
        assertArrayEquals(new double[] {3, 5, 6}, t[0][2]);
        assertArrayEquals(new double[] {7}, t[1][0]);
        assertArrayEquals(new double[] {8, 0}, t[2][0]);
        assertArrayEquals(new double[] {0, 9}, t[2][1]);
        assertThrows(IllegalArgumentException.class, () -> covariance.templates(new double[3]));
    }

    @Test
    void startIsTheIdentityAndOnlyDiagonalsAreBounded() {
        double inf = Double.NEGATIVE_INFINITY;
        assertArrayEquals(new double[] {1, 0, 0, 1, 0, 1, 1, 1, 1}, covariance.start());
        assertArrayEquals(new double[] {0, inf, inf, 0, inf, 0, 0, 0, 0}, covariance.lower());
    }

    @Test
    void aDiagonalNearZeroIsSingularAnOffDiagonalIsNot() {
        double[] theta = {1, 0, 0, 1, 0, 1, 1, 1, 1};
        assertFalse(covariance.singular(theta));
        theta[1] = -5e-5;
        assertFalse(covariance.singular(theta));
        theta[8] = 9e-5;
        assertTrue(covariance.singular(theta));
        theta[8] = 1e-4;
        assertFalse(covariance.singular(theta));
    }

    @Test
    void covarianceIsSigmaSquaredTimesTemplateTimesItsTranspose() {
        double[] theta = {2, 1, 0, 3, 0, 1, 1, 1, 1};
        // T = [[2,0,0],[1,3,0],[0,0,1]]: T T' = [[4,2,0],[2,10,0],[0,0,1]]
        double[][] sigma = covariance.covariance(0, theta, 0.5);
        assertArrayEquals(new double[] {1, 0.5, 0}, sigma[0], 1e-15);
        assertArrayEquals(new double[] {0.5, 2.5, 0}, sigma[1], 1e-15);
        assertArrayEquals(new double[] {0, 0, 0.25}, sigma[2], 1e-15);
    }
}
