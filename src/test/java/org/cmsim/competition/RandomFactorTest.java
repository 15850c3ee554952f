package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RandomFactorTest {

    @Test
    void parsesOneOrBothFactorsAndNamesTheirColumns() {
        assertEquals(EnumSet.of(RandomFactor.SUBJECT), RandomFactor.parseList("subject"));
        assertEquals(EnumSet.of(RandomFactor.ITEM), RandomFactor.parseList("item"));
        assertEquals(EnumSet.allOf(RandomFactor.class), RandomFactor.parseList("item, subject"));
        assertEquals("subject", RandomFactor.SUBJECT.column());
        assertEquals("item", RandomFactor.ITEM.column());
    }

    @Test
    void rejectsAnUnknownFactorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RandomFactor.parseList("subject,items"));
        assertEquals("'items' is not a random factor (subject, item)", e.getMessage());
    }
}
