package org.cmsim.competition;

import java.util.List;
import org.cmsim.design.Exposure;
import org.cmsim.design.Trajectory;
import org.cmsim.numeric.Parallel;
import org.cmsim.numeric.Sampling;

/**
 * The learner early in its trajectory: what a finding about young children is compared with.
 *
 * <p>A child has heard a small part of what an adult has; in the Competition Model's account the
 * cues a child relies on first are those the input makes worth learning first (high overall
 * validity), not the asymptotic strengths (Bates &amp; MacWhinney 1987; McDonald &amp; MacWhinney
 * 1991). So a finding about children is set against the delta rule ({@link LogisticDeltaRule}) at an
 * early point of its trajectory on the corpus a child would hear.
 *
 * <p><i>The early point.</i> The number of presentations a learner needs depends on its learning
 * rate, which maps to no age. The point is therefore defined by how far learning has come: the
 * first checkpoint at which the delta rule of the run's own learning order has gained half of the
 * log-likelihood it gains over the whole run,
 * <pre>   LL(t) - LL(0) &gt;= (LL(N) - LL(0)) / 2,   LL(t) = sum_i [n1_i ln p_i(t) + (n_i - n1_i) ln(1 - p_i(t))]</pre>
 * with p_i(t) = sigmoid(x_i . w(t)) over the corpus's sentence types (LL(0) = N ln 1/2: the learner
 * starts at chance). When learning gains nothing, the first checkpoint after the start is used.
 *
 * <p><i>Its uncertainty.</i> Which sentences come first is chance: the replicates are the delta rule
 * run to that same point over {@code orders} other learning orders (each presentation drawn from the
 * corpus by count, each order from its own seed derived from the run's), its weights read there.
 */
public final class EarlyLearning {

    /** Keeps the learning orders' seeds apart from the run's own order and its other draws. */
    private static final long SALT = 0x3C6EF372FE94F82BL;
    /** Share of the whole run's log-likelihood gain that marks the early point. */
    public static final double GAIN_SHARE = 0.5;

    /**
     * The early point: {@code step} presentations of {@code presentations}, and the log-likelihood
     * of the corpus under the weights at the start, there and at the end of the run.
     */
    public record Point(long step, long presentations, double logLikStart, double logLikAtStep, double logLikEnd) {
        /** Share of the run's log-likelihood gain reached at the point. */
        public double gainShare() {
            double gain = logLikEnd - logLikStart;
            return gain > 0 ? (logLikAtStep - logLikStart) / gain : Double.NaN;
        }
    }

    /**
     * The point and the weights there over the learning orders: {@code weights[order][parameter]}; and how many
     * presentations had each parameter present by the point, the median over the learning orders (a cue seen a
     * handful of times has a weight that says nothing about what was learned from it).
     */
    public record Result(Point point, List<String> parameters, double[][] weights, double[] presented) {
        public Result {
            parameters = List.copyOf(parameters);
            weights = weights.clone();
            presented = presented.clone();
        }

        /** Median presentations in which {@code parameter} was present by the point; 0 for an unknown one. */
        public double presented(String parameter) {
            int j = parameters.indexOf(parameter);
            return j < 0 ? 0 : presented[j];
        }

        public int orders() {
            return weights.length;
        }

        /** The weights of one learning order (a copy). */
        public double[] weights(int order) {
            return weights[order].clone();
        }
    }

    private EarlyLearning() {
    }

    /**
     * The early point of {@code delta} (the delta rule's trajectory over the run's learning order)
     * and the weights there over {@code orders} other learning orders at learning rate {@code rate}.
     */
    public static Result of(Exposure exposure, Trajectory delta, double rate, int orders, long seed, int threads) {
        Point point = point(exposure, delta);
        long[] seeds = Sampling.seeds(seed ^ SALT, orders);
        LogisticDeltaRule rule = new LogisticDeltaRule();
        List<double[]> weights = Parallel.map(orders, threads, r -> ExposureLearning.learn(exposure, rule, point.step(),
                rate, new long[] {point.step()}, seeds[r]).last());
        List<long[]> presented = Parallel.map(orders, threads, r -> ExposureLearning.presented(exposure, point.step(),
                seeds[r]));
        return new Result(point, delta.parameters(), weights.toArray(new double[0][]), medians(presented,
                delta.parameters().size()));
    }

    /** Per parameter, the median over the learning orders (the mean of the middle two for an even count). */
    static double[] medians(List<long[]> perOrder, int parameters) {
        double[] median = new double[parameters];
        for (int j = 0; j < parameters && !perOrder.isEmpty(); j++) {
            final int p = j;
            long[] sorted = perOrder.stream().mapToLong(c -> c[p]).sorted().toArray();
            int mid = sorted.length / 2;
            median[j] = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        }
        return median;
    }

    /** The first checkpoint at which the learner has gained {@value #GAIN_SHARE} of its whole gain. */
    static Point point(Exposure exposure, Trajectory delta) {
        long[] steps = delta.steps();
        int last = steps.length - 1;
        double start = logLikelihood(exposure, delta.at(0));
        double end = logLikelihood(exposure, delta.last());
        int chosen = Math.min(1, last);
        if (end > start) {
            for (int c = 1; c <= last; c++) {
                if (logLikelihood(exposure, delta.at(c)) - start >= GAIN_SHARE * (end - start)) {
                    chosen = c;
                    break;
                }
            }
        }
        return new Point(steps[chosen], steps[last], start, logLikelihood(exposure, delta.at(chosen)), end);
    }

    /** ln-likelihood of the corpus's agents under weights w of the multiplicative rule's log-odds. */
    static double logLikelihood(Exposure exposure, double[] w) {
        return exposure.agents().logLikelihood(new MultiplicativeRule().predict(exposure.design(), w));
    }
}
