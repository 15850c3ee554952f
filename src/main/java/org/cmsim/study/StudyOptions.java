package org.cmsim.study;

import org.cmsim.attention.HeadBootstrap;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.competition.ParameterStatus;
import org.cmsim.model.WorkLimits;

/**
 * How much uncertainty a run measures: the attention heads and their L2 grid ({@link HeadEnsemble.Plan}),
 * the bootstrap replicates behind each verdict of the rule, the resamples per head behind each verdict
 * of the heads ({@link HeadBootstrap}), and the support below which a parameter is sparse. The replicates (the
 * bootstrap, the heads, and the heads times their resamples) are at most {@link WorkLimits#REPLICATES}.
 */
public record StudyOptions(HeadEnsemble.Plan heads, int bootstrap, int headResamples, double minimumSupport) {

    /** Replicates of the corpus behind each verdict by default. */
    public static final int DEFAULT_BOOTSTRAP = 200;

    public StudyOptions {
        if (bootstrap < 1) {
            throw new IllegalArgumentException("the number of bootstrap resamples of the corpus must be at least 1, got "
                    + bootstrap);
        }
        if (bootstrap > WorkLimits.REPLICATES) {
            throw new IllegalArgumentException("the number of bootstrap resamples of the corpus must be at most "
                    + WorkLimits.REPLICATES + ", got " + bootstrap);
        }
        if (headResamples < 0) {
            throw new IllegalArgumentException("the number of resamples per head must not be negative, got "
                    + headResamples);
        }
        if (heads.seeds() > WorkLimits.REPLICATES) {
            throw new IllegalArgumentException("the number of heads must be at most " + WorkLimits.REPLICATES
                    + ", got " + heads.seeds());
        }
        if (headResamples > WorkLimits.REPLICATES) {
            throw new IllegalArgumentException("the number of resamples per head must be at most "
                    + WorkLimits.REPLICATES + ", got " + headResamples);
        }
        if ((long) heads.seeds() * Math.max(1, headResamples) > WorkLimits.REPLICATES) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%d heads x %d resamples make %d head replicates; at most %d", heads.seeds(), headResamples,
                    (long) heads.seeds() * headResamples, WorkLimits.REPLICATES));
        }
        if (!(minimumSupport >= 1)) {
            throw new IllegalArgumentException("the support a parameter needs to be compared must be at least 1 token,"
                    + " got " + minimumSupport);
        }
    }

    public static StudyOptions defaults() {
        return new StudyOptions(HeadEnsemble.Plan.defaults(), DEFAULT_BOOTSTRAP, HeadBootstrap.DEFAULT_RESAMPLES,
                ParameterStatus.DEFAULT_MINIMUM_SUPPORT);
    }

    public StudyOptions withSeeds(int seeds) {
        return new StudyOptions(heads.withSeeds(seeds), bootstrap, headResamples, minimumSupport);
    }

    public StudyOptions withBootstrap(int replicates) {
        return new StudyOptions(heads, replicates, headResamples, minimumSupport);
    }

    /** Resamples of the corpus per head for the heads' verdicts; 0 reads the heads as they are. */
    public StudyOptions withHeadResamples(int resamples) {
        return new StudyOptions(heads, bootstrap, resamples, minimumSupport);
    }

    public StudyOptions withMinimumSupport(double tokens) {
        return new StudyOptions(heads, bootstrap, headResamples, tokens);
    }

    /** Replicates behind each head verdict: seeds x resamples (the seeds alone when there are no resamples). */
    public int headReplicates() {
        return heads.seeds() * Math.max(1, headResamples);
    }
}
