package org.cmsim.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One learner's strengths over exposure in many replicates (presentation orders, heads of different
 * seeds): {@code values[r][c][j]} is parameter j after {@code exposure[c]} presentations in replicate r,
 * in log-odds favouring n1. Its summaries are the mean and the 2.5-97.5% range over the replicates.
 */
public record LearningBand(String learner, List<String> parameters, long[] exposure, double[][][] values) {

    /** The range reported beside each mean: the middle 95% of the replicates. */
    public static final double LOW = 0.025;
    public static final double HIGH = 0.975;

    public LearningBand {
        parameters = List.copyOf(parameters);
        exposure = exposure.clone();
        if (values.length == 0) {
            throw new IllegalArgumentException("a band needs at least one replicate");
        }
        for (double[][] replicate : values) {
            if (replicate.length != exposure.length) {
                throw new IllegalArgumentException("a replicate has " + replicate.length + " checkpoints, not "
                        + exposure.length);
            }
        }
    }

    public int replicates() {
        return values.length;
    }

    /** Parameter j of replicate r at every checkpoint. */
    public double[] path(int r, int j) {
        return Arrays.stream(values[r]).mapToDouble(v -> v[j]).toArray();
    }

    /** The mean over replicates of parameter j at checkpoint c. */
    public double mean(int c, int j) {
        return Arrays.stream(values).mapToDouble(v -> v[c][j]).average().orElse(Double.NaN);
    }

    /** The q-quantile over replicates of parameter j at checkpoint c (type 7, as R's default). */
    public double quantile(int c, int j, double q) {
        return Quantiles.of(Arrays.stream(values).mapToDouble(v -> v[c][j]).toArray(), q);
    }

    /**
     * The band with one more parameter, {@code name}, computed from each replicate's values at each
     * checkpoint by {@code derive} (given the values in {@link #parameters} order).
     */
    public LearningBand with(String name, java.util.function.ToDoubleFunction<double[]> derive) {
        List<String> names = new ArrayList<>(parameters);
        names.add(name);
        double[][][] extended = new double[values.length][exposure.length][];
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < exposure.length; c++) {
                extended[r][c] = Arrays.copyOf(values[r][c], names.size());
                extended[r][c][names.size() - 1] = derive.applyAsDouble(values[r][c]);
            }
        }
        return new LearningBand(learner, names, exposure, extended);
    }
}
