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
        int patience) {

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

    public static final AttentionSettings DEFAULTS =
            new AttentionSettings(16, 8, 8, Readout.POINTER, QuerySource.VERB, 500, 256, 0.01, 0.001, 0.1, 50);

    public AttentionSettings {
        if (dModel < 1 || dK < 1 || dV < 1) {
            throw new IllegalArgumentException("dModel, dK and dV must be positive");
        }
        if (epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("epochs and batchSize must be positive");
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
    }

    public AttentionSettings withReadout(Readout value) {
        return new AttentionSettings(dModel, dK, dV, value, query, epochs, batchSize, learningRate, l2, heldOut,
                patience);
    }

    public AttentionSettings withQuery(QuerySource value) {
        return new AttentionSettings(dModel, dK, dV, readout, value, epochs, batchSize, learningRate, l2, heldOut,
                patience);
    }

    public AttentionSettings withEpochs(int value) {
        return new AttentionSettings(dModel, dK, dV, readout, query, value, batchSize, learningRate, l2, heldOut,
                patience);
    }

    public AttentionSettings withL2(double value) {
        return new AttentionSettings(dModel, dK, dV, readout, query, epochs, batchSize, learningRate, value, heldOut,
                patience);
    }
}
