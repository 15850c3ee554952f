package org.cmsim.reactiontime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cmsim.competition.RandomStructure;
import org.junit.jupiter.api.Test;

/**
 * Satterthwaite's df where it is known exactly: in a balanced one-way design with a random intercept, the grand
 * mean's t has a groups - 1 df (the F test on group means; Kuznetsova et al. 2017 give the same check).
 */
class SatterthwaiteTest {

    @Test
    void balancedOneWayInterceptHasGroupsMinusOneDf() {
        int groups = 7;
        int per = 5;
        SplittableRandom random = new SplittableRandom(11);
        double[] y = new double[groups * per];
        double[][] x = new double[y.length][1];
        String[] group = new String[y.length];
        for (int g = 0; g < groups; g++) {
            double shift = random.nextDouble() * 2 - 1;
            for (int r = 0; r < per; r++) {
                int i = g * per + r;
                x[i][0] = 1;
                group[i] = "g" + g;
                y[i] = 5 + shift + random.nextDouble() - 0.5;
            }
        }
        MixedLinearDesign design = MixedLinearDesign.of(y, x, List.of("intercept"), Map.of("g", group),
                RandomStructure.parse("(1 | g)"));
        LinearMixedFit fit = LinearMixedModel.fit(design);
        assertEquals(groups - 1, fit.fixed("intercept").df(), 1e-4);
    }

    @Test
    void pseudoInverseDropsEigenvaluesAtZero() {
        // diag(2, 0) rotated by 45 degrees: its pseudo-inverse is diag(1/2, 0) rotated the same way.
        double[][] h = {{1, 1}, {1, 1}};
        double[][] inverse = Satterthwaite.pseudoInverse(h);
        assertArrayEquals(new double[] {0.25, 0.25}, inverse[0], 1e-12);
        assertArrayEquals(new double[] {0.25, 0.25}, inverse[1], 1e-12);
    }
}
