package org.cmsim.reactiontime;

import java.util.List;

/**
 * A linear mixed model fitted by REML, in the terms of lme4's and lmerTest's {@code summary}: the fixed effects
 * with standard errors, Satterthwaite degrees of freedom, t and two-sided p; each random effect's SD (and the
 * residual SD, {@code sigma}); the correlations within correlated terms; the REML criterion at convergence,
 * logLik = -REML / 2 and AIC = REML + 2 (p + theta + 1); whether the fit is singular and whether the optimiser
 * converged. {@code observations} and {@code levels} say what was fitted.
 */
public record LinearMixedFit(List<Fixed> fixed, List<RandomSd> sds, List<Correlation> correlations, double sigma,
                             double reml, int parameters, boolean singular, boolean converged, double[] theta,
                             int observations, java.util.Map<String, Integer> levels) {

    /** One fixed effect: lmerTest's {@code Estimate, Std. Error, df, t value, Pr(>|t|)}. */
    public record Fixed(String name, double estimate, double se, double df, double t, double p) {
    }

    /** The SD of one effect of a grouping factor. */
    public record RandomSd(String factor, String effect, double sd) {
    }

    /** The correlation of two effects of one correlated term. */
    public record Correlation(String factor, String effect, String effect2, double correlation) {
    }

    public LinearMixedFit {
        fixed = List.copyOf(fixed);
        sds = List.copyOf(sds);
        correlations = List.copyOf(correlations);
        theta = theta.clone();
        levels = java.util.Map.copyOf(levels);
    }

    /** -REML / 2, as lme4's {@code logLik} of a REML fit. */
    public double logLik() {
        return -reml / 2;
    }

    /** REML + 2 k, k = fixed effects + theta + 1 (the residual SD), as lme4's {@code AIC}. */
    public double aic() {
        return reml + 2 * parameters;
    }

    public Fixed fixed(String name) {
        return fixed.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixed effect " + name));
    }
}
