package org.cmsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Penalties print in scientific notation, so that small ones stay apart. */
class NumbersTest {

    @Test
    void aPenaltyIsWrittenInScientificNotation() {
        assertEquals("1e-4", Numbers.penalty(1e-4));
        assertEquals("1e-8", Numbers.penalty(1e-8));
        assertEquals("2.5e-3", Numbers.penalty(0.0025));
        assertEquals("1.25e-2", Numbers.penalty(0.0125));
        assertEquals("1e2", Numbers.penalty(100));
        assertEquals("1e0", Numbers.penalty(1));
        assertEquals("0", Numbers.penalty(0));
        assertEquals("", Numbers.penalty(Double.NaN));
    }
}
