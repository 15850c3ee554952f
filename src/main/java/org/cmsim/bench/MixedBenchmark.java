package org.cmsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.competition.MixedDesign;
import org.cmsim.competition.MixedMultiplicativeRule;
import org.cmsim.competition.RandomStructure;
import org.cmsim.design.Design;
import org.cmsim.model.ChoiceRow;

/**
 * The mixed multiplicative rule's speed: 40 subjects x 100 items = 4,000 trials on the 81-condition design
 * (6 parameters), random slopes per subject on every parameter and a random intercept per item (13 numbers
 * optimised). Seconds for one fit after a warm-up fit.
 */
public final class MixedBenchmark {

    static final int SUBJECTS = 40;
    static final int ITEMS = 100;
    /** The goal: well under 5 s. */
    static final double GOAL_SECONDS = 5;

    private MixedBenchmark() {
    }

    public static Benchmarks.Measurement fit() {
        Design design = Benchmarks.design81();
        double[] beta = {1.5, -1, 0.5, 1, 2, 1.5};
        double[] sd = {1.0, 0.8, 0.6, 0.5, 0.5, 0.4};
        SplittableRandom random = new SplittableRandom(11);
        double[] itemShift = new double[ITEMS];
        for (int t = 0; t < ITEMS; t++) {
            itemShift[t] = 0.5 * gaussian(random);
        }
        List<ChoiceRow> rows = new ArrayList<>();
        for (int s = 0; s < SUBJECTS; s++) {
            double[] own = new double[beta.length];
            for (int j = 0; j < beta.length; j++) {
                own[j] = beta[j] + sd[j] * gaussian(random);
            }
            for (int t = 0; t < ITEMS; t++) {
                int condition = t % design.rows();
                double eta = itemShift[t];
                for (int j = 0; j < beta.length; j++) {
                    eta += design.matrixRow(condition)[j] * own[j];
                }
                long n1 = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
                rows.add(new ChoiceRow(design.stimuli().get(condition), 1, n1, "s" + s, "i" + t, null));
            }
        }
        MixedDesign mixed = MixedDesign.of(design, rows, RandomStructure.parse("subject,item"));
        new MixedMultiplicativeRule().fit(mixed);
        long start = System.nanoTime();
        new MixedMultiplicativeRule().fit(mixed);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Benchmarks.Measurement("mixed multiplicative fit (Laplace), 40 subjects x 100 items, 4,000 trials,"
                + " subject slopes + item intercepts", seconds, "s", GOAL_SECONDS, false, "");
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: one standard normal from two uniforms.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
