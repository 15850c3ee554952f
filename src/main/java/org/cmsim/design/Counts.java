package org.cmsim.design;

import java.util.List;
import org.cmsim.model.Condition;

/** Observed choices per design row: {@code n1[i]} of {@code trials[i]} chose n1. */
public record Counts(long[] trials, long[] n1) {

    public Counts {
        if (trials.length != n1.length) {
            throw new IllegalArgumentException("trials and n1 differ in length");
        }
        for (int i = 0; i < trials.length; i++) {
            if (trials[i] < 0 || n1[i] < 0 || n1[i] > trials[i]) {
                throw new IllegalArgumentException("need 0 <= n1 <= trials in row " + i);
            }
        }
    }

    public static Counts of(List<Condition> conditions) {
        long[] trials = new long[conditions.size()];
        long[] n1 = new long[conditions.size()];
        for (int i = 0; i < trials.length; i++) {
            trials[i] = conditions.get(i).trials();
            n1[i] = conditions.get(i).n1Choices();
        }
        return new Counts(trials, n1);
    }

    public int size() {
        return trials.length;
    }

    public long totalTrials() {
        long total = 0;
        for (long t : trials) {
            total += t;
        }
        return total;
    }

    public double proportion(int i) {
        return trials[i] == 0 ? Double.NaN : (double) n1[i] / trials[i];
    }

    /**
     * log P(choices | p) = sum_i n1_i ln p_i + (trials_i - n1_i) ln(1 - p_i): the probability of the
     * individual choices, without a binomial coefficient, so that trial-level and aggregated forms
     * of the same data have the same log-likelihood. Terms with a zero count are skipped (0 ln 0 = 0).
     */
    public double logLikelihood(double[] p) {
        double sum = 0;
        for (int i = 0; i < trials.length; i++) {
            long n2 = trials[i] - n1[i];
            if (n1[i] > 0) {
                sum += n1[i] * Math.log(p[i]);
            }
            if (n2 > 0) {
                sum += n2 * Math.log1p(-p[i]);
            }
        }
        return sum;
    }

    /** The log-likelihood of the saturated model, which predicts each row's observed proportion. */
    public double saturatedLogLikelihood() {
        double[] p = new double[trials.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = trials[i] == 0 ? 0.5 : proportion(i);
        }
        return logLikelihood(p);
    }
}
