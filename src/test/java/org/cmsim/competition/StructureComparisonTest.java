package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which structures are nested, and the likelihood-ratio statistic by hand. */
class StructureComparisonTest {

    private static final List<String> PARAMETERS = List.of("order=NVN", "order=NNV", "animacy", "agreement");

    private static boolean nested(String small, String big) {
        return StructureComparison.nested(RandomStructure.parse(small), RandomStructure.parse(big), PARAMETERS);
    }

    @Test
    void nestingComparesEffectsAndCorrelationsPerFactor() {
        assertTrue(nested("(1|subject) + (1|item)", "(1 + animacy|subject) + (1|item)"));
        assertTrue(nested("(1 + animacy||subject)", "(1 + animacy|subject)"));
        assertTrue(nested("(1|subject)", "(1|subject) + (1|item)"));
        assertTrue(nested("(0 + animacy|subject)", "subject"));
        assertFalse(nested("(1 + animacy|subject)", "(1 + animacy||subject)"), "a correlation the bigger lacks");
        assertFalse(nested("(1|subject)", "subject"), "the list form has no intercept");
        assertFalse(nested("(1|item)", "(1|subject)"));
        assertFalse(nested("(0 + agreement|subject)", "(1 + animacy|subject)"));
    }

    /** G = 2 (-100 - -104.5) = 9 on 2 df: p = exp(-9 / 2) exactly (chi-square with 2 df). */
    @Test
    void statisticIsTwiceTheLogLikelihoodGain() {
        MixedFit big = fit(-100, 8, "(1 + animacy | subject)", 2);
        MixedFit small = fit(-104.5, 6, "(1 | subject)", 1);
        StructureComparison test = StructureComparison.of(small, big);
        assertEquals("(1 + animacy | subject)", test.bigger());
        assertEquals("(1 | subject)", test.smaller());
        assertEquals(9, test.statistic(), 1e-12);
        assertEquals(2, test.df());
        assertEquals(Math.exp(-4.5), test.pValue(), 1e-12);
        assertTrue(test.boundary());
        assertThrows(IllegalArgumentException.class, () -> StructureComparison.of(big, big));
        // A bigger model fitted a hair worse: G is 0, p is 1.
        assertEquals(1, StructureComparison.of(fit(-100.000001, 8, "a", 2), fit(-100, 6, "b", 1)).pValue(), 1e-12);
    }

    private static MixedFit fit(double logLik, int k, String structure, int sds) {
        List<MixedFit.RandomSd> list = java.util.stream.IntStream.range(0, sds)
                .mapToObj(i -> new MixedFit.RandomSd("subject", "p" + i, null, 0.5)).toList();
        return new MixedFit(List.of("a"), new double[] {1}, new double[] {0.1}, List.of(""), list, logLik, k, 100,
                true, List.of(), Double.POSITIVE_INFINITY, List.of(), structure, false);
    }
}
