package org.cmsim.reactiontime;

import java.util.SplittableRandom;
import org.cmsim.numeric.Sampling;

/**
 * Simulated reaction times: log-normal, slower when the cues conflict (Li, Bates &amp; MacWhinney 1993; Kempe &amp;
 * MacWhinney 1999), with a per-participant shift:
 * <pre>
 *   log rt = logMean + conflict x [the cues conflict] + u_s + e,   u_s ~ N(0, subjectSd^2),  e ~ N(0, sd^2)
 * </pre>
 * so that a convergent sentence's median RT is exp(logMean) ms and conflict multiplies it by exp(conflict). The
 * RT is rounded to whole ms (at least 1), as experiment software records it. The draws come from their own
 * stream, seeded from the run's seed ({@link #STREAM}), so that asking for RTs leaves the simulated choices as
 * they are. This is the model {@code fit-rt} fits with a random intercept per subject.
 */
public final class RtGenerator {

    /** Mixed into the run's seed for the RT stream, apart from the choices' stream. */
    static final long STREAM = 0x5254_5F6D_735FL;

    /** The generating values, in log ms; the SDs of log RT. */
    public record Parameters(double logMean, double conflict, double sd, double subjectSd) {
        public Parameters {
            if (!Double.isFinite(logMean) || !Double.isFinite(conflict)) {
                throw new IllegalArgumentException("the RT mean and conflict effect must be finite numbers");
            }
            if (!(sd > 0) || !Double.isFinite(sd)) {
                throw new IllegalArgumentException("the residual SD of log RT must be positive, was " + sd);
            }
            if (!(subjectSd >= 0) || !Double.isFinite(subjectSd)) {
                throw new IllegalArgumentException("the participants' SD of log RT must be >= 0, was " + subjectSd);
            }
        }
    }

    private RtGenerator() {
    }

    /**
     * RTs (ms) of {@code subjects} participants, each seeing every condition {@code trials} times:
     * {@code [subject][condition][trial]}; {@code conflict[i]} says whether condition i's cues conflict.
     */
    public static double[][][] draw(int subjects, boolean[] conflict, int trials, Parameters parameters, long seed) {
        long[] seeds = Sampling.seeds(seed ^ STREAM, subjects);
        double[][][] rt = new double[subjects][conflict.length][trials];
        for (int s = 0; s < subjects; s++) {
            SplittableRandom random = new SplittableRandom(seeds[s]);
            double shift = parameters.subjectSd() * random.nextGaussian();
            for (int i = 0; i < conflict.length; i++) {
                double mean = parameters.logMean() + (conflict[i] ? parameters.conflict() : 0) + shift;
                for (int t = 0; t < trials; t++) {
                    rt[s][i][t] = Math.max(1, Math.rint(Math.exp(mean + parameters.sd() * random.nextGaussian())));
                }
            }
        }
        return rt;
    }
}
