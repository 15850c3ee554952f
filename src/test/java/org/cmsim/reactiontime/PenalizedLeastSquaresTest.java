package org.cmsim.reactiontime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cmsim.competition.RandomStructure;
import org.cmsim.numeric.LinearAlgebra;
import org.junit.jupiter.api.Test;

/**
 * The penalized least squares against the marginal model written out densely (the slow, obviously correct
 * version): with W = Z Lambda Lambda' Z' + I (n x n),
 * <pre>
 *   beta = (X' W^-1 X)^-1 X' W^-1 y,   r^2 = (y - X beta)' W^-1 (y - X beta)
 *   -2 l_R = log|W| + log|X' W^-1 X| + (n - p) (1 + log(2 pi r^2 / (n - p)))
 * </pre>
 */
class PenalizedLeastSquaresTest {

    private static final double TIGHT = 1e-9;

    /** 24 observations: 4 subjects x 6 items, a slope x, a correlated subject term and an item intercept. */
    static MixedLinearDesign small() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 24;
        double[] y = new double[n];
        double[][] x = new double[n][2];
        String[] subject = new String[n];
        String[] item = new String[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            x[i][1] = random.nextDouble() * 2;
            subject[i] = "s" + (i % 4);
            item[i] = "i" + (i % 6);
            y[i] = 6 + 0.3 * x[i][1] + 0.2 * (i % 4) - 0.1 * (i % 6) + random.nextDouble() - 0.5;
        }
        return MixedLinearDesign.of(y, x, List.of("intercept", "x"), Map.of("subject", subject, "item", item),
                RandomStructure.parse("(1 + x | subject) + (1 | item)"));
    }

    @Test
    void remlCriterionEqualsTheDenseMarginalFormula() {
        MixedLinearDesign design = small();
        PenalizedLeastSquares pls = new PenalizedLeastSquares(design);
        double[] theta = {0.7, -0.3, 0.4, 1.3};
        Dense dense = new Dense(design, pls.covariance().templates(theta));
        int n = design.observations();
        int p = design.fixedCount();
        double expected = dense.logDetW + dense.logDetXWX
                + (n - p) * (1 + Math.log(2 * Math.PI * dense.rss / (n - p)));
        assertEquals(expected, pls.remlCriterion(theta), TIGHT);
        PenalizedLeastSquares.Solution solution = pls.solve(theta);
        assertEquals(dense.rss, solution.penalizedRss(), TIGHT);
        for (int j = 0; j < p; j++) {
            assertEquals(dense.beta[j], solution.beta()[j], TIGHT);
        }
        double sigma = 0.37;
        double[][] covariance = pls.fixedCovariance(theta, sigma);
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                assertEquals(sigma * sigma * dense.xwxInverse[a][b], covariance[a][b], TIGHT);
            }
        }
    }

    @Test
    void devianceAtTheProfiledSigmaIsTheCriterion() {
        PenalizedLeastSquares pls = new PenalizedLeastSquares(small());
        double[] theta = {0.5, 0.2, 0.8, 0.6};
        double sigma = Math.sqrt(pls.solve(theta).penalizedRss() / (24 - 2));
        assertEquals(pls.remlCriterion(theta), pls.remlDeviance(theta, sigma), TIGHT);
        // Away from it the deviance is larger: sigma-hat minimises it.
        double atSigma = pls.remlDeviance(theta, sigma);
        assertEquals(1, Math.signum(pls.remlDeviance(theta, 1.1 * sigma) - atSigma));
        assertEquals(1, Math.signum(pls.remlDeviance(theta, 0.9 * sigma) - atSigma));
    }

    @Test
    void aConstantPredictorBesideTheInterceptHasNoSolution() {
        MixedLinearDesign design = small();
        double[][] x = design.x();
        for (double[] row : x) {
            row[1] = 1;
        }
        MixedLinearDesign constant = new MixedLinearDesign(design.y(), x, design.fixed(), design.terms());
        assertNull(new PenalizedLeastSquares(constant).solve(new double[] {1, 0, 1, 1}));
    }

    /** The marginal quantities from n x n matrices. */
    private static final class Dense {
        final double logDetW;
        final double logDetXWX;
        final double rss;
        final double[] beta;
        final double[][] xwxInverse;

        Dense(MixedLinearDesign design, double[][][] templates) {
            int n = design.observations();
            int p = design.fixedCount();
            // Row i of Z Lambda: per term, the level's effects times the template.
            double[][] w = new double[n][n];
            for (int t = 0; t < design.terms().size(); t++) {
                MixedLinearDesign.Term term = design.terms().get(t);
                double[][] tt = templates[t];
                int k = term.size();
                double[][] zl = new double[n][k];
                for (int i = 0; i < n; i++) {
                    for (int c = 0; c < k; c++) {
                        for (int r = 0; r < k; r++) {
                            zl[i][c] += design.x()[i][design.column(term.effects().get(r))] * tt[r][c];
                        }
                    }
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        if (term.level()[i] == term.level()[j]) {
                            w[i][j] += LinearAlgebra.dot(zl[i], zl[j]);
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                w[i][i] += 1;
            }
            double[][] lw = LinearAlgebra.cholesky(w);
            logDetW = 2 * Triangular.logDiagonal(lw);
            double[][] winv = LinearAlgebra.inverse(lw);
            double[][] xwx = new double[p][p];
            double[] xwy = new double[p];
            for (int a = 0; a < p; a++) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        for (int b = 0; b < p; b++) {
                            xwx[a][b] += design.x()[i][a] * winv[i][j] * design.x()[j][b];
                        }
                        xwy[a] += design.x()[i][a] * winv[i][j] * design.y()[j];
                    }
                }
            }
            double[][] lx = LinearAlgebra.cholesky(xwx);
            logDetXWX = 2 * Triangular.logDiagonal(lx);
            xwxInverse = LinearAlgebra.inverse(lx);
            beta = LinearAlgebra.solve(lx, xwy);
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                e[i] = design.y()[i] - LinearAlgebra.dot(design.x()[i], beta);
            }
            double s = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    s += e[i] * winv[i][j] * e[j];
                }
            }
            rss = s;
        }
    }
}
