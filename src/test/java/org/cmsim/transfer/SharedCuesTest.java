package org.cmsim.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedCuesTest {

    /** English-like first language, French-like second: case only in the first, clitic only in the second. */
    private static final List<String> L1 = List.of("order=NVN", "order=NNV", "animacy", "case", "agreement");
    private static final List<String> L2 = List.of("order=NVN", "order=VNN", "animacy", "agreement", "clitic");

    @Test
    void cuesAreMatchedByNameWithTheSecondLanguageFirst() {
        SharedCues cues = SharedCues.of(L1, L2);
        assertEquals(List.of("order=NVN", "order=VNN", "animacy", "agreement", "clitic", "order=NNV", "case"),
                cues.entries().stream().map(SharedCues.Entry::parameter).toList());
        assertEquals(List.of("shared", "l2-only", "shared", "shared", "l2-only", "l1-only", "l1-only"),
                cues.entries().stream().map(e -> e.status().configName()).toList());
        assertEquals(new SharedCues.Entry("agreement", SharedCues.Status.SHARED, 4, 3), cues.entries().get(3));
    }

    @Test
    void theSecondLanguageStartsFromSharedValuesAndZeroElsewhere() {
        double[] l1Values = {3.5, -4.9, 2.4, 3.4, 3.6};
        assertArrayEquals(new double[] {3.5, 0, 2.4, 3.6, 0}, SharedCues.of(L1, L2).start(l1Values, L2.size()), 0);
    }
}
