package org.cmsim.competition;

import java.util.SplittableRandom;
import org.cmsim.design.Design;
import org.cmsim.design.Exposure;
import org.cmsim.design.Trajectory;

/**
 * Error-driven learning of cue weights over exposure to a corpus: presentation t draws a corpus row
 * with probability proportional to its {@code count} from a generator seeded with {@code seed},
 * computes the activation w . x, and applies the learning rule's update w += rate x error x x.
 * This is the fast path: each sentence type's row is kept as its non-zero entries only.
 * {@link ReferenceLearning} is the plain version it is tested against.
 */
public final class ExposureLearning {

    private ExposureLearning() {
    }

    /**
     * How many of the first {@code presentations} presentations of the learning order seeded with {@code seed}
     * had each parameter present (a non-zero entry): the same draws {@link #learn} makes.
     */
    public static long[] presented(Exposure exposure, long presentations, long seed) {
        Design design = exposure.design();
        long[] perType = new long[design.rows()];
        SplittableRandom random = new SplittableRandom(seed);
        for (long t = 0; t < presentations; t++) {
            perType[exposure.type(exposure.drawRow(random))]++;
        }
        long[] presented = new long[design.parameterCount()];
        for (int s = 0; s < perType.length; s++) {
            double[] x = design.row(s);
            for (int j = 0; j < x.length; j++) {
                presented[j] += x[j] != 0 ? perType[s] : 0;
            }
        }
        return presented;
    }

    public static Trajectory learn(Exposure exposure, LearningRule rule, long presentations, double rate,
                                   long[] checkpoints, long seed) {
        return learnFrom(new double[exposure.design().parameterCount()], exposure, rule, presentations, rate,
                checkpoints, seed);
    }

    /**
     * As {@link #learn}, from the weights {@code start} (one per design parameter) instead of zero: a learner that
     * brings what it learned elsewhere, as a second-language learner brings the first language's strengths
     * (MacWhinney's Unified Competition Model).
     */
    public static Trajectory learnFrom(double[] start, Exposure exposure, LearningRule rule, long presentations,
                                       double rate, long[] checkpoints, long seed) {
        Design design = exposure.design();
        if (start.length != design.parameterCount()) {
            throw new IllegalArgumentException("start has " + start.length + " weights for "
                    + design.parameterCount() + " parameters");
        }
        int types = design.rows();
        int[][] index = new int[types][];
        double[][] value = new double[types][];
        for (int s = 0; s < types; s++) {
            double[] x = design.row(s);
            int nonZero = 0;
            for (double v : x) {
                nonZero += v != 0 ? 1 : 0;
            }
            index[s] = new int[nonZero];
            value[s] = new double[nonZero];
            for (int j = 0, n = 0; j < x.length; j++) {
                if (x[j] != 0) {
                    index[s][n] = j;
                    value[s][n++] = x[j];
                }
            }
        }
        double[] w = start.clone();
        double[][] recorded = new double[checkpoints.length][];
        SplittableRandom random = new SplittableRandom(seed);
        int next = 0;
        for (long t = 0; t <= presentations; t++) {
            while (next < checkpoints.length && checkpoints[next] == t) {
                for (double weight : w) {
                    if (!Double.isFinite(weight)) {
                        throw new org.cmsim.model.DivergenceException(rule.name() + " diverged: a weight is " + weight
                                + " after " + t + " presentations; lower the learning rate (rate " + rate + ")");
                    }
                }
                recorded[next++] = w.clone();
            }
            if (t == presentations) {
                break;
            }
            int row = exposure.drawRow(random);
            int s = exposure.type(row);
            int[] idx = index[s];
            double[] val = value[s];
            double activation = 0;
            for (int n = 0; n < idx.length; n++) {
                activation += w[idx[n]] * val[n];
            }
            double step = rate * rule.error(activation, exposure.agentIsN1(row));
            for (int n = 0; n < idx.length; n++) {
                w[idx[n]] += step * val[n];
            }
        }
        return new Trajectory(rule.name(), design.parameters(), checkpoints, recorded);
    }
}
