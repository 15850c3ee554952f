package org.cmsim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cmsim.competition.ParameterStatus;
import org.junit.jupiter.api.Test;

/** Agreement of the two models over pairs of replicates, counted by hand. */
class ModelAgreementTest {

    private static RelationVerdicts.CueParameter cue(String name, ParameterStatus status, double atLeast) {
        return new RelationVerdicts.CueParameter(name, name, status, atLeast);
    }

    @Test
    void pairsOfCuesAreCountedAlikeOppositeOrUndecidedOverEveryPairOfReplicates() {
        List<RelationVerdicts.CueParameter> rule = List.of(cue("a", ParameterStatus.MEASURED, Double.NaN),
                cue("b", ParameterStatus.MEASURED, Double.NaN), cue("s", ParameterStatus.SEPARATED, 2),
                cue("rare", ParameterStatus.SPARSE, Double.NaN));
        List<RelationVerdicts.CueParameter> heads = List.of(cue("a", ParameterStatus.MEASURED, Double.NaN),
                cue("b", ParameterStatus.MEASURED, Double.NaN), cue("s", ParameterStatus.MEASURED, Double.NaN),
                cue("rare", ParameterStatus.SPARSE, Double.NaN));
        // Rule: R1 a > b, s > b (1 < 2), s ? a (3 >= 2); R2 b > a, s > a, s ? b.
        // Heads: H1 s > a > b; H2 b > a > s.
        List<Map<String, Double>> ruleReplicates = List.of(Map.of("a", 3.0, "b", -1.0, "s", Double.POSITIVE_INFINITY),
                Map.of("a", 1.0, "b", 3.0, "s", Double.POSITIVE_INFINITY));
        List<Map<String, Double>> headReplicates = List.of(Map.of("a", 3.0, "b", 1.0, "s", 5.0, "rare", 9.0),
                Map.of("a", -1.0, "b", 2.0, "s", 0.5, "rare", 9.0));
        ModelAgreement.Result r = ModelAgreement.of(rule, heads, ruleReplicates, headReplicates, List.of("a", "b"));
        assertEquals(4, r.replicatePairs());
        // (a, b): R1H1 alike, R1H2 opposite, R2H1 opposite, R2H2 alike.
        // (a, s): R1 cannot order them; R2H1 alike, R2H2 opposite. (b, s): R1H1 alike, R1H2 opposite; R2 cannot.
        assertEquals(List.of(new ModelAgreement.Pair("a", "b", 0.5, 0.5), new ModelAgreement.Pair("a", "s", 0.25, 0.25),
                new ModelAgreement.Pair("b", "s", 0.25, 0.25)), r.pairs());
        assertEquals(0.5, r.pairs().get(1).undecided(), 0);
        assertEquals((0.5 + 0.25 + 0.25) / 3, r.pairsAlike(), 1e-15);
        // No rule replicate has a strongest cue: s cannot be ordered against one of a and b in each.
        assertEquals(0, r.sameStrongest(), 0);
        assertTrue(Double.isNaN(r.pearsonLow()), "two measured parameters: no correlation");
    }

    @Test
    void theStrongestCueAgreesWhereBothModelsHaveOneAndItIsTheSame() {
        List<RelationVerdicts.CueParameter> cues = List.of(cue("a", ParameterStatus.MEASURED, Double.NaN),
                cue("b", ParameterStatus.MEASURED, Double.NaN));
        List<Map<String, Double>> rule = List.of(Map.of("a", 3.0, "b", 1.0), Map.of("a", 1.0, "b", 1.0),
                Map.of("b", 1.0));   // a tie has no strongest; a replicate without a is left out
        List<Map<String, Double>> heads = List.of(Map.of("a", -2.0, "b", 1.0), Map.of("a", 1.0, "b", 2.0));
        ModelAgreement.Result r = ModelAgreement.of(cues, cues, rule, heads, List.of());
        assertEquals(4, r.replicatePairs());
        assertEquals(0.25, r.sameStrongest(), 0);
        assertEquals(new ModelAgreement.Pair("a", "b", 0.25, 0.25), r.pairs().get(0));
    }

    @Test
    void theCorrelationIntervalSpansThePairsOfReplicatesOverFiveOrMoreParameters() {
        List<String> parameters = List.of("p1", "p2", "p3", "p4", "p5");
        Map<String, Double> rising = Map.of("p1", 1.0, "p2", 2.0, "p3", 3.0, "p4", 4.0, "p5", 5.0);
        Map<String, Double> falling = Map.of("p1", 5.0, "p2", 4.0, "p3", 3.0, "p4", 2.0, "p5", 1.0);
        ModelAgreement.Result r = ModelAgreement.of(List.of(), List.of(), List.of(rising), List.of(rising, falling),
                parameters);
        // Two pairs: r = 1 and r = -1; the 2.5% and 97.5% points of two values are the smaller and the larger.
        assertEquals(-1, r.pearsonLow(), 1e-12);
        assertEquals(1, r.pearsonHigh(), 1e-12);
        assertTrue(Double.isNaN(r.pairsAlike()), "no cues: no pairs");
        ModelAgreement.Result four = ModelAgreement.of(List.of(), List.of(), List.of(rising), List.of(rising, falling),
                parameters.subList(0, 4));
        assertTrue(Double.isNaN(four.pearsonLow()) && Double.isNaN(four.pearsonHigh()));
    }

    @Test
    void aSeparatedCueBeatsOnlySizesBelowItsBoundAndTwoSeparatedCuesAreNeverOrdered() {
        // The separated cues come first, so every comparison is read from their side too.
        List<RelationVerdicts.CueParameter> rule = List.of(cue("s", ParameterStatus.SEPARATED, 2),
                cue("t", ParameterStatus.SEPARATED, 5), cue("a", ParameterStatus.MEASURED, Double.NaN));
        List<RelationVerdicts.CueParameter> heads = List.of(cue("s", ParameterStatus.MEASURED, Double.NaN),
                cue("t", ParameterStatus.MEASURED, Double.NaN), cue("a", ParameterStatus.MEASURED, Double.NaN));
        // a at 2, exactly s's bound: s does not beat it (at least 2 is not more than 2); t (at least 5) does.
        ModelAgreement.Result r = ModelAgreement.of(rule, heads, List.of(Map.of("a", -2.0)),
                List.of(Map.of("s", 9.0, "t", 1.0, "a", 0.5)), List.of());
        assertEquals(List.of(new ModelAgreement.Pair("s", "t", 0, 0), new ModelAgreement.Pair("s", "a", 0, 0),
                new ModelAgreement.Pair("t", "a", 1, 0)), r.pairs());
        assertEquals(0, r.sameStrongest(), 0, "two separated cues: no strongest for the rule");
        // With a below both bounds and t alone separated, t is the rule's strongest, as it is the heads'.
        List<RelationVerdicts.CueParameter> one = List.of(cue("t", ParameterStatus.SEPARATED, 5),
                cue("a", ParameterStatus.MEASURED, Double.NaN), cue("b", ParameterStatus.MEASURED, Double.NaN));
        List<RelationVerdicts.CueParameter> oneHeads = List.of(cue("t", ParameterStatus.MEASURED, Double.NaN),
                cue("a", ParameterStatus.MEASURED, Double.NaN), cue("b", ParameterStatus.MEASURED, Double.NaN));
        ModelAgreement.Result strongest = ModelAgreement.of(one, oneHeads, List.of(Map.of("a", 1.0, "b", 4.0)),
                List.of(Map.of("t", 6.0, "a", 1.0, "b", 2.0), Map.of("t", 1.0, "a", 3.0, "b", 2.0)), List.of());
        assertEquals(0.5, strongest.sameStrongest(), 0);
        assertEquals(new ModelAgreement.Pair("t", "a", 0.5, 0.5), strongest.pairs().get(0));
        // The rule has b (4) > a (1); the first head too (2 > 1), the second not (3 > 2).
        assertEquals(new ModelAgreement.Pair("a", "b", 0.5, 0.5), strongest.pairs().get(2));
    }

    @Test
    void aReplicatePairWithAConstantSideOrFewerThanFiveValuesHasNoCorrelation() {
        List<String> parameters = List.of("p1", "p2", "p3", "p4", "p5");
        Map<String, Double> rising = Map.of("p1", 1.0, "p2", 2.0, "p3", 3.0, "p4", 4.0, "p5", 5.0);
        Map<String, Double> flat = Map.of("p1", 1.0, "p2", 1.0, "p3", 1.0, "p4", 1.0, "p5", 1.0);
        Map<String, Double> gap = Map.of("p1", 1.0, "p2", 2.0, "p3", 3.0, "p4", 4.0, "p5", Double.NaN);
        Map<String, Double> falling = Map.of("p1", 5.0, "p2", 4.0, "p3", 3.0, "p4", 2.0, "p5", 1.0);
        ModelAgreement.Result r = ModelAgreement.of(List.of(), List.of(), List.of(rising),
                List.of(flat, gap, falling), parameters);
        assertEquals(-1, r.pearsonLow(), 1e-12, "only the falling head counts");
        assertEquals(-1, r.pearsonHigh(), 1e-12);
    }
}

