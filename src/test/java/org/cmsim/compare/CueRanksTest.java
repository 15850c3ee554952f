package org.cmsim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.competition.ParameterStatus;
import org.junit.jupiter.api.Test;

/** The order of cues across replicates, counted by hand on four replicates. */
class CueRanksTest {

    private static final List<RelationVerdicts.CueParameter> CUES = List.of(
            new RelationVerdicts.CueParameter("order", "order=NVN", ParameterStatus.MEASURED, Double.NaN),
            new RelationVerdicts.CueParameter("case", "case", ParameterStatus.MEASURED, Double.NaN),
            new RelationVerdicts.CueParameter("animacy", "animacy", ParameterStatus.MEASURED, Double.NaN),
            new RelationVerdicts.CueParameter("clitic", "clitic", ParameterStatus.SPARSE, Double.NaN));

    private static Map<String, Double> replicate(double order, double kase, double animacy) {
        Map<String, Double> values = new HashMap<>();
        values.put("order=NVN", order);
        values.put("case", kase);
        values.put("animacy", animacy);
        values.put("clitic", 50.0);
        return values;
    }

    @Test
    void ranksAndOrderingsAreCountedOverTheReplicatesWithEveryCueRead() {
        // Two replicates order > case > animacy (signs do not matter: sizes are compared), one
        // animacy > case > order, one where order has no reading (left out). clitic is sparse: never ranked.
        List<Map<String, Double>> replicates = List.of(replicate(3, -2, 1), replicate(-3, 2, 1), replicate(1, 2, -3),
                replicate(Double.NaN, 2, 1));
        CueRanks.Result result = CueRanks.of(CUES, replicates);
        assertEquals(4, result.replicates());
        assertEquals(3, result.ranked());
        assertEquals(3, result.ranks().size());
        CueRanks.Rank order = result.ranks().get(0);
        assertEquals("order", order.cue());
        assertEquals("order=NVN", order.parameter());
        assertEquals((1 + 1 + 3) / 3.0, order.mean(), 1e-15);
        // Type 1 percentiles of {1, 1, 3}: the 2.5% point is the first value, the 97.5% point the third.
        assertEquals(1, order.low(), 0);
        assertEquals(3, order.high(), 0);
        assertEquals(2 / 3.0, order.shareFirst(), 1e-15);
        CueRanks.Rank kase = result.ranks().get(1);
        assertEquals(2, kase.mean(), 0);
        assertEquals(2, kase.low(), 0);
        assertEquals(2, kase.high(), 0);
        assertEquals(0, kase.shareFirst(), 0);
        assertEquals(List.of(new CueRanks.Ordering("order > case > animacy", 2, 2 / 3.0),
                new CueRanks.Ordering("animacy > case > order", 1, 1 / 3.0)), result.orderings());
    }

    @Test
    void separatedCuesArePlacedByTheirBoundAndShareAPlaceTheyCannotOrder() {
        List<RelationVerdicts.CueParameter> cues = List.of(
                new RelationVerdicts.CueParameter("order", "order=NVN", ParameterStatus.MEASURED, Double.NaN),
                new RelationVerdicts.CueParameter("case", "case", ParameterStatus.SEPARATED, 1.8),
                new RelationVerdicts.CueParameter("animacy", "animacy", ParameterStatus.SEPARATED, 0.4));
        // The replicate's own numbers for the separated cues (the prior's) are not read. Order (30) is above both
        // bounds: neither separated cue beats it, both go last, in one place.
        CueRanks.Result above = CueRanks.of(cues, List.of(replicate(30, 0.1, 0.2)));
        assertEquals(1, above.ranks().get(0).mean(), 0);
        assertEquals(2.5, above.ranks().get(1).mean(), 0);
        assertEquals(2.5, above.ranks().get(2).mean(), 0);
        assertEquals(0, above.ranks().get(0).shareFirst(), 0, "a separated cue could be stronger than order");
        assertEquals("order > >=case > >=animacy", above.orderings().get(0).ordering());
        // Order at 1: case's bound (1.8) beats it, animacy's (0.4) does not.
        CueRanks.Result between = CueRanks.of(cues, List.of(replicate(-1, 0.1, 0.2)));
        assertEquals(List.of(2.0, 1.0, 3.0), between.ranks().stream().map(CueRanks.Rank::mean).toList());
        assertEquals(0, between.ranks().get(1).shareFirst(), 0, "case and animacy cannot be ordered");
        assertEquals(">=case > order > >=animacy", between.orderings().get(0).ordering());
    }

    @Test
    void aLoneSeparatedCueAboveEveryOtherIsStrongest() {
        List<RelationVerdicts.CueParameter> cues = List.of(
                new RelationVerdicts.CueParameter("order", "order=NVN", ParameterStatus.MEASURED, Double.NaN),
                new RelationVerdicts.CueParameter("case", "case", ParameterStatus.SEPARATED, 1.8),
                new RelationVerdicts.CueParameter("animacy", "animacy", ParameterStatus.MEASURED, Double.NaN));
        CueRanks.Result result = CueRanks.of(cues, List.of(replicate(1, 0, 0.5), replicate(2, 0, 0.5)));
        assertEquals(List.of(new CueRanks.Ordering(">=case > order > animacy", 1, 0.5),
                new CueRanks.Ordering("order > >=case > animacy", 1, 0.5)), result.orderings());
        assertEquals(0.5, result.ranks().get(1).shareFirst(), 0);
        assertEquals(0, result.ranks().get(0).shareFirst(), 0, "order is first where case may be stronger");
    }

    @Test
    void equalSizesShareTheMeanOfTheirRanks() {
        CueRanks.Result result = CueRanks.of(CUES, List.of(replicate(2, -2, 1)));
        assertEquals(List.of(1.5, 1.5, 3.0), result.ranks().stream().map(CueRanks.Rank::mean).toList());
        assertEquals("order = case > animacy", result.orderings().get(0).ordering());
        assertEquals(0, result.ranks().get(0).shareFirst(), 0, "a shared first place is not first alone");
    }

    @Test
    void percentilesOfRanksAreRanksThatOccurred() {
        double[] sorted = new double[40];
        for (int i = 0; i < 40; i++) {
            sorted[i] = i < 2 ? 1 : i < 38 ? 2 : 3;
        }
        // 40 replicates: the 2.5% point is the 1st value, the 97.5% point the 39th.
        assertEquals(1, CueRanks.inverseCdf(sorted, 0.025), 0);
        assertEquals(3, CueRanks.inverseCdf(sorted, 0.975), 0);
        sorted[38] = 2;
        assertEquals(2, CueRanks.inverseCdf(sorted, 0.975), 0);
    }
}
