package org.cmsim.transfer;

/**
 * When a learner has moved half-way from where it started to where the second language takes it: the
 * first checkpoint c at which
 * <pre>   (w(c) - w(0)) / (target - w(0)) &gt;= 1/2</pre>
 * (the progress along the line from the start to the target). A measure of how fast a cue is taken up or
 * given up, McDonald (1987) and Heilenman &amp; McDonald (1993) read in the same way from learners of
 * increasing exposure.
 */
public final class HalfWay {

    /** The share of the way that marks the point. */
    public static final double SHARE = 0.5;

    private HalfWay() {
    }

    /**
     * Progress at each checkpoint, 0 at the start and 1 at the target; NaN everywhere when the target is not
     * finite (a separated parameter has no asymptote) or equals the start (there is no way to go).
     */
    public static double[] progress(double[] path, double target) {
        double[] progress = new double[path.length];
        double distance = target - path[0];
        for (int c = 0; c < path.length; c++) {
            progress[c] = Double.isFinite(target) && distance != 0 ? (path[c] - path[0]) / distance : Double.NaN;
        }
        return progress;
    }

    /**
     * The exposure of the first checkpoint at which the path has moved half-way to {@code target}; +infinity
     * when it never does within the exposure; 0 when it starts at the target; NaN when the target is not finite.
     */
    public static double exposure(long[] exposure, double[] path, double target) {
        if (!Double.isFinite(target)) {
            return Double.NaN;
        }
        if (target == path[0]) {
            return 0;
        }
        double[] progress = progress(path, target);
        for (int c = 0; c < path.length; c++) {
            if (progress[c] >= SHARE) {
                return exposure[c];
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
