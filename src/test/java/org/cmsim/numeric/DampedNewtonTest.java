package org.cmsim.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one Newton solver: exact on a quadratic, damped where a full step overshoots, and every way it stops. */
class DampedNewtonTest {

    private static final DampedNewton.Settings SETTINGS =
            new DampedNewton.Settings(100, 1e-12, DampedNewton.Scale.ABSOLUTE, 0, 1e-10);

    /** f(x) = -(x - c)' A (x - c) / 2 with A positive definite: g = A (c - x), I = A. */
    private static DampedNewton.Objective quadratic(double[][] a, double[] c, List<double[]> visited) {
        return new DampedNewton.Objective() {
            @Override
            public double value(double[] x) {
                visited.add(x.clone());
                double[] d = {x[0] - c[0], x[1] - c[1]};
                return -(d[0] * (a[0][0] * d[0] + a[0][1] * d[1]) + d[1] * (a[1][0] * d[0] + a[1][1] * d[1])) / 2;
            }

            @Override
            public void scoreAndInformation(double[] x, double[] gradient, double[][] information) {
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        gradient[i] += a[i][j] * (c[j] - x[j]);
                        information[i][j] = a[i][j];
                    }
                }
            }
        };
    }

    /** f(x) = -ln cosh x: g = -tanh x, I = 1 - tanh^2 x. A full Newton step from |x| > 1.09 lands further out. */
    private static final DampedNewton.Objective LOG_COSH = new DampedNewton.Objective() {
        @Override
        public double value(double[] x) {
            return -Math.log(Math.cosh(x[0]));
        }

        @Override
        public void scoreAndInformation(double[] x, double[] gradient, double[][] information) {
            double t = Math.tanh(x[0]);
            gradient[0] = -t;
            information[0][0] = 1 - t * t;
        }
    };

    @Test
    void aQuadraticIsSolvedByItsFirstFullStep() {
        double[][] a = {{2, 0.5}, {0.5, 1}};
        double[] c = {1.5, -2};
        List<double[]> visited = new ArrayList<>();
        DampedNewton.Result result = DampedNewton.maximise(quadratic(a, c, visited), new double[] {0, 0}, SETTINGS);
        assertEquals(DampedNewton.Status.CONVERGED, result.status());
        assertArrayEquals(c, result.x(), 1e-12);
        assertArrayEquals(c, visited.get(1), 1e-12, "the first trial point is the full step x + I^-1 g");
        assertEquals(0, result.value(), 1e-20);
    }

    @Test
    void aStepThatOvershootsIsHalvedUntilItAscends() {
        // Undamped: x1 = x0 - tanh(x0) / (1 - tanh^2 x0) = 1.5 - 3.05 = -1.55, |x| grows, and on to infinity.
        double x0 = 1.5;
        double full = x0 + -Math.tanh(x0) / (1 - Math.tanh(x0) * Math.tanh(x0));
        assertEquals(true, Math.abs(full) > x0);
        DampedNewton.Result result = DampedNewton.maximise(LOG_COSH, new double[] {x0}, SETTINGS);
        assertEquals(DampedNewton.Status.CONVERGED, result.status());
        assertEquals(0, result.x()[0], 1e-12);
    }

    @Test
    void theCallersStopTestEndsTheSearchAtTheNewPoint() {
        List<double[]> visited = new ArrayList<>();
        DampedNewton.Result result = DampedNewton.maximise(quadratic(new double[][] {{1, 0}, {0, 1}},
                new double[] {10, 0}, visited), new double[] {0, 0}, SETTINGS.withMaxIterations(5), x -> x[0] > 5);
        // The full step moves 10 (not converged) to x = (10, 0), where the stop test holds.
        assertEquals(DampedNewton.Status.STOPPED, result.status());
        assertArrayEquals(new double[] {10, 0}, result.x(), 1e-12);
        // A step below the tolerance is converged before the stop test is asked.
        DampedNewton.Result converged = DampedNewton.maximise(quadratic(new double[][] {{1, 0}, {0, 1}},
                new double[] {1e-13, 0}, visited), new double[] {0, 0}, SETTINGS, x -> true);
        assertEquals(DampedNewton.Status.CONVERGED, converged.status());
    }

    @Test
    void anInformationThatIsNotPositiveDefiniteStopsWhereItIs() {
        DampedNewton.Objective flat = new DampedNewton.Objective() {
            @Override
            public double value(double[] x) {
                return 0;
            }

            @Override
            public void scoreAndInformation(double[] x, double[] gradient, double[][] information) {
                gradient[0] = 1;
            }
        };
        DampedNewton.Result result = DampedNewton.maximise(flat, new double[] {3}, SETTINGS);
        assertEquals(DampedNewton.Status.SINGULAR, result.status());
        assertArrayEquals(new double[] {3}, result.x());
    }

    @Test
    void aStepThatNeverAscendsLeavesThePointUnchanged() {
        // The score points the wrong way: every damped step lowers f(x) = -x^2.
        DampedNewton.Objective wrong = new DampedNewton.Objective() {
            @Override
            public double value(double[] x) {
                return -x[0] * x[0];
            }

            @Override
            public void scoreAndInformation(double[] x, double[] gradient, double[][] information) {
                gradient[0] = 2 * x[0];
                information[0][0] = 2;
            }
        };
        DampedNewton.Result result = DampedNewton.maximise(wrong, new double[] {1}, SETTINGS);
        assertEquals(DampedNewton.Status.NO_ASCENT, result.status());
        assertArrayEquals(new double[] {1}, result.x());
        assertEquals(-1, result.value());
    }

    @Test
    void theIterationLimitAndRelativeToleranceAreHonoured() {
        DampedNewton.Result once = DampedNewton.maximise(LOG_COSH, new double[] {0.9},
                SETTINGS.withMaxIterations(1));
        assertEquals(DampedNewton.Status.ITERATION_LIMIT, once.status());
        // Relative: a change of 1e-3 at |x| = 1e10 is below 1e-12 x 1e10 = 1e-2.
        DampedNewton.Settings relative = new DampedNewton.Settings(1, 1e-12, DampedNewton.Scale.RELATIVE, 0, 1e-10);
        List<double[]> visited = new ArrayList<>();
        DampedNewton.Result far = DampedNewton.maximise(quadratic(new double[][] {{1, 0}, {0, 1}},
                new double[] {1e10 + 1e-3, 0}, visited), new double[] {1e10, 0}, relative);
        assertEquals(DampedNewton.Status.CONVERGED, far.status());
        assertThrows(IllegalArgumentException.class,
                () -> new DampedNewton.Settings(0, 1e-12, DampedNewton.Scale.ABSOLUTE, 0, 1e-10));
    }

    @Test
    void maxAbsIsTheLargestMagnitude() {
        assertEquals(3, DampedNewton.maxAbs(new double[] {1, -3, 2}));
        assertEquals(0, DampedNewton.maxAbs(new double[0]));
    }
}
