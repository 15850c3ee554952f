package org.cmsim.study;

import org.cmsim.attention.HeadEnsemble;
import org.cmsim.competition.ParameterStatus;

/**
 * How much uncertainty a run measures: the attention heads and their L2 grid ({@link HeadEnsemble.Plan}),
 * the bootstrap replicates behind each verdict, and the support below which a parameter is sparse.
 */
public record StudyOptions(HeadEnsemble.Plan heads, int bootstrap, double minimumSupport) {

    /** Replicates of the corpus behind each verdict by default. */
    public static final int DEFAULT_BOOTSTRAP = 200;

    public StudyOptions {
        if (bootstrap < 1) {
            throw new IllegalArgumentException("--bootstrap must be at least 1, got " + bootstrap);
        }
        if (!(minimumSupport >= 1)) {
            throw new IllegalArgumentException("--min-support must be at least 1, got " + minimumSupport);
        }
    }

    public static StudyOptions defaults() {
        return new StudyOptions(HeadEnsemble.Plan.defaults(), DEFAULT_BOOTSTRAP, ParameterStatus.DEFAULT_MINIMUM_SUPPORT);
    }

    public StudyOptions withSeeds(int seeds) {
        return new StudyOptions(heads.withSeeds(seeds), bootstrap, minimumSupport);
    }

    public StudyOptions withBootstrap(int replicates) {
        return new StudyOptions(heads, replicates, minimumSupport);
    }

    public StudyOptions withMinimumSupport(double tokens) {
        return new StudyOptions(heads, bootstrap, tokens);
    }
}
