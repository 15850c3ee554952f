package org.cmsim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.competition.ParameterStatus;
import org.cmsim.model.PublishedFinding;
import org.junit.jupiter.api.Test;

/** Verdicts from replicates: the 95% rule, sparse cues left out, separated cues as lower bounds. */
class RelationVerdictsTest {

    private static PublishedFinding ordering(String stronger, String weaker) {
        return new PublishedFinding("x", "adults", "", "", List.of(List.of(stronger), List.of(weaker)), Optional.empty());
    }

    private static List<Map<String, Double>> replicates(int n, int orderWins) {
        List<Map<String, Double>> replicates = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            replicates.add(Map.of("order=NVN", r < orderWins ? 3.0 : 1.0, "case", -2.0, "animacy", 9.0));
        }
        return replicates;
    }

    private static final List<RelationVerdicts.CueParameter> CUES = List.of(
            new RelationVerdicts.CueParameter("order", "order=NVN", ParameterStatus.MEASURED, Double.NaN),
            new RelationVerdicts.CueParameter("case", "case", ParameterStatus.MEASURED, Double.NaN),
            new RelationVerdicts.CueParameter("animacy", "animacy", ParameterStatus.SPARSE, Double.NaN));

    @Test
    void aRelationHoldsInAtLeast95PercentOfReplicatesFailsInTheReverseAndIsOtherwiseUndecided() {
        assertEquals("holds", RelationVerdicts.of(ordering("order", "case"), CUES, replicates(200, 190)).verdict());
        assertEquals("undecided", RelationVerdicts.of(ordering("order", "case"), CUES, replicates(200, 189)).verdict());
        assertEquals("fails", RelationVerdicts.of(ordering("order", "case"), CUES, replicates(200, 10)).verdict());
        RelationVerdicts.Relation relation = RelationVerdicts.of(ordering("order", "case"), CUES, replicates(200, 189))
                .relations().get(0);
        assertEquals(189 / 200.0, relation.share(), 0);
        // 94.5% would round onto the decisive 95%: it is written with its decimal.
        assertEquals("order (order=NVN) > case: undecided (94.5%)", relation.describe());
        assertEquals("order (order=NVN) > case: holds (95%)",
                RelationVerdicts.of(ordering("order", "case"), CUES, replicates(200, 190)).relations().get(0).describe());
    }

    @Test
    void aCuePresentTwiceIsSparseAndGivesNoVerdict() {
        // animacy would win every replicate (9 > 3), but it is sparse: the relation is not measured.
        RelationVerdicts.Verdict verdict = RelationVerdicts.of(ordering("animacy", "order"), CUES, replicates(200, 200));
        assertEquals("not measured", verdict.verdict());
        assertEquals("not measured", verdict.relations().get(0).verdict());
        assertEquals(0, verdict.relations().get(0).replicates());
    }

    @Test
    void aSeparatedCueWinsOnlyWhereTheOtherIsBelowItsFiniteBound() {
        List<RelationVerdicts.CueParameter> cues = List.of(
                new RelationVerdicts.CueParameter("order", "order=NVN", ParameterStatus.MEASURED, Double.NaN),
                new RelationVerdicts.CueParameter("case", "case", ParameterStatus.SEPARATED, 2.0));
        // order is 3 in 150 replicates (above case's bound 2: no decision) and 1 in 50 (case wins).
        RelationVerdicts.Relation relation = RelationVerdicts.of(ordering("order", "case"), cues, replicates(200, 150))
                .relations().get(0);
        assertEquals(0, relation.share(), 0);
        assertEquals(0.25, relation.reverseShare(), 0);
        assertEquals("undecided", relation.verdict());
    }

    @Test
    void aFindingWithARelationNotMeasuredIsPartlyMeasuredUnlessAnotherFails() {
        PublishedFinding three = new PublishedFinding("x", "adults", "", "",
                List.of(List.of("order"), List.of("case"), List.of("animacy")), Optional.empty());
        // order > case holds in every replicate; both relations with the sparse animacy are not measured.
        RelationVerdicts.Verdict partly = RelationVerdicts.of(three, CUES, replicates(200, 200));
        assertEquals(List.of("holds", "not measured", "not measured"),
                partly.relations().stream().map(RelationVerdicts.Relation::verdict).toList());
        assertEquals("partly measured", partly.verdict());
        assertEquals("fails", RelationVerdicts.of(three, CUES, replicates(200, 0)).verdict(),
                "a failing relation fails the finding whatever was not measured");
        assertEquals("partly measured", RelationVerdicts.of(three, CUES, replicates(200, 100)).verdict());
    }

    @Test
    void aSeparatedCueOnEitherSideWinsOnlyBelowItsBoundAndTwoSeparatedCuesCountForNeither() {
        List<RelationVerdicts.CueParameter> cues = List.of(
                new RelationVerdicts.CueParameter("order", "order=NVN", ParameterStatus.MEASURED, Double.NaN),
                new RelationVerdicts.CueParameter("case", "case", ParameterStatus.SEPARATED, 3.0),
                new RelationVerdicts.CueParameter("animacy", "animacy", ParameterStatus.SEPARATED, 1.0));
        // order is 3 in 150 replicates (exactly case's bound: no decision) and 1 in 50 (below it: case wins).
        RelationVerdicts.Relation reverse = RelationVerdicts.of(ordering("case", "order"), cues, replicates(200, 150))
                .relations().get(0);
        assertEquals(0.25, reverse.share(), 0);
        assertEquals(0, reverse.reverseShare(), 0);
        assertEquals(200, reverse.replicates());
        RelationVerdicts.Relation both = RelationVerdicts.of(ordering("case", "animacy"), cues, replicates(200, 150))
                .relations().get(0);
        assertEquals(List.of(0.0, 0.0), List.of(both.share(), both.reverseShare()));
        assertEquals("undecided", both.verdict());
        assertEquals("case > animacy: undecided (0%)", both.describe());
        RelationVerdicts.Verdict verdict = RelationVerdicts.of(ordering("case", "animacy"), cues, replicates(200, 150));
        assertEquals("undecided: case > animacy: undecided (0%)", verdict.describe());
        // Equal measured sizes count for neither side.
        RelationVerdicts.Relation tie = RelationVerdicts.of(ordering("order", "case"), CUES,
                java.util.Collections.nCopies(10, Map.of("order=NVN", 2.0, "case", -2.0))).relations().get(0);
        assertEquals(List.of(0.0, 0.0), List.of(tie.share(), tie.reverseShare()));
        // No replicate reads a side: not measured.
        RelationVerdicts.Relation unread = RelationVerdicts.of(ordering("order", "case"), CUES,
                List.of(Map.of("case", 1.0))).relations().get(0);
        assertEquals("not measured", unread.verdict());
        assertEquals("order (order=NVN) > case: not measured", unread.describe());
    }

    /**
     * The heads hold order > case in 190 of 200 replicates; the rule separates case. Across the one-SE set of L2 the
     * fold heads' mean contributions order the two cues both ways (3 > 2 at one L2, 1 < 2 at another): the
     * relation is undecided, with the caveat, and so is the finding.
     */
    @Test
    void aHeadVerdictOnASeparatedCueThatFlipsWithinTheOneSeSetIsUndecided() {
        PublishedFinding finding = ordering("order", "case");
        RelationVerdicts.Verdict holds = RelationVerdicts.of(finding, CUES, replicates(200, 190));
        List<Map<String, Double>> flipping = List.of(Map.of("order=NVN", 3.0, "case", -2.0),
                Map.of("order=NVN", 1.0, "case", 2.0));
        RelationVerdicts.Verdict settled = RelationVerdicts.settledAcrossL2(finding, CUES, holds, java.util.Set.of("case"),
                flipping);
        assertEquals("undecided", settled.verdict());
        RelationVerdicts.Relation relation = settled.relations().get(0);
        assertEquals(RelationVerdicts.FLIPS_WITH_L2, relation.caveat());
        assertEquals(0.95, relation.share(), 0);
        assertEquals("order (order=NVN) > case: undecided (95%; flips within one SE of the L2 optimum)",
                relation.describe());
        assertEquals("undecided", RelationVerdicts.verdictOf(settled.relations()));
    }

    /** Nothing changes when no side is separated, when the direction holds across the set, or the set has one L2. */
    @Test
    void aHeadVerdictStandsWhenTheRegulariserCannotMoveIt() {
        PublishedFinding finding = ordering("order", "case");
        RelationVerdicts.Verdict holds = RelationVerdicts.of(finding, CUES, replicates(200, 190));
        List<Map<String, Double>> flipping = List.of(Map.of("order=NVN", 3.0, "case", -2.0),
                Map.of("order=NVN", 1.0, "case", 2.0));
        assertEquals(holds, RelationVerdicts.settledAcrossL2(finding, CUES, holds, java.util.Set.of(), flipping));
        assertEquals(holds, RelationVerdicts.settledAcrossL2(finding, CUES, holds, java.util.Set.of("case"),
                List.of(Map.of("order=NVN", 3.0, "case", -2.0), Map.of("order=NVN", 2.5, "case", 2.0))));
        assertEquals(holds, RelationVerdicts.settledAcrossL2(finding, CUES, holds, java.util.Set.of("case"),
                flipping.subList(1, 2)));
        // an L2 where a side is unread says nothing
        assertEquals(holds, RelationVerdicts.settledAcrossL2(finding, CUES, holds, java.util.Set.of("case"),
                List.of(Map.of("order=NVN", 3.0, "case", -2.0), Map.of("order=NVN", 1.0, "case", Double.NaN))));
        // an undecided relation stays as it is, without the caveat
        RelationVerdicts.Verdict undecided = RelationVerdicts.of(finding, CUES, replicates(200, 150));
        RelationVerdicts.Verdict after = RelationVerdicts.settledAcrossL2(finding, CUES, undecided,
                java.util.Set.of("case"), flipping);
        assertEquals(undecided, after);
        assertEquals("", after.relations().get(0).caveat());
    }

    /** A failing relation about a separated cue that flips is undecided too: the data cannot say which way. */
    @Test
    void aFailingHeadVerdictThatFlipsIsUndecided() {
        PublishedFinding finding = ordering("case", "order");
        RelationVerdicts.Verdict fails = RelationVerdicts.of(finding, CUES, replicates(200, 195));
        assertEquals("fails", fails.verdict());
        RelationVerdicts.Verdict settled = RelationVerdicts.settledAcrossL2(finding, CUES, fails,
                java.util.Set.of("order=NVN"), List.of(Map.of("order=NVN", 3.0, "case", -2.0),
                        Map.of("order=NVN", 1.0, "case", 2.0)));
        assertEquals("undecided", settled.verdict());
    }
}
