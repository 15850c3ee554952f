package org.cmsim.reactiontime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Richardson-extrapolated differences against derivatives worked by hand. */
class DifferencesTest {

    // f(x, y) = exp(x) sin(y) + x^2 y^3
    private static double f(double[] v) {
        return Math.exp(v[0]) * Math.sin(v[1]) + v[0] * v[0] * Math.pow(v[1], 3);
    }

    @Test
    void hessianMatchesTheAnalyticSecondDerivatives() {
        double x = 0.7;
        double y = 1.3;
        double[][] h = Differences.hessian(DifferencesTest::f, new double[] {x, y}, 0.1);
        assertEquals(Math.exp(x) * Math.sin(y) + 2 * y * y * y, h[0][0], 1e-8);
        assertEquals(Math.exp(x) * Math.cos(y) + 6 * x * y * y, h[0][1], 1e-8);
        assertEquals(h[0][1], h[1][0], 0);
        assertEquals(-Math.exp(x) * Math.sin(y) + 6 * x * x * y, h[1][1], 1e-8);
    }

    @Test
    void jacobianMatchesTheAnalyticFirstDerivatives() {
        double x = 0.7;
        double y = 0.0;
        double[][] j = Differences.jacobian(v -> new double[] {f(v), v[0] * v[1]}, new double[] {x, y}, 1e-4);
        assertEquals(Math.exp(x) * Math.sin(y) + 2 * x * y * y * y, j[0][0], 1e-9);
        assertEquals(Math.exp(x) * Math.cos(y) + 3 * x * x * y * y, j[0][1], 1e-9);
        assertEquals(y, j[1][0], 1e-9);
        assertEquals(x, j[1][1], 1e-9);
    }

    @Test
    void stepIsRelativeExceptAtZero() {
        assertEquals(0.25, Differences.step(-2.5, 0.1), 1e-15);
        assertEquals(0.1, Differences.step(0, 0.1), 0);
        assertEquals(0.1, Differences.step(1e-6, 0.1), 0);
    }

    @Test
    void extrapolationRemovesTheEvenPowersOfTheStep() {
        // D(h) = 3 + h^2 + h^4 + h^6 at h = 1, 1/2, 1/4, 1/8: the limit 3 exactly.
        double[] estimates = new double[4];
        for (int k = 0; k < 4; k++) {
            double h = 1.0 / (1 << k);
            estimates[k] = 3 + h * h + Math.pow(h, 4) + Math.pow(h, 6);
        }
        assertEquals(3, Differences.extrapolate(estimates), 1e-12);
    }
}
