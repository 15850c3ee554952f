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

    @Test
    void findingsAboutChildrenAreComparedOnlyWithTheChildDirectedCorpusTheyName() {
        PublishedFinding adults = new PublishedFinding("dutch", "adults", "r", "s", List.of(), Optional.of("case"));
        PublishedFinding named = new PublishedFinding("english", "children", "r", "s", List.of(), Optional.of("order"),
                Optional.of("english-childes-directed"));
        PublishedFinding unnamed = new PublishedFinding("spanish", "children", "r", "s",
                List.of(List.of("a-marking"), List.of("order")), Optional.empty());
        assertEquals(Optional.of("dutch"), adults.comparedCorpus());
        assertEquals(Optional.of("english-childes-directed"), named.comparedCorpus());
        assertEquals(Optional.empty(), unnamed.comparedCorpus(), "never the adult Spanish corpus");
    }

    /** Every line of published-findings.md that names a testable relation is in the shipped findings.json. */
    @Test
    void shippedFindingsCoverTheNewLanguagesAndSendChildrenToChildDirectedSpeech() throws Exception {
        List<PublishedFinding> findings = org.cmsim.input.FindingsReader.read(java.nio.file.Path.of(
                "corpora/human/findings.json"));
        for (String language : List.of("dutch", "spanish", "serbian", "croatian", "japanese")) {
            assertEquals(true, findings.stream().anyMatch(f -> f.language().equals(language) && f.ordersCues()),
                    language);
        }
        for (PublishedFinding finding : findings) {
            if (finding.aboutChildren()) {
                assertEquals(true, finding.comparedCorpus().map(c -> c.contains("childes")).orElse(true),
                        finding.result());
            }
        }
        assertEquals(22, findings.size());
    }
}
