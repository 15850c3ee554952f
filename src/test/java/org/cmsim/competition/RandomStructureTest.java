package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cmsim.competition.RandomStructure.Covariance;
import org.cmsim.competition.RandomStructure.Term;
import org.junit.jupiter.api.Test;

class RandomStructureTest {

    @Test
    void readsInterceptsOfTwoFactors() {
        RandomStructure s = RandomStructure.parse("(1|subject) + (1|item)");
        assertEquals(List.of(new Term("subject", true, List.of(), false, Covariance.CORRELATED),
                new Term("item", true, List.of(), false, Covariance.CORRELATED)), s.terms());
        assertEquals(List.of("subject", "item"), s.factors());
        assertEquals("(1 | subject) + (1 | item)", s.toString());
    }

    @Test
    void readsCorrelatedAndUncorrelatedSlopes() {
        Term correlated = RandomStructure.parse("(1 + animacy|subject)").terms().get(0);
        assertTrue(correlated.intercept());
        assertEquals(List.of("animacy"), correlated.slopes());
        assertEquals(Covariance.CORRELATED, correlated.covariance());
        Term diagonal = RandomStructure.parse("( 1 + animacy + agreement || subject )").terms().get(0);
        assertEquals(Covariance.DIAGONAL, diagonal.covariance());
        assertEquals(List.of("animacy", "agreement"), diagonal.slopes());
        assertEquals(3, diagonal.size(7));
    }

    @Test
    void zeroRemovesTheInterceptAndANameAloneImpliesIt() {
        Term slopeOnly = RandomStructure.parse("(0 + agreement|subject)").terms().get(0);
        assertFalse(slopeOnly.intercept());
        assertEquals(1, slopeOnly.size(5));
        Term implied = RandomStructure.parse("(animacy|subject)").terms().get(0);
        assertTrue(implied.intercept());
        assertEquals("(1 + animacy | subject)", implied.toString());
    }

    @Test
    void parameterNamesMayCarryLevels() {
        assertEquals(List.of("order=NVN", "case"),
                RandomStructure.parse("(0 + order=NVN + case || subject)").parameters());
    }

    @Test
    void listFormKeepsItsEarlierMeaning() {
        RandomStructure both = RandomStructure.parse("subject,item");
        Term subject = both.terms().get(0);
        assertTrue(subject.everyParameter());
        assertFalse(subject.intercept());
        assertEquals(Covariance.DIAGONAL, subject.covariance());
        assertEquals(4, subject.size(4));
        assertEquals(new Term("item", true, List.of(), false, Covariance.CORRELATED), both.terms().get(1));
        assertEquals("(0 + . || subject) + (1 | item)", both.toString());
        assertEquals(List.of("item"), RandomStructure.parse("item").factors());
    }

    @Test
    void rejectsMalformedStructuresNamingThePart() {
        assertMessage("'animacy' is not a random factor", "animacy");
        assertMessage("expected '+' between terms at '(1|item)'", "(1|subject) (1|item)");
        assertMessage("no ')' closes the term", "(1|subject");
        assertMessage("has no '|'", "(1 + animacy)");
        assertMessage("has no effect to vary", "(0|subject)");
        assertMessage("write '1' first", "(animacy + 1|subject)");
        assertMessage("'1' varies twice over subject", "(1|subject) + (1 + animacy||subject)");
        assertMessage("a slope is named twice", "(0 + animacy + animacy|subject)");
        assertMessage("is not a column name", "(1|9lives)");
        assertMessage("more than one '|'", "(1|subject|item)");
        assertMessage("empty", "  ");
        assertMessage("expected '(' at the end", "(1|subject) +");
    }

    @Test
    void separateTermsOfOneFactorAreAllowedWhenTheyVaryDifferentEffects() {
        RandomStructure s = RandomStructure.parse("(1|subject) + (0 + animacy|subject)");
        assertEquals(List.of("subject"), s.factors());
        assertEquals(2, s.terms().size());
    }

    private static void assertMessage(String expected, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RandomStructure.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
