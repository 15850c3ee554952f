package org.cmsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Enum values as configs write them, and back. */
class ConfigNamesTest {

    @Test
    void aValueIsWrittenLowerCaseWithHyphensAndReadBack() {
        assertEquals("verb-blind", ConfigNames.of(AttentionSettings.QuerySource.VERB_BLIND));
        assertEquals("as-set", ConfigNames.of(AttentionSettings.L2Choice.AS_SET));
        for (AttentionSettings.QuerySource q : AttentionSettings.QuerySource.values()) {
            assertEquals(Optional.of(q), ConfigNames.parse(AttentionSettings.QuerySource.values(), ConfigNames.of(q)));
        }
        assertEquals(Optional.empty(), ConfigNames.parse(AttentionSettings.Readout.values(), "VALUE"));
        assertEquals(List.of("pointer", "value"), ConfigNames.all(AttentionSettings.Readout.values()));
    }
}
