package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.testing.CueDesigns;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

class HierarchyRuleTest {

    /** Parameters: order NVN, NNV, VNN directions; animacy rank; agreement rank; lapse. */
    @Test
    void strongestPresentCueDecides() throws Exception {
        Design design = Fixtures.factorialDesign();
        double[] parameters = {1, -1, 1, 2, 1, 0.2};   // agreement > animacy > order
        double[] p = new HierarchyRule().predict(design, parameters);
        for (int i = 0; i < design.rows(); i++) {
            int animacy = design.direction(i, 0);
            int agreement = design.direction(i, 1);
            int order = (int) parameters[design.level(i)];
            int decider = agreement != 0 ? agreement : animacy != 0 ? animacy : order;
            assertEquals(decider > 0 ? 0.9 : 0.1, p[i], 1e-15);
        }
    }

    @Test
    void exhaustiveSearchFindsTheGeneratingRanking() throws Exception {
        Design design = Fixtures.factorialDesign();
        double[] truth = {1, -1, 1, 1, Double.NaN, 0.3};   // animacy above order; agreement below it
        RuleFit fit = new HierarchyRule().fit(design, Fixtures.expected(new HierarchyRule().predict(design, truth),
                1000));
        assertEquals(1, fit.estimate("animacy"));
        assertTrue(Double.isNaN(fit.estimate("agreement")));
        assertEquals(1, fit.estimate("order=NVN"));
        assertEquals(-1, fit.estimate("order=NNV"));
        assertEquals(0.3, fit.estimate(HierarchyRule.LAPSE), 1e-12);
        assertEquals(1 + 3 + 1, fit.freeParameters());
    }

    /**
     * Every NVN sentence kept has an animacy contrast, and animacy ranks above order: no NVN choice is left to
     * word order, so its direction is not identified (empty, with a note), never a default +1; the other
     * levels keep theirs. A simulation from the fit guesses where it would need the direction (P = 0.5).
     */
    @Test
    void anOrderLevelThatNeverDecidesIsNotIdentified() throws Exception {
        Design full = Fixtures.factorialDesign();
        java.util.List<org.cmsim.model.Stimulus> kept = new java.util.ArrayList<>();
        for (int i = 0; i < full.rows(); i++) {
            if (full.level(i) != 0 || full.direction(i, 0) != 0) {
                kept.add(full.stimuli().get(i));
            }
        }
        Design design = full.withStimuli(kept);
        double[] truth = {1, -1, 1, 1, Double.NaN, 0.2};
        RuleFit fit = new HierarchyRule().fit(design, Fixtures.expected(new HierarchyRule().predict(design, truth),
                1000));
        assertTrue(Double.isNaN(fit.estimate("order=NVN")), "NVN direction: " + fit.estimate("order=NVN"));
        assertEquals(HierarchyRule.NOT_IDENTIFIED, fit.notes().get(0));
        assertEquals(-1, fit.estimate("order=NNV"));
        assertEquals("", fit.notes().get(1));
        assertEquals(1, fit.estimate("animacy"));
        assertNull(new HierarchyRule().invalidValue(design, 0, Double.NaN));
        double[] p = new HierarchyRule().predict(full, fit.estimates());
        int guessed = 0;
        for (int i = 0; i < full.rows(); i++) {
            if (full.level(i) == 0 && full.direction(i, 0) == 0) {
                assertEquals(0.5, p[i], 1e-15, "row " + i);
                guessed++;
            }
        }
        assertTrue(guessed > 0);
    }

    /**
     * Lapse by hand: with the counts below every condition is decided; 1 - lapse/2 is the share of
     * decided choices that follow the deciding cue, and the log-likelihood is that of a binomial.
     */
    @Test
    void lapseIsTheMaximumLikelihoodShareOfChoicesAgainstTheDecidingCue() throws Exception {
        Design design = Fixtures.factorialDesign();
        double[] truth = {1, -1, 1, 2, 1, 0.2};
        double[] p = new HierarchyRule().predict(design, truth);
        long[] trials = new long[p.length];
        long[] n1 = new long[p.length];
        long against = 0;
        for (int i = 0; i < p.length; i++) {
            trials[i] = 10;
            n1[i] = p[i] > 0.5 ? 8 + i % 3 : 2 - i % 3;   // 8..10 or 0..2 of 10 follow the decider
            against += p[i] > 0.5 ? 10 - n1[i] : n1[i];
        }
        RuleFit fit = new HierarchyRule().fit(design, new Counts(trials, n1));
        double lapse = 2.0 * against / (10.0 * p.length);
        assertEquals(lapse, fit.estimate(HierarchyRule.LAPSE), 1e-12);
        double follow = 1 - lapse / 2;
        double total = 10.0 * p.length;
        double expected = (total - against) * Math.log(follow) + against * Math.log(1 - follow);
        assertEquals(expected, fit.logLik(), 1e-9);
        // se of a binomial share q over all choices, times 2 because lapse = 2 (1 - q)
        assertEquals(2 * Math.sqrt(follow * (1 - follow) / total), fit.se(HierarchyRule.LAPSE), 1e-12);
    }

    /**
     * A trap for adding cues one at a time: c1 alone ties order alone (it only agrees with order), c0 alone
     * does worse, but c1 > c0 > order explains 380 of 400 choices. Rows, all NVN: c0 = -1 (5 of 100 chose n1);
     * c0 = -1 with c1 = +1 (190 of 200); neither (95 of 100). Cues c2.. are never present.
     */
    private static RuleFit fitTrap(int cues) {
        int[][] directions = new int[3][cues];
        directions[0][0] = -1;
        directions[1][0] = -1;
        directions[1][1] = +1;
        return new HierarchyRule().fit(CueDesigns.nvn(directions),
                new Counts(new long[] {100, 200, 100}, new long[] {5, 190, 95}));
    }

    @Test
    void uptoSevenCuesTheSearchIsExhaustiveAndFindsARankingNoSingleCueStartsFrom() {
        RuleFit fit = fitTrap(HierarchyRule.EXHAUSTIVE_LIMIT);
        // By hand: c1 decides row 2 (190 right), c0 row 1 (95 right), order (n1) row 3 (95 right): 20 of 400 wrong.
        assertEquals(1, fit.estimate("c1"));
        assertEquals(2, fit.estimate("c0"));
        assertEquals(1, fit.estimate("order=NVN"));
        assertEquals(2.0 * 20 / 400, fit.estimate(HierarchyRule.LAPSE), 1e-15);
        assertEquals(380 * Math.log(0.95) + 20 * Math.log(0.05), fit.logLik(), 1e-9);
        assertEquals(1 + 1 + 2, fit.freeParameters());
        for (int c = 2; c < HierarchyRule.EXHAUSTIVE_LIMIT; c++) {
            assertTrue(Double.isNaN(fit.estimate("c" + c)), "never present, so never ranked: c" + c);
            assertEquals("ranked below order: never decides", fit.notes().get(fit.index("c" + c)));
        }
        assertEquals("", fit.notes().get(fit.index("c0")));
        assertEquals("", fit.notes().get(fit.index("c1")));
        assertEquals("", fit.notes().get(fit.index("order=NVN")));
    }

    @Test
    void beyondSevenCuesTheSearchIsGreedyAndStopsWhenNoSingleCueImproves() {
        RuleFit fit = fitTrap(HierarchyRule.EXHAUSTIVE_LIMIT + 1);
        // Order alone decides: 290 of 400 choices follow it, so lapse = 2 x 110 / 400.
        assertTrue(Double.isNaN(fit.estimate("c0")));
        assertTrue(Double.isNaN(fit.estimate("c1")));
        assertEquals(1, fit.estimate("order=NVN"));
        assertEquals(2.0 * 110 / 400, fit.estimate(HierarchyRule.LAPSE), 1e-15);
        assertEquals(290 * Math.log(1 - 0.275) + 110 * Math.log(0.275), fit.logLik(), 1e-9);
        assertEquals(2, fit.freeParameters());
    }

    /** Greedy insertion finds a clean generating ranking among eight cues: c5 > c2 > order, lapse 0.1. */
    @Test
    void greedySearchRecoversAGeneratingRankingAmongEightCues() {
        int cues = 8;
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        int rows = 300;
        int[][] directions = new int[rows][cues];
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < cues; c++) {
                directions[i][c] = random.nextInt(3) - 1;
            }
        }
        Design design = CueDesigns.nvn(directions);
        double[] truth = new double[1 + cues + 1];
        java.util.Arrays.fill(truth, Double.NaN);
        truth[0] = -1;
        truth[1 + 5] = 1;
        truth[1 + 2] = 2;
        truth[1 + cues] = 0.1;
        HierarchyRule rule = new HierarchyRule();
        RuleFit fit = rule.fit(design, Fixtures.expected(rule.predict(design, truth), 1000));
        assertEquals(1, fit.estimate("c5"));
        assertEquals(2, fit.estimate("c2"));
        assertEquals(-1, fit.estimate("order=NVN"));
        for (int c : new int[] {0, 1, 3, 4, 6, 7}) {
            assertTrue(Double.isNaN(fit.estimate("c" + c)), "c" + c);
        }
        assertEquals(0.1, fit.estimate(HierarchyRule.LAPSE), 1e-12);
        assertEquals(1 + 1 + 2, fit.freeParameters());
    }

    /** Ties in likelihood go to the shorter ranking: a cue that only ever agrees with order is not ranked. */
    @Test
    void aCueThatNeverDisagreesWithOrderStaysBelowIt() {
        Design design = CueDesigns.nvn(new int[][] {{+1}, {0}});
        RuleFit fit = new HierarchyRule().fit(design, new Counts(new long[] {100, 100}, new long[] {90, 90}));
        assertTrue(Double.isNaN(fit.estimate("c0")));
        assertEquals(2, fit.freeParameters());
        assertEquals(0.2, fit.estimate(HierarchyRule.LAPSE), 1e-15);
    }

    /** Without a deciding cue, an order level chosen half and half points to n1, and the lapse is 1. */
    @Test
    void aTiedOrderLevelPointsToN1AndItsLapseIsAtTheUpperBound() {
        Design design = CueDesigns.of(new org.cmsim.model.Order[] {org.cmsim.model.Order.NVN,
                org.cmsim.model.Order.NNV}, new int[][] {{0}, {0}});
        RuleFit fit = new HierarchyRule().fit(design, new Counts(new long[] {20, 10}, new long[] {10, 5}));
        assertEquals(1, fit.estimate("order=NVN"));
        assertEquals(1, fit.estimate("order=NNV"));
        assertEquals(1, fit.estimate(HierarchyRule.LAPSE));
        assertTrue(Double.isNaN(fit.se(HierarchyRule.LAPSE)));
        assertEquals("at its bound: se undefined", fit.notes().get(fit.index(HierarchyRule.LAPSE)));
        assertEquals(30 * Math.log(0.5), fit.logLik(), 1e-12);
    }

    @Test
    void choicesThatAlwaysFollowTheDecidingCueHaveLapseZeroAndNoStandardError() {
        Design design = CueDesigns.nvn(new int[][] {{+1}, {-1}, {0}});
        RuleFit fit = new HierarchyRule().fit(design, new Counts(new long[] {10, 10, 10}, new long[] {10, 0, 0}));
        assertEquals(1, fit.estimate("c0"));
        assertEquals(-1, fit.estimate("order=NVN"));
        assertEquals(0, fit.estimate(HierarchyRule.LAPSE));
        assertTrue(Double.isNaN(fit.se(HierarchyRule.LAPSE)));
        assertEquals("at its bound: se undefined", fit.notes().get(fit.index(HierarchyRule.LAPSE)));
        assertEquals(0, fit.logLik(), 0);
        // Directions and ranks are discrete: they have no standard error.
        assertTrue(Double.isNaN(fit.se("c0")));
        assertTrue(Double.isNaN(fit.se("order=NVN")));
        assertEquals("", fit.notes().get(fit.index("c0")));
    }

    /** Ranks order the cues by value, whatever their spacing: c2 (rank 2) decides before c0 (rank 7.5). */
    @Test
    void ranksOrderTheCuesByTheirValue() {
        Design design = CueDesigns.nvn(new int[][] {{+1, 0, -1}, {+1, -1, 0}, {0, +1, 0}, {0, 0, 0}});
        double[] parameters = {-1, 7.5, Double.NaN, 2, 0.3};
        double[] p = new HierarchyRule().predict(design, parameters);
        assertEquals(0.15, p[0], 1e-15);        // c2 points to n2 and outranks c0
        assertEquals(0.85, p[1], 1e-15);        // c0 decides; c1 ranks below order
        assertEquals(0.15, p[2], 1e-15);        // order (n2) decides; c1 never does
        assertEquals(0.15, p[3], 1e-15);
    }

    @Test
    void generatingValuesOutsideTheirRangeAreNamedWithTheRange() throws Exception {
        Design design = Fixtures.factorialDesign();   // 3 order levels, animacy, agreement, then the lapse
        HierarchyRule rule = new HierarchyRule();
        String direction = "must be +1 or -1 (the direction of an order level), or empty when not identified";
        String rank = "must be a positive rank (1 decides first), or left out to rank below order";
        String lapse = "must lie in [0, 1] (the share of choices that are guesses)";
        assertNull(rule.invalidValue(design, 0, 1));
        assertNull(rule.invalidValue(design, 2, -1));
        assertEquals(direction, rule.invalidValue(design, 1, 0));
        assertEquals(direction, rule.invalidValue(design, 1, 0.5));
        assertNull(rule.invalidValue(design, 3, Double.NaN));
        assertNull(rule.invalidValue(design, 4, 1));
        assertNull(rule.invalidValue(design, 4, 1e-3));
        assertEquals(rank, rule.invalidValue(design, 3, 0));
        assertEquals(rank, rule.invalidValue(design, 4, -2));
        assertEquals(rank, rule.invalidValue(design, 4, Double.POSITIVE_INFINITY));
        assertNull(rule.invalidValue(design, 5, 0));
        assertNull(rule.invalidValue(design, 5, 1));
        assertEquals(lapse, rule.invalidValue(design, 5, -1e-9));
        assertEquals(lapse, rule.invalidValue(design, 5, 1 + 1e-9));
        assertEquals(lapse, rule.invalidValue(design, 5, Double.NaN));
    }

    @Test
    void onlyTheLapseIsContinuous() throws Exception {
        Design design = Fixtures.factorialDesign();
        HierarchyRule rule = new HierarchyRule();
        for (int j = 0; j < design.parameterCount(); j++) {
            assertFalse(rule.isContinuous(design, j), design.parameters().get(j));
        }
        assertTrue(rule.isContinuous(design, design.parameterCount()));
    }
}
