package org.cmsim.model;

/**
 * Settings of the single attention head ({@code cmsim attention}): its sizes, where its query comes
 * from, how it reads out the decision, and how it is trained (Adam, Kingma &amp; Ba 2015).
 */
public record AttentionSettings(
        int dModel,
        int dK,
        int dV,
        Readout readout,
        QuerySource query,
        int epochs,
        int batchSize,
        double learningRate,
        double l2,
        double heldOut,
        int patience,
        L2Choice l2Choice) {

    /** How the head's output becomes P(agent = n1). */
    public enum Readout {
        /** P(agent = n_j) = a_j: the attention weights are the interpretation. */
        POINTER,
        /** P(n1) = sigmoid(w . sum_j a_j v_j + b): attention and decision can come apart. */
        VALUE
    }

    /** Where the query vector comes from. */
    public enum QuerySource {
        /** q = W_Q x_verb: the verb asks for its agent. */
        VERB,
        /** q = W_Q (verb category + position embedding): the verb's features are hidden from the query. */
        VERB_BLIND,
        /** q is a learned vector, the same for every sentence. */
        LEARNED
    }

    /**
     * How {@code cmsim run} (and {@code explain}, which trains the heads a run would) sets the heads' L2 weight
     * decay. A single head ({@code cmsim attention}) always trains at {@link #l2}.
     */
    public enum L2Choice {
        /** Chosen from a grid by cross-validation over sentence tokens: the config leaves {@code l2} out. */
        CROSS_VALIDATED,
        /** Used as set in the config: the heads are trained at {@link #l2} and scored on the folds at it alone. */
        AS_SET
    }

    public static final AttentionSettings DEFAULTS = new AttentionSettings(16, 8, 8, Readout.POINTER, QuerySource.VERB,
            500, 256, 0.01, 0.001, 0.1, 50, L2Choice.CROSS_VALIDATED);

    public AttentionSettings {
        if (dModel < 1 || dK < 1 || dV < 1) {
            throw new IllegalArgumentException("dModel, dK and dV must be positive");
        }
        if (epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("epochs and batchSize must be positive");
        }
        if (epochs > WorkLimits.EPOCHS) {
            throw new IllegalArgumentException("epochs must be at most " + WorkLimits.EPOCHS + ", was " + epochs);
        }
        if (!(learningRate > 0) || !(l2 >= 0)) {
            throw new IllegalArgumentException("learningRate must be positive and l2 non-negative");
        }
        if (!(heldOut >= 0 && heldOut < 1)) {
            throw new IllegalArgumentException("heldOut must lie in [0, 1)");
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be positive");
        }
        java.util.Objects.requireNonNull(l2Choice, "l2Choice");
    }

    public AttentionSettings withReadout(Readout value) {
        return new AttentionSettings(dModel, dK, dV, value, query, epochs, batchSize, learningRate, l2, heldOut,
                patience, l2Choice);
    }

    public AttentionSettings withQuery(QuerySource value) {
        return new AttentionSettings(dModel, dK, dV, readout, value, epochs, batchSize, learningRate, l2, heldOut,
                patience, l2Choice);
    }

    public AttentionSettings withEpochs(int value) {
        return new AttentionSettings(dModel, dK, dV, readout, query, value, batchSize, learningRate, l2, heldOut,
                patience, l2Choice);
    }

    public AttentionSettings withL2(double value) {
        return new AttentionSettings(dModel, dK, dV, readout, query, epochs, batchSize, learningRate, value, heldOut,
                patience, l2Choice);
    }

    /** These settings with an L2 that {@code cmsim run} uses as it is, as when a config sets {@code attention.l2}. */
    public AttentionSettings withL2AsSet(double value) {
        return new AttentionSettings(dModel, dK, dV, readout, query, epochs, batchSize, learningRate, value, heldOut,
                patience, L2Choice.AS_SET);
    }
}
