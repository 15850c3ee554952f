package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.model.Order;
import org.cmsim.numeric.DampedNewton;
import org.cmsim.testing.CueDesigns;
import org.junit.jupiter.api.Test;

/** The cues with their pairwise interactions: its columns, its score against finite differences, its optimum. */
class InteractionLogisticTest {

    /** Two orders, two cues, three combinations of their directions in each order. */
    private static final Design DESIGN = CueDesigns.of(new Order[] {Order.NVN, Order.NVN, Order.NVN, Order.NNV,
        Order.NNV, Order.NNV}, new int[][] {{1, 1}, {-1, -1}, {1, -1}, {1, -1}, {-1, 1}, {1, 1}});
    /**
     * A crossover: in NVN both cues favour the noun they point to, in NNV cue c0 favours the other noun (c0 = +1
     * with c1 = -1 gives 20% n1, c0 = -1 with c1 = +1 80%), which no product of independent strengths can do.
     */
    private static final Counts COUNTS = new Counts(new long[] {40, 40, 40, 30, 30, 30},
            new long[] {36, 6, 20, 6, 24, 15});
    private static final long TOKENS = 210;

    /**
     * The design's four columns, then the products that are non-zero somewhere: order=NVN x order=NNV never is, so
     * five products, in pair order.
     */
    @Test
    void columnsAreTheDesignsAndTheProductsThatAreNotAlwaysZero() {
        InteractionLogistic.Columns columns = InteractionLogistic.columns(DESIGN);
        assertEquals(List.of("order=NVN", "order=NNV", "c0", "c1", "order=NVN:c0", "order=NVN:c1", "order=NNV:c0",
                "order=NNV:c1", "c0:c1"), columns.names());
        assertEquals(2, columns.levels());
        assertTrue(columns.isLevel(1) && !columns.isLevel(2));
        // Row 3 (NNV, c0 = +1, c1 = -1): 0, 1, 1, -1, 0, 0, 1, -1, -1.
        assertArrayEquals(new double[] {0, 1, 1, -1, 0, 0, 1, -1, -1}, columns.x()[3], 0);
    }

    /** The score and information against central differences of the penalised log-likelihood, at a random point. */
    @Test
    void scoreAndInformationMatchFiniteDifferences() {
        InteractionLogistic.Columns columns = InteractionLogistic.columns(DESIGN);
        double[] precision = InteractionLogistic.precision(columns, COUNTS.totalTrials(), 0.01);
        assertEquals(1 / 6.25, precision[0], 1e-15);
        assertEquals(TOKENS * 0.01, precision[4], 1e-12);
        DampedNewton.Objective objective = InteractionLogistic.objective(columns, COUNTS, precision);
        double[] b = {0.3, -0.2, 0.5, 0.1, -0.4, 0.25, 0.05, -0.3, 0.2};
        int k = b.length;
        double[] gradient = new double[k];
        double[][] information = new double[k][k];
        objective.scoreAndInformation(b, gradient, information);
        double h = 1e-5;
        for (int j = 0; j < k; j++) {
            double[] plus = b.clone();
            double[] minus = b.clone();
            plus[j] += h;
            minus[j] -= h;
            assertEquals((objective.value(plus) - objective.value(minus)) / (2 * h), gradient[j], 1e-5, "score " + j);
            double[] gPlus = new double[k];
            double[] gMinus = new double[k];
            objective.scoreAndInformation(plus, gPlus, new double[k][k]);
            objective.scoreAndInformation(minus, gMinus, new double[k][k]);
            for (int i = 0; i < k; i++) {
                assertEquals(-(gPlus[i] - gMinus[i]) / (2 * h), information[i][j], 1e-5, "information " + i + "," + j);
            }
        }
    }

    /**
     * At the fit the penalised score is zero: sum_i (n1_i - n_i p_i) x_ij = precision_j b_j for every column. With a
     * small penalty the model is saturated here (a free logit per type) and predicts the observed shares closely,
     * which the rule, with no interaction, cannot; a large penalty shrinks every cue and product towards 0.
     */
    @Test
    void theFitSolvesThePenalisedScoreEquationsAndShrinksWithTheL2() {
        InteractionLogistic.Fit small = InteractionLogistic.fit(DESIGN, COUNTS, 1e-6);
        assertEquals(DampedNewton.Status.CONVERGED, small.status());
        double[] precision = InteractionLogistic.precision(small.columns(), TOKENS, 1e-6);
        double[] b = small.coefficients();
        for (int j = 0; j < b.length; j++) {
            double score = 0;
            for (int i = 0; i < 6; i++) {
                double p = 1 / (1 + Math.exp(-small.logits()[i]));
                score += (COUNTS.n1()[i] - COUNTS.trials()[i] * p) * small.columns().x()[i][j];
            }
            assertEquals(precision[j] * b[j], score, 1e-7, "column " + small.columns().names().get(j));
        }
        double[] observed = {0.9, 0.15, 0.5, 0.2, 0.8, 0.5};
        for (int i = 0; i < 6; i++) {
            assertEquals(observed[i], 1 / (1 + Math.exp(-small.logits()[i])), 0.01, "type " + i);
        }
        double[] rule = new MultiplicativeRule().fit(DESIGN, COUNTS).predicted();
        assertTrue(COUNTS.logLikelihood(rule) < COUNTS.logLikelihood(toProbabilities(small.logits())) - 5);

        InteractionLogistic.Fit large = InteractionLogistic.fit(DESIGN, COUNTS, 10);
        for (int j = 2; j < b.length; j++) {
            assertTrue(Math.abs(large.coefficients()[j]) < 0.05, "shrunk: " + large.columns().names().get(j));
        }
        assertThrows(IllegalArgumentException.class, () -> InteractionLogistic.fit(DESIGN, COUNTS, 0));
    }

    private static double[] toProbabilities(double[] logits) {
        return java.util.Arrays.stream(logits).map(z -> 1 / (1 + Math.exp(-z))).toArray();
    }
}
