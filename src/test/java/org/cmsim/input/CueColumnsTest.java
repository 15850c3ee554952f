package org.cmsim.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The closest column to a missing one, by an edit distance counted by hand. */
class CueColumnsTest {

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, CueColumns.editDistance("v.number", "v.number"));
        assertEquals(3, CueColumns.editDistance("v.number", "verb.number"), "three inserted letters");
        assertEquals(1, CueColumns.editDistance("n2.number", "n2.numbr"), "one deleted");
        assertEquals(1, CueColumns.editDistance("n1.case", "n2.case"), "one substituted");
        assertEquals(3, CueColumns.editDistance("kitten", "sitting"));
        assertEquals(4, CueColumns.editDistance("", "abcd"));
    }

    @Test
    void theClosestColumnIsOfferedOnlyWhenItIsCloseEnoughToBeARename() {
        assertEquals("verb.number", CueColumns.closest("v.number", List.of("order", "verb.number", "agent")));
        assertEquals("N2.Number", CueColumns.closest("n2.number", List.of("N2.Number", "n2.gender")), "case aside");
        assertNull(CueColumns.closest("v.number", List.of("order", "agent", "subject")), "nothing like it");
        assertNull(CueColumns.closest("v.number", List.of()));
    }
}
