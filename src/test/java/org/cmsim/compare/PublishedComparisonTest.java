package org.cmsim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.model.PublishedFinding;
import org.junit.jupiter.api.Test;

class PublishedComparisonTest {

    static PublishedFinding ordering(List<List<String>> groups) {
        return new PublishedFinding("italian", "adults", "r", "s", groups, Optional.empty());
    }

    static Map<String, Double> strengths(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }

    @Test
    void everyRelationHoldingIsAMatchBySize() {
        PublishedComparison.Verdict verdict = PublishedComparison.of(
                ordering(List.of(List.of("agreement"), List.of("animacy"), List.of("order"))),
                strengths("order", 0.5, "animacy", -1.0, "agreement", 2.0));
        assertEquals("match", verdict.verdict());
        assertEquals("agreement 2.00 > animacy 1.00 > order 0.50", verdict.ordering());
    }

    @Test
    void someRelationsHoldingIsPartialAndNoneIsMismatch() {
        List<List<String>> published = List.of(List.of("agreement"), List.of("animacy"), List.of("order"));
        assertEquals("partial (2 of 3 relations hold)", PublishedComparison.of(ordering(published),
                strengths("order", 1.5, "animacy", 1.0, "agreement", 2.0)).verdict());
        assertEquals("mismatch", PublishedComparison.of(ordering(published),
                strengths("order", 3.0, "animacy", 2.0, "agreement", 1.0)).verdict());
    }

    @Test
    void strongestCueMustBeatEveryMeasuredCueAndUnmeasuredCuesAreNamed() {
        PublishedFinding strongest = new PublishedFinding("russian", "adults", "r", "s", List.of(), Optional.of("case"));
        assertEquals("partial (1 of 2 relations hold)", PublishedComparison.of(strongest,
                strengths("case", 2.0, "order", 2.5, "animacy", 0.1, "agreement", Double.NaN)).verdict());
        assertEquals("mismatch (animacy not measured in this corpus)", PublishedComparison.of(
                ordering(List.of(List.of("agreement"), List.of("animacy"), List.of("order"))),
                strengths("order", 3.0, "agreement", 1.0, "animacy", Double.NaN)).verdict());
        assertEquals("not comparable (case not measured in this corpus)", PublishedComparison.of(strongest,
                strengths("case", Double.NaN)).verdict());
    }
}
