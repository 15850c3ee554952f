package org.cmsim.ndl;

/**
 * The parameters of pyndl's Rescorla-Wagner learner ({@code pyndl.ndl.ndl}): the cue salience
 * alpha, the learning rates beta1 (outcome present) and beta2 (outcome absent), and lambda, the
 * maximum association of a present outcome. pyndl's defaults: alpha 0.1, betas (0.1, 0.1), lambda 1.
 */
public record NdlParameters(double alpha, double beta1, double beta2, double lambda) {

    public static final NdlParameters PYNDL_DEFAULTS = new NdlParameters(0.1, 0.1, 0.1, 1.0);

    public NdlParameters {
        for (double value : new double[] {alpha, beta1, beta2, lambda}) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("alpha, betas and lambda must be finite numbers");
            }
        }
    }
}
