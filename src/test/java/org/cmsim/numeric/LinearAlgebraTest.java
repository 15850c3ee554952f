package org.cmsim.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Newton steps' linear algebra against matrices worked by hand. */
class LinearAlgebraTest {

    private static final double TOLERANCE = 1e-12;
    /** A = L L^T with L = [[2, 0, 0], [1, 3, 0], [-1, 2, 1]], worked by hand. */
    private static final double[][] A = {{4, 2, -2}, {2, 10, 5}, {-2, 5, 6}};

    private static double[] times(double[][] m, double[] x) {
        double[] y = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            y[i] = LinearAlgebra.dot(m[i], x);
        }
        return y;
    }

    @Test
    void choleskyFactorIsTheHandWorkedLowerTriangle() {
        double[][] l = LinearAlgebra.cholesky(A);
        assertArrayEquals(new double[] {2, 0, 0}, l[0], TOLERANCE);
        assertArrayEquals(new double[] {1, 3, 0}, l[1], TOLERANCE);
        assertArrayEquals(new double[] {-1, 2, 1}, l[2], TOLERANCE);
    }

    @Test
    void theFactorDoesNotDependOnTheMatrixScale() {
        // The test for positive definiteness is relative to the largest diagonal entry, so information
        // matrices of tiny or huge counts factor alike.
        for (double scale : new double[] {1e-30, 1e30}) {
            double[][] scaled = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    scaled[i][j] = A[i][j] * scale;
                }
            }
            double[][] l = LinearAlgebra.cholesky(scaled);
            assertEquals(Math.sqrt(scale), l[1][1] / 3, Math.sqrt(scale) * TOLERANCE);
            assertEquals(Math.sqrt(scale), l[2][2], Math.sqrt(scale) * TOLERANCE);
        }
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteHasNoFactor() {
        assertNull(LinearAlgebra.cholesky(new double[][] {{1, 1}, {1, 1}}));          // singular
        assertNull(LinearAlgebra.cholesky(new double[][] {{1, 2}, {2, 1}}));          // indefinite
        assertNull(LinearAlgebra.cholesky(new double[][] {{0, 0}, {0, 1}}));          // a parameter with no information
        assertNull(LinearAlgebra.cholesky(new double[][] {{1, 1}, {1, 1 + 1e-14}}));  // singular to working precision
        assertTrue(LinearAlgebra.cholesky(new double[][] {{1, 1}, {1, 1 + 1e-9}}) != null);
    }

    @Test
    void solveInvertsTheFactoredMatrix() {
        double[] x = {0.5, -1.25, 2};
        double[] b = times(A, x);   // (2 - 2.5 - 4, 1 - 12.5 + 10, -1 - 6.25 + 12)
        assertArrayEquals(new double[] {-4.5, -1.5, 4.75}, b, TOLERANCE);
        assertArrayEquals(x, LinearAlgebra.solve(LinearAlgebra.cholesky(A), b), TOLERANCE);
    }

    @Test
    void inverseTimesTheMatrixIsTheIdentity() {
        double[][] inverse = LinearAlgebra.inverse(LinearAlgebra.cholesky(A));
        for (int j = 0; j < 3; j++) {
            double[] column = {inverse[0][j], inverse[1][j], inverse[2][j]};
            double[] unit = new double[3];
            unit[j] = 1;
            assertArrayEquals(unit, times(A, column), TOLERANCE);
        }
    }

    /** For [[4, 2], [2, 3]] the inverse's diagonal is 3/8 and 4/8 (determinant 8). */
    @Test
    void standardErrorsAreTheRootsOfTheInverseDiagonal() {
        assertArrayEquals(new double[] {Math.sqrt(3.0 / 8), Math.sqrt(4.0 / 8)},
                LinearAlgebra.standardErrors(new double[][] {{4, 2}, {2, 3}}), TOLERANCE);
        double[] singular = LinearAlgebra.standardErrors(new double[][] {{1, 1}, {1, 1}});
        assertTrue(Double.isNaN(singular[0]) && Double.isNaN(singular[1]));
    }

    @Test
    void dotIsTheSumOfProducts() {
        assertEquals(-4.5, LinearAlgebra.dot(A[0], new double[] {0.5, -1.25, 2}), 0);
        assertEquals(0, LinearAlgebra.dot(new double[0], new double[0]), 0);
    }
}
