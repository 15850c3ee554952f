package org.cmsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A signed interval of log-odds as the sizes of strength it spans, as the validity figure draws it. */
class IntervalSizesTest {

    @Test
    void sizesOfAPositiveANegativeAndAStraddlingInterval() {
        assertArrayEquals(new double[] {1.5, 2.5}, IntervalPlots.size(1.5, 2.5), 0);
        assertArrayEquals(new double[] {1.5, 2.5}, IntervalPlots.size(-2.5, -1.5), 0);
        assertArrayEquals(new double[] {0, 3}, IntervalPlots.size(-3, 1), 0, "it may be 0: the size runs from 0");
        assertArrayEquals(new double[] {0, 1}, IntervalPlots.size(0, 1), 0);
        double[] none = IntervalPlots.size(Double.NaN, 1);
        assertTrue(Double.isNaN(none[0]) && Double.isNaN(none[1]));
    }

    @Test
    void languageCodesKeepTheVariantsOfALanguageApart() {
        assertEquals("en", IntervalPlots.languageCode("english"));
        assertEquals("en-cd", IntervalPlots.languageCode("english-childes-directed"));
        assertEquals("en-cc", IntervalPlots.languageCode("english-childes-children"));
    }
}
