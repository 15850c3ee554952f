package org.cmsim.competition;

import java.util.ArrayList;
import java.util.List;

/**
 * The random effects' standard deviations and correlations from the relative covariance factors: per term and
 * group, Sigma = Lambda Lambda' (Bates et al. 2015, J. Stat. Softw. 67(1), eq. 4; a binomial model has no
 * residual scale to multiply by), sd_e = sqrt(Sigma_ee), cor_ab = Sigma_ab / (sd_a sd_b), as lme4's
 * {@code VarCorr} reports them. Correlations exist only within a correlated term of two or more effects; one
 * whose SDs include a zero is undefined (NaN), as in lme4.
 */
record VarianceComponents(List<MixedFit.RandomSd> sds, List<MixedFit.RandomCorrelation> correlations) {

    static VarianceComponents of(MixedDesign design, double[] theta) {
        List<MixedFit.RandomSd> sds = new ArrayList<>();
        List<MixedFit.RandomCorrelation> correlations = new ArrayList<>();
        List<String> groups = design.groupNames();
        for (RandomTerm term : design.terms) {
            for (int g = 0; g < design.groups; g++) {
                String group = groups.isEmpty() ? null : groups.get(g);
                double[][] sigma = term.covariance(theta, g);
                for (int e = 0; e < term.q(); e++) {
                    sds.add(new MixedFit.RandomSd(term.factor(), term.effects().get(e), group, Math.sqrt(sigma[e][e])));
                }
                if (!term.correlated()) {
                    continue;
                }
                for (int a = 0; a < term.q(); a++) {
                    for (int b = a + 1; b < term.q(); b++) {
                        double scale = Math.sqrt(sigma[a][a] * sigma[b][b]);
                        correlations.add(new MixedFit.RandomCorrelation(term.factor(), term.effects().get(a),
                                term.effects().get(b), group, scale > 0 ? sigma[a][b] / scale : Double.NaN));
                    }
                }
            }
        }
        return new VarianceComponents(sds, correlations);
    }

    /**
     * What a boundary fit means in words, per term and group with a diagonal element of Lambda at zero: an SD
     * estimated at zero, or (in a correlated term) an effect that is a perfect linear function of the ones
     * before it.
     */
    List<String> boundaryWarnings(MixedDesign design, double[] theta) {
        List<String> warnings = new ArrayList<>();
        List<String> groups = design.groupNames();
        for (RandomTerm term : design.terms) {
            for (int g = 0; g < design.groups; g++) {
                String in = groups.isEmpty() ? "" : " in " + groups.get(g);
                double[][] sigma = term.covariance(theta, g);
                for (int e = 0; e < term.q(); e++) {
                    if (theta[term.theta(g, e, e)] > 0) {
                        continue;
                    }
                    warnings.add(sigma[e][e] == 0
                            ? "singular fit: the SD of " + term.factor() + " deviations on " + term.effects().get(e)
                                    + in + " is estimated at zero"
                            : "singular fit: in " + term + in + ", the " + term.effects().get(e)
                                    + " deviations are perfectly correlated with the effects before it");
                }
            }
        }
        return warnings;
    }
}
