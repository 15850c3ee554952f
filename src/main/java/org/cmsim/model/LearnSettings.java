package org.cmsim.model;

/**
 * Settings of the error-driven learner ({@code cmsim learn}): how many sentence presentations,
 * the learning rate, and how many log-spaced checkpoints to record.
 */
public record LearnSettings(long presentations, double rate, int checkpoints) {

    public static final LearnSettings DEFAULTS = new LearnSettings(20_000, 0.05, 40);

    public LearnSettings {
        if (presentations <= 0 || presentations > WorkLimits.PRESENTATIONS) {
            throw new IllegalArgumentException("presentations must be from 1 to " + WorkLimits.PRESENTATIONS + ", was "
                    + presentations);
        }
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be a positive number");
        }
        if (checkpoints < 2 || checkpoints > WorkLimits.CHECKPOINTS) {
            throw new IllegalArgumentException("checkpoints must be from 2 to " + WorkLimits.CHECKPOINTS + ", was "
                    + checkpoints);
        }
    }

    public LearnSettings withPresentations(long value) {
        return new LearnSettings(value, rate, checkpoints);
    }

    public LearnSettings withRate(double value) {
        return new LearnSettings(presentations, value, checkpoints);
    }
}
