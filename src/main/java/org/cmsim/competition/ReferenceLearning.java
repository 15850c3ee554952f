package org.cmsim.competition;

import java.util.SplittableRandom;
import org.cmsim.design.Design;
import org.cmsim.design.Exposure;
import org.cmsim.design.Trajectory;
import org.cmsim.numeric.AliasTable;

/**
 * The obviously-correct version of {@link ExposureLearning}: dense rows, and the update written out
 * as in the textbook (the draws are {@link AliasTable}'s, checked on their own). Same seed, same draws, so the two
 * must agree to rounding.
 */
public final class ReferenceLearning {

    private ReferenceLearning() {
    }

    public static Trajectory learn(Exposure exposure, LearningRule rule, long presentations, double rate,
                                   long[] checkpoints, long seed) {
        return learnFrom(new double[exposure.design().parameterCount()], exposure, rule, presentations, rate,
                checkpoints, seed);
    }

    /** As {@link #learn}, from the weights {@code start}. */
    public static Trajectory learnFrom(double[] start, Exposure exposure, LearningRule rule, long presentations,
                                       double rate, long[] checkpoints, long seed) {
        Design design = exposure.design();
        int k = design.parameterCount();
        double[] w = start.clone();
        double[][] recorded = new double[checkpoints.length][];
        SplittableRandom random = new SplittableRandom(seed);
        for (long t = 0; t <= presentations; t++) {
            for (int c = 0; c < checkpoints.length; c++) {
                if (checkpoints[c] == t) {
                    recorded[c] = w.clone();
                }
            }
            if (t == presentations) {
                break;
            }
            int row = exposure.drawRow(random);
            double[] x = design.row(exposure.type(row));
            double activation = 0;
            for (int j = 0; j < k; j++) {
                activation += w[j] * x[j];
            }
            double error = rule.error(activation, exposure.agentIsN1(row));
            for (int j = 0; j < k; j++) {
                w[j] += rate * error * x[j];
            }
        }
        return new Trajectory(rule.name(), design.parameters(), checkpoints, recorded);
    }
}
