package org.cmsim.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The L2 search on curves known in closed form: where it stops, what it chooses, and the one-SE set. */
class L2PathTest {

    /** A scorer for curves given as functions of log10(L2), each point with standard error se. */
    private static L2Path.Scorer curves(List<DoubleUnaryOperator> byLog10, double se, List<List<L2Path.Request>> rounds) {
        return requests -> {
            rounds.add(requests);
            List<L2Path.Point> points = new ArrayList<>();
            for (L2Path.Request r : requests) {
                points.add(new L2Path.Point(r.l2(), byLog10.get(r.curve()).applyAsDouble(Math.log10(r.l2())), se));
            }
            return points;
        };
    }

    /**
     * logLik = -(log10 L2 + 5.3)^2: from {1e-4, 1e-3, 1e-2} the best is at the lower end, so 1e-5 is tried
     * (-0.09, now the best, again at the end), then 1e-6 (-0.49): 1e-5 beats both neighbours and the search stops.
     */
    @Test
    void theGridGrowsDownUntilTheBestIsInterior() {
        List<List<L2Path.Request>> rounds = new ArrayList<>();
        L2Path.Curve curve = L2Path.search(1, L2Path.START, true,
                curves(List.of(x -> -(x + 5.3) * (x + 5.3)), 0.2, rounds)).get(0);
        assertEquals(List.of(1e-6, 1e-5, 1e-4, 1e-3, 1e-2), curve.l2s());
        assertEquals(1e-5, curve.chosen());
        assertTrue(curve.interior());
        assertEquals(3, rounds.size(), "the start, then one step a round");
        // Within 0.2 of the best (-0.09): only itself; 1e-6 has -0.49, 1e-4 has -1.69.
        assertEquals(List.of(1e-5), curve.withinOneSe());
    }

    @Test
    void theGridGrowsUpWhenTheBestIsAtTheLargestValue() {
        L2Path.Curve curve = L2Path.search(1, L2Path.START, true,
                curves(List.of(x -> -(x - 0.4) * (x - 0.4)), 0.5, new ArrayList<>())).get(0);
        assertEquals(List.of(1e-4, 1e-3, 1e-2, 1e-1, 1.0, 10.0), curve.l2s());
        assertEquals(1.0, curve.chosen());
        assertTrue(curve.interior());
        // -(0.4)^2 = -0.16 best; 1e-1: -(1.4)^2 = -1.96; 10: -(0.6)^2 = -0.36, within 0.5 of the best.
        assertEquals(List.of(1.0, 10.0), curve.withinOneSe());
    }

    /** A curve that keeps rising as the penalty falls stops at the smallest value searched, not interior. */
    @Test
    void aMonotoneCurveStopsAtTheLimitOfTheSearch() {
        L2Path.Curve down = L2Path.search(1, L2Path.START, true,
                curves(List.of(x -> -x), 0, new ArrayList<>())).get(0);
        assertEquals(L2Path.SMALLEST, down.chosen());
        assertEquals(1e-8, down.points().get(0).l2());
        assertEquals(7, down.points().size(), "1e-8 .. 1e-2");
        assertFalse(down.interior());
        L2Path.Curve up = L2Path.search(1, L2Path.START, true, curves(List.of(x -> x), 0, new ArrayList<>())).get(0);
        assertEquals(L2Path.LARGEST, up.chosen());
        assertEquals(List.of(1e-4, 1e-3, 1e-2, 1e-1, 1.0, 10.0, 100.0), up.l2s());
        assertFalse(up.interior());
    }

    /** Several curves share each round: the scorer sees every curve's next point at once, and no more. */
    @Test
    void curvesAreSearchedTogetherOneRoundAtATime() {
        List<List<L2Path.Request>> rounds = new ArrayList<>();
        List<L2Path.Curve> both = L2Path.search(2, L2Path.START, true, curves(List.of(
                x -> -(x + 3) * (x + 3), x -> -(x + 5.3) * (x + 5.3)), 0, rounds));
        assertEquals(1e-3, both.get(0).chosen());
        assertEquals(List.of(1e-4, 1e-3, 1e-2), both.get(0).l2s(), "already interior: not grown");
        assertEquals(1e-5, both.get(1).chosen());
        assertEquals(6, rounds.get(0).size());
        assertEquals(List.of(new L2Path.Request(1, 1e-5)), rounds.get(1));
        assertEquals(List.of(new L2Path.Request(1, 1e-6)), rounds.get(2));
        assertEquals(3, rounds.size());
    }

    @Test
    void aSetValueIsScoredNotSearched() {
        L2Path.Curve curve = L2Path.search(1, List.of(0.05), false, curves(List.of(x -> x), 1, new ArrayList<>()))
                .get(0);
        assertEquals(List.of(0.05), curve.l2s());
        assertFalse(curve.interior());
        assertEquals(List.of(0.05), curve.withinOneSe());
    }

    /** Steps are decimal shifts, so the grid holds the same doubles as the literals 1e-5 and 10. */
    @Test
    void stepsAreExactDecimalShifts() {
        assertEquals(1e-5, L2Path.tenth(1e-4));
        assertEquals(1e-8, L2Path.tenth(1e-7));
        assertEquals(10.0, L2Path.tenfold(1.0));
        assertEquals(2.5e-3, L2Path.tenth(2.5e-2));
        assertThrows(IllegalArgumentException.class, () -> L2Path.search(1, List.of(-1.0), true,
                curves(List.of(x -> x), 0, new ArrayList<>())));
    }

    @Test
    void aLogLikelihoodIsASumOfTokenTermsWithItsStandardError() {
        // Type 0: 2 tokens, one n1 agent, logit 0 -> two terms ln 1/2. Type 1: 1 n2 token, logit ln 3: ln 1/4.
        TokenLogLikelihood score = TokenLogLikelihood.of(new long[] {2, 1}, new long[] {1, 0},
                new double[] {0, Math.log(3)});
        double[] terms = {Math.log(0.5), Math.log(0.5), Math.log(0.25)};
        double sum = terms[0] + terms[1] + terms[2];
        double mean = sum / 3;
        double variance = 0;
        for (double t : terms) {
            variance += (t - mean) * (t - mean) / 2;
        }
        assertEquals(3, score.tokens());
        assertEquals(sum, score.sum(), 1e-12);
        assertEquals(Math.sqrt(3 * variance), score.standardError(), 1e-12);
        assertEquals(score.sum() * 2, score.plus(score).sum(), 1e-12);
        assertTrue(Double.isNaN(TokenLogLikelihood.NONE.standardError()));
        assertEquals(-Math.log1p(Math.exp(-800)), TokenLogLikelihood.logProbabilityN1(800));
        assertEquals(-800, TokenLogLikelihood.logProbabilityN2(800), 1e-12, "no overflow");
    }
}
