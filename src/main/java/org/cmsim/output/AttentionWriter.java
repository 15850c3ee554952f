package org.cmsim.output;

import org.cmsim.attention.AdamTrainer;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.attention.HeldOutSplit;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.model.FeatureSpace;

/**
 * What {@code cmsim attention} writes for one trained head: attention.csv, cue-contributions.csv, qkv.json
 * and trajectory.csv.
 */
public final class AttentionWriter {

    private AttentionWriter() {
    }

    public static void write(DirectoryTarget target, AttentionStudy.Result head, FeatureSpace features, long seed)
            throws OutputException {
        try (OutputDirectory out = target.open()) {
            out.writeCsv(OutputNames.ATTENTION, AttentionTables.attention(head, features));
            out.writeCsv(OutputNames.CUE_CONTRIBUTIONS, AttentionTables.contributions(head));
            out.writeJson(OutputNames.QKV, AttentionTables.qkv(head, seed));
            out.writeCsv(OutputNames.TRAJECTORY, AttentionTables.trajectory(head.trajectory()));
            out.commit();
        }
    }

    /** What the terminal shows: the cue contributions, then how training went. */
    public static String summary(AttentionStudy.Result head) {
        AdamTrainer.Result training = head.training();
        String trained = Double.isFinite(training.heldOutLoss())
                ? String.format("trained %d epochs (kept epoch %d%s), held-out loss %.4f%n", training.epochs(),
                        training.bestEpoch(), training.stoppedEarly() ? ", stopped early" : "", training.heldOutLoss())
                : String.format("trained %d epochs on every token (too few to hold %d out for early stopping),"
                        + " training loss %.4f%n", training.epochs(), HeldOutSplit.MINIMUM_HELD_OUT,
                        training.trainLoss());
        return AttentionTables.contributions(head).toText() + trained;
    }
}
