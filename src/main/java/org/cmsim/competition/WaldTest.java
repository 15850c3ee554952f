package org.cmsim.competition;

import org.apache.commons.math3.special.Erf;

/**
 * The Wald test of one fitted parameter against 0, as R's {@code summary(glm)} and lme4's {@code summary(glmer)}
 * report it for a logistic model's fixed effects: z = estimate / SE, and the two-sided p-value
 * P(|Z| &gt;= |z|) = erfc(|z| / sqrt 2) for a standard normal Z (Agresti 2013, Categorical Data Analysis, sec. 1.3.3).
 * The complementary error function keeps small p-values exact where 1 - Phi(|z|) would round to 0.
 */
public final class WaldTest {

    private WaldTest() {
    }

    /** z = estimate / se; NaN when the standard error is not a positive finite number. */
    public static double z(double estimate, double se) {
        return se > 0 && Double.isFinite(se) && Double.isFinite(estimate) ? estimate / se : Double.NaN;
    }

    /** The two-sided p-value of {@code z} under a standard normal; NaN for NaN. */
    public static double pValue(double z) {
        return Double.isNaN(z) ? Double.NaN : Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }
}
