package org.cmsim.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cmsim.io.InputException;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The optional rt column of choice data: read in ms, left out where empty, and refused with its line when bad. */
class ChoiceRtTest {

    private static final FeatureSpace SPACE = new FeatureSpace(List.of(new Feature("animacy",
            List.of("animate", "inanimate"))));
    private static final String HEADER = "subject,order,n1.animacy,n2.animacy,choice";

    @TempDir
    Path dir;

    private Path file(String header, String... rows) throws IOException {
        Path file = dir.resolve("choices.csv");
        Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n");
        return file;
    }

    @Test
    void readsReactionTimesAndLeavesEmptyCellsWithout() throws Exception {
        ChoiceData data = ChoiceReader.read(file(HEADER + ",rt", "s1,NVN,animate,inanimate,n1,812.5",
                "s1,NVN,inanimate,animate,n2,", "s2,NNV,animate,animate,n1,1043"), SPACE);
        assertEquals(812.5, data.rows().get(0).rt());
        assertFalse(data.rows().get(1).hasRt());
        assertTrue(Double.isNaN(data.rows().get(1).rt()));
        assertEquals(1043, data.rows().get(2).rt());
    }

    @Test
    void rtMsIsReadAsRt() throws Exception {
        ChoiceData data = ChoiceReader.read(file(HEADER + ",rt_ms", "s1,NVN,animate,inanimate,n1,700"), SPACE);
        assertEquals(700, data.rows().get(0).rt());
    }

    @Test
    void aFileWithoutRtHasNone() throws Exception {
        ChoiceData data = ChoiceReader.read(file(HEADER, "s1,NVN,animate,inanimate,n1"), SPACE);
        assertFalse(data.rows().get(0).hasRt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-20", "fast", "1e400", "NaN"})
    void refusesAnRtThatIsNoPositiveNumberWithItsLine(String value) throws Exception {
        Path file = file(HEADER + ",rt", "s1,NVN,animate,inanimate,n1,640", "s1,NVN,animate,inanimate,n2," + value);
        InputException e = assertThrows(InputException.class, () -> ChoiceReader.read(file, SPACE));
        assertTrue(e.getMessage().startsWith(file + ":3: column rt: "), e.getMessage());
        assertTrue(e.getMessage().contains(value), e.getMessage());
    }

    @Test
    void refusesRtWithAggregatedCountsAndTwoRtColumns() throws Exception {
        Path aggregated = file("order,n1.animacy,n2.animacy,trials,n1_choices,rt", "NVN,animate,inanimate,10,8,700");
        InputException e = assertThrows(InputException.class, () -> ChoiceReader.read(aggregated, SPACE));
        assertTrue(e.getMessage().startsWith(aggregated + ":1: column rt: reaction times need trial-level"),
                e.getMessage());
        Path both = file(HEADER + ",rt,rt_ms", "s1,NVN,animate,inanimate,n1,700,700");
        e = assertThrows(InputException.class, () -> ChoiceReader.read(both, SPACE));
        assertTrue(e.getMessage().contains("both 'rt' and 'rt_ms'"), e.getMessage());
    }
}
