package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.cmsim.design.Design;
import org.cmsim.input.ChoiceReader;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.LanguageConfig;
import org.cmsim.numeric.LinearAlgebra;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The Laplace deviance d(theta, beta) against lme4's own deviance function at fixed points
 * (golden/lme4/small-deviance.csv, written by make-deviance.R: subjects s01-s06 of varying.csv), with and
 * without item intercepts, including points with a variance component at zero. No optimiser is involved.
 */
class PirlsTest {

    /** The reference was made with lme4's PIRLS tolerance at 1e-12; both then agree to about 1e-7. */
    private static final double DEVIANCE_TOLERANCE = 1e-5;
    /** SEARCH stops at a Newton decrement of 1e-10, so its deviance is within about that of the polished one. */
    private static final double SEARCH_TOLERANCE = 1e-8;

    @Test
    void devianceMatchesLme4AtFixedPoints() throws Exception {
        for (String model : List.of("subject-item", "subject")) {
            RandomStructure factors = model.equals("subject") ? RandomStructure.parse("subject")
                    : RandomStructure.parse("subject,item");
            MixedDesign design = smallDesign(factors);
            Pirls warm = new Pirls(design);
            for (String[] row : MixedMultiplicativeRuleTest.csv(MixedMultiplicativeRuleTest.GOLDEN
                    .resolve("small-deviance.csv"))) {
                if (!row[0].equals(model)) {
                    continue;
                }
                double[] theta = Arrays.stream(Arrays.copyOfRange(row, 1, 7)).filter(s -> !s.isEmpty())
                        .mapToDouble(Double::parseDouble).toArray();
                double[] beta = Arrays.stream(Arrays.copyOfRange(row, 7, 12)).mapToDouble(Double::parseDouble)
                        .toArray();
                double reference = Double.parseDouble(row[12]);
                assertEquals(design.thetaCount(), theta.length);
                // A fresh start and a start from the previous point's modes reach the same optimum.
                assertEquals(reference, new Pirls(design).deviance(theta, beta, Pirls.Precision.POLISHED),
                        DEVIANCE_TOLERANCE, model + " fresh");
                assertEquals(reference, warm.deviance(theta, beta, Pirls.Precision.POLISHED), DEVIANCE_TOLERANCE,
                        model + " warm");
                assertEquals(reference, new Pirls(design).deviance(theta, beta, Pirls.Precision.SEARCH),
                        DEVIANCE_TOLERANCE + SEARCH_TOLERANCE, model + " search");
            }
        }
    }

    /**
     * A correlated subject term and item intercepts, {@code (1 + animacy|subject) + (1|item)}, against lme4's
     * deviance function at fixed points on eight subjects of structures/developed.csv (glmer-golden.R), one with
     * the intercept's SD at zero and its correlation carried by the off-diagonal element alone.
     */
    @Test
    void correlatedTermsDevianceMatchesLme4AtFixedPoints() throws Exception {
        LanguageConfig config = Fixtures.config();
        ChoiceData data = ChoiceReader.read(MixedStructuresTest.STRUCTURES.resolve("developed.csv"),
                config.features());
        Design base = Design.of(data.conditions().stream().map(c -> c.stimulus()).toList(), config.cues());
        List<String> eight = List.of("s01", "s02", "s03", "s04", "s05", "s06", "s07", "s08");
        MixedDesign design = MixedDesign.of(base, data.rows().stream().filter(r -> eight.contains(r.subject()))
                .toList(), RandomStructure.parse("(1 + animacy|subject) + (1|item)"));
        assertEquals(4, design.thetaCount());
        assertArrayEquals(new boolean[] {true, false, true, true}, design.diagonalThetas());
        Pirls warm = new Pirls(design);
        List<String[]> rows = MixedMultiplicativeRuleTest.csv(MixedStructuresTest.STRUCTURES
                .resolve("small-deviance.csv"));
        assertEquals(3, rows.size());
        for (String[] row : rows) {
            double[] v = Arrays.stream(row).mapToDouble(cell -> Double.parseDouble(cell.strip())).toArray();
            double[] theta = Arrays.copyOfRange(v, 0, 4);
            double[] beta = Arrays.copyOfRange(v, 4, 9);
            assertEquals(v[9], new Pirls(design).deviance(theta, beta, Pirls.Precision.POLISHED), DEVIANCE_TOLERANCE);
            assertEquals(v[9], warm.deviance(theta, beta, Pirls.Precision.POLISHED), DEVIANCE_TOLERANCE);
        }
    }

    /**
     * At the modes the penalised deviance is stationary: u = Lambda'Z'(y - n mu), that is, for a subject's
     * deviation b_sj = theta_j^2 sum_i z_ij (y_i - n_i mu_i) over the subject's cells, and for an item's shift
     * c_t = tau^2 sum_i (y_i - n_i mu_i) over the item's cells, with mu from X beta + Z b + c. After a reset
     * the modes are zero again.
     */
    @Test
    void modesSolveTheirScoreEquations() throws Exception {
        MixedDesign design = smallDesign(RandomStructure.parse("subject,item"));
        double[] theta = {1.0, 0.8, 0.6, 0.5, 0.4, 0.5};
        double[] beta = {1.5, -0.5, 0.3, 1.0, 0.6};
        Pirls pirls = new Pirls(design);
        pirls.deviance(theta, beta, Pirls.Precision.POLISHED);
        int items = design.levels(1);
        double[][] subjectScore = new double[design.subjects()][5];
        double[] itemScore = new double[items];
        for (int i = 0; i < design.cells; i++) {
            int s = design.level[0][i];
            int t = design.level[1][i];
            double eta = LinearAlgebra.dot(design.x[i], beta) + pirls.mode(theta, 1, t)[0];
            double[] b = pirls.mode(theta, 0, s);
            for (int j = 0; j < 5; j++) {
                eta += design.z[i][j] * b[j];
            }
            double residual = design.n1[i] - design.trials[i] / (1 + Math.exp(-eta));
            for (int j = 0; j < 5; j++) {
                subjectScore[s][j] += design.z[i][j] * residual;
            }
            itemScore[t] += residual;
        }
        for (int s = 0; s < design.subjects(); s++) {
            for (int j = 0; j < 5; j++) {
                assertEquals(theta[j] * theta[j] * subjectScore[s][j], pirls.mode(theta, 0, s)[j], 1e-9);
            }
        }
        for (int t = 0; t < items; t++) {
            assertEquals(theta[5] * theta[5] * itemScore[t], pirls.mode(theta, 1, t)[0], 1e-9);
        }
        assertTrue(Math.abs(pirls.mode(theta, 1, 0)[0]) > 1e-3, "the modes are not all zero");
        pirls.reset();
        assertEquals(0, pirls.mode(theta, 0, 2)[1]);
        assertEquals(0, pirls.mode(theta, 1, 7)[0]);
    }

    /**
     * Modes left far off by an extreme point (SDs of 8, fixed effects of +-12 log-odds) are a poor start: full
     * Newton steps from there overshoot, and the step halving must still bring every golden point to lme4's
     * deviance.
     */
    @Test
    void farOffModesStillReachTheOptimum() throws Exception {
        MixedDesign design = smallDesign(RandomStructure.parse("subject,item"));
        for (String[] row : MixedMultiplicativeRuleTest.csv(MixedMultiplicativeRuleTest.GOLDEN
                .resolve("small-deviance.csv"))) {
            if (!row[0].equals("subject-item")) {
                continue;
            }
            Pirls pirls = new Pirls(design);
            double[] extreme = {8, 8, 8, 8, 8, 8};
            pirls.deviance(extreme, new double[] {12, -12, 12, -12, 12}, Pirls.Precision.SEARCH);
            double[] theta = Arrays.stream(Arrays.copyOfRange(row, 1, 7)).mapToDouble(Double::parseDouble).toArray();
            double[] beta = Arrays.stream(Arrays.copyOfRange(row, 7, 12)).mapToDouble(Double::parseDouble).toArray();
            assertEquals(Double.parseDouble(row[12]), pirls.deviance(theta, beta, Pirls.Precision.POLISHED),
                    DEVIANCE_TOLERANCE);
        }
    }

    /** theta = 0 removes the random effects: the deviance is the plain binomial deviance of X beta. */
    @Test
    void zeroVarianceGivesThePooledDeviance() throws Exception {
        MixedDesign design = smallDesign(RandomStructure.parse("subject,item"));
        double[] beta = {1.2, -0.4, 0.1, 0.8, 0.5};
        double expected = 0;
        for (int i = 0; i < design.cells; i++) {
            double p = 1 / (1 + Math.exp(-LinearAlgebra.dot(design.x[i], beta)));
            expected -= 2 * (design.n1[i] * Math.log(p) + (design.trials[i] - design.n1[i]) * Math.log(1 - p));
        }
        assertEquals(expected, new Pirls(design).deviance(new double[6], beta, Pirls.Precision.POLISHED), 1e-9);
    }

    /** Cholesky and both triangular solves by hand: A = [[4, 2], [2, 5]] = L L' with L = [[2, 0], [1, 2]]. */
    @Test
    void triangularHelpersSolveAHandWorkedSystem() {
        double[][] a = {{4, 2}, {2, 5}};
        BlockedNewtonSystem.choleskyInPlace(a);
        assertArrayEquals(new double[] {2, 2}, new double[] {a[0][0], a[1][1]}, 0);
        assertEquals(1, a[1][0], 0);
        double[] y = {2, 5};
        BlockedNewtonSystem.forwardSolve(a, y);     // L y' = (2, 5): y' = (1, 2)
        assertArrayEquals(new double[] {1, 2}, y, 1e-15);
        BlockedNewtonSystem.backwardSolve(a, y);    // L' z = (1, 2): z = (0, 1)
        assertArrayEquals(new double[] {0, 1}, y, 1e-15);
        assertThrows(IllegalStateException.class, () -> BlockedNewtonSystem.choleskyInPlace(new double[][] {{1, 2}, {2, 1}}));
    }

    static MixedDesign smallDesign(RandomStructure factors) throws Exception {
        LanguageConfig config = Fixtures.config();
        ChoiceData data = ChoiceReader.read(MixedMultiplicativeRuleTest.GOLDEN.resolve("varying.csv"),
                config.features());
        Design design = Design.of(data.conditions().stream().map(c -> c.stimulus()).toList(), config.cues());
        List<String> six = List.of("s01", "s02", "s03", "s04", "s05", "s06");
        List<ChoiceRow> rows = data.rows().stream().filter(r -> six.contains(r.subject())).toList();
        return MixedDesign.of(design, rows, factors);
    }
}
