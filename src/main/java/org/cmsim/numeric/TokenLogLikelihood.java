package org.cmsim.numeric;

/**
 * A log-likelihood as the sum of one term per token, ln P(the token's agent), kept with the sum of the
 * squared terms, so that its standard error comes along: with N tokens and terms l_i,
 * <pre>
 *   S = sum_i l_i,   s^2 = (sum_i l_i^2 - S^2 / N) / (N - 1),   se(S) = sqrt(N s^2)
 * </pre>
 * the standard error of a sum of N independent draws (the tokens of a corpus are a sample of its
 * language's sentences). Tokens come grouped in sentence types: a type read with logit
 * z = ln P(n1) / P(n2) adds its n1-agent tokens with l = ln P(n1) = -ln(1 + e^-z) and the others with
 * l = ln P(n2) = -ln(1 + e^z), computed without overflow.
 */
public record TokenLogLikelihood(double tokens, double sum, double sumOfSquares) {

    /** No tokens. */
    public static final TokenLogLikelihood NONE = new TokenLogLikelihood(0, 0, 0);

    /** Types with {@code trials[e]} tokens, {@code n1[e]} of them with n1 as agent, read with {@code logits[e]}. */
    public static TokenLogLikelihood of(long[] trials, long[] n1, double[] logits) {
        if (trials.length != n1.length || trials.length != logits.length) {
            throw new IllegalArgumentException("one count and one logit per sentence type");
        }
        double tokens = 0;
        double sum = 0;
        double squares = 0;
        for (int e = 0; e < trials.length; e++) {
            long agentN1 = n1[e];
            long agentN2 = trials[e] - n1[e];
            if (agentN1 > 0) {
                double l = logProbabilityN1(logits[e]);
                sum += agentN1 * l;
                squares += agentN1 * l * l;
            }
            if (agentN2 > 0) {
                double l = logProbabilityN2(logits[e]);
                sum += agentN2 * l;
                squares += agentN2 * l * l;
            }
            tokens += trials[e];
        }
        return new TokenLogLikelihood(tokens, sum, squares);
    }

    /** Both sets of tokens together (the held-out folds of a cross-validation). */
    public TokenLogLikelihood plus(TokenLogLikelihood other) {
        return new TokenLogLikelihood(tokens + other.tokens, sum + other.sum, sumOfSquares + other.sumOfSquares);
    }

    /** The standard error of the sum, sqrt(N s^2); NaN with fewer than two tokens. */
    public double standardError() {
        if (tokens < 2) {
            return Double.NaN;
        }
        double variance = Math.max(0, (sumOfSquares - sum * sum / tokens) / (tokens - 1));
        return Math.sqrt(tokens * variance);
    }

    /** ln P(n1) for logit z: -ln(1 + e^-z). */
    public static double logProbabilityN1(double logit) {
        return -softplus(-logit);
    }

    /** ln P(n2) for logit z: -ln(1 + e^z). */
    public static double logProbabilityN2(double logit) {
        return -softplus(logit);
    }

    private static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }
}
