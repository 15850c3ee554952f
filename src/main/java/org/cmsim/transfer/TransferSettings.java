package org.cmsim.transfer;

import org.cmsim.model.WorkLimits;

/**
 * How a transfer is run: how many second-language sentences each learner reads ({@code exposure}), over how
 * many presentation orders the delta rule is replicated ({@code orders}), how many attention heads of different
 * seeds ({@code seeds}), and how many log-spaced checkpoints are recorded. Immutable: {@link #defaults()}, then
 * {@code withX}.
 */
public record TransferSettings(long exposure, int orders, int seeds, int checkpoints) {

    /**
     * 200,000 presentations: enough for the delta rule at the default rate (0.05) to settle near the second
     * language's asymptote on the shipped corpora, and for a head on the smaller corpora (Dutch, German: about
     * 1,700 tokens) to read its corpus more than a hundred times, as long as its own training takes.
     */
    public static final long DEFAULT_EXPOSURE = 200_000;

    public TransferSettings {
        if (exposure < 1 || exposure > WorkLimits.PRESENTATIONS) {
            throw new IllegalArgumentException("exposure must be from 1 to " + WorkLimits.PRESENTATIONS + ", was "
                    + exposure);
        }
        if (orders < 1 || orders > WorkLimits.REPLICATES) {
            throw new IllegalArgumentException("orders must be from 1 to " + WorkLimits.REPLICATES + ", was " + orders);
        }
        if (seeds < 1 || seeds > WorkLimits.REPLICATES) {
            throw new IllegalArgumentException("seeds must be from 1 to " + WorkLimits.REPLICATES + ", was " + seeds);
        }
        if (checkpoints < 2 || checkpoints > WorkLimits.CHECKPOINTS) {
            throw new IllegalArgumentException("checkpoints must be from 2 to " + WorkLimits.CHECKPOINTS + ", was "
                    + checkpoints);
        }
    }

    public static TransferSettings defaults() {
        return new TransferSettings(DEFAULT_EXPOSURE, 20, 10, 30);
    }

    public TransferSettings withExposure(long value) {
        return new TransferSettings(value, orders, seeds, checkpoints);
    }

    public TransferSettings withOrders(int value) {
        return new TransferSettings(exposure, value, seeds, checkpoints);
    }

    public TransferSettings withSeeds(int value) {
        return new TransferSettings(exposure, orders, value, checkpoints);
    }

    public TransferSettings withCheckpoints(int value) {
        return new TransferSettings(exposure, orders, seeds, value);
    }
}
