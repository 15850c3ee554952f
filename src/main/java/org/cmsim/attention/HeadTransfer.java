package org.cmsim.attention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.design.Trajectory;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.Cue;

/**
 * An attention head that brings what it learned on one language to another: the first language's head,
 * its parameters laid onto the second language's vocabulary, then trained on the second language's
 * sentences for a fixed exposure (the Unified Competition Model's transfer, MacWhinney 2005, read as a
 * warm start).
 *
 * <p><i>What carries over.</i> The projections (W_Q, W_K, the learned query, W_V and the readout) are the
 * same numbers in both languages. Embedding rows are matched by name ({@link Vocabulary#rowNames}:
 * {@code noun}, {@code case=nom}, {@code position=0}, ...): a row the first language has keeps its
 * vector; a feature value only the second language has starts at zero, so that it adds nothing to a
 * token until the second language teaches it something.
 *
 * <p><i>Exposure.</i> The head reads the second corpus in epochs of its sentence types, each batch a
 * weighted mean over types as in {@link AdamTrainer}; exposure counts the tokens presented, as the delta
 * rule's does. Every replicate runs the same exposure without early stopping, so the checkpoints line
 * up; the value at checkpoint t is the head's after the batch in which the t-th token was presented.
 */
public final class HeadTransfer {

    private HeadTransfer() {
    }

    /** Why two heads cannot share their parameters, or empty when they can. */
    public static java.util.Optional<String> incompatibility(AttentionSettings from, AttentionSettings to) {
        if (from.dModel() != to.dModel() || from.dK() != to.dK() || from.dV() != to.dV()) {
            return java.util.Optional.of(String.format(java.util.Locale.ROOT, "the heads' sizes differ (dModel, dK,"
                    + " dV: %d, %d, %d against %d, %d, %d)", from.dModel(), from.dK(), from.dV(), to.dModel(), to.dK(),
                    to.dV()));
        }
        if (from.readout() != to.readout() || from.query() != to.query()) {
            return java.util.Optional.of("the heads' readout or query differ (" + from.readout() + ", " + from.query()
                    + " against " + to.readout() + ", " + to.query() + ")");
        }
        return java.util.Optional.empty();
    }

    /** A head trained on {@code examples} from a seeded start, with early stopping, as {@code cmsim attention} trains. */
    public static AttentionHead trained(Examples examples, AttentionSettings settings, long seed) {
        return AttentionStudy.trainHead(examples, settings, seed, (presented, head) -> { }).head();
    }

    /** The head's ablation contributions on {@code examples}, one per parameter of {@link CueContributions#parameters}. */
    public static double[] contributions(AttentionHead head, Examples examples, List<Cue> cues) {
        return CueContributions.ablations(head, examples, cues).stream()
                .mapToDouble(CueContributions.Contribution::ablation).toArray();
    }

    /**
     * A head over {@code vocabulary} whose parameters are {@code from}'s: projections as they are, embedding
     * rows matched by name, rows {@code from} lacks at zero.
     */
    public static AttentionHead carriedOver(AttentionHead from, Vocabulary vocabulary, AttentionSettings settings) {
        if (incompatibility(from.settings(), settings).isPresent()) {
            throw new IllegalArgumentException(incompatibility(from.settings(), settings).get());
        }
        AttentionHead to = new AttentionHead(vocabulary, settings);
        double[] source = from.parameters();
        double[] target = new double[to.parameterCount()];
        int d = settings.dModel();
        Map<String, Integer> sourceRows = new HashMap<>();
        List<String> fromNames = from.vocabulary().rowNames();
        for (int r = 0; r < fromNames.size(); r++) {
            sourceRows.put(fromNames.get(r), r);
        }
        List<String> toNames = vocabulary.rowNames();
        for (int r = 0; r < toNames.size(); r++) {
            Integer s = sourceRows.get(toNames.get(r));
            if (s != null) {
                System.arraycopy(source, from.layout().embeddings + s * d, target, to.layout().embeddings + r * d, d);
            }
        }
        // Everything after the embedding table has one layout in both heads (same settings).
        int fromRest = from.layout().wq;
        int toRest = to.layout().wq;
        System.arraycopy(source, fromRest, target, toRest, source.length - fromRest);
        to.restore(target);
        return to;
    }

    /**
     * Trains {@code head} (changed in place) on {@code examples} with Adam at {@code settings}' step size and
     * L2 until {@code exposure} tokens have been presented, batches in an order drawn from {@code seed}, and
     * records its contributions at the {@code checkpoints} (token counts, ascending, the first 0).
     */
    public static Trajectory train(AttentionHead head, Examples examples, List<Cue> cues, long exposure,
                                   long[] checkpoints, long seed) {
        double tokens = examples.totalWeight();
        int epochs = (int) Math.max(1, Math.ceil(exposure / tokens));
        AttentionSettings settings = head.settings();
        AttentionSettings fixed = new AttentionSettings(settings.dModel(), settings.dK(), settings.dV(),
                settings.readout(), settings.query(), epochs, settings.batchSize(), settings.learningRate(),
                settings.l2(), settings.heldOut(), settings.patience(), settings.l2Choice());
        AttentionHead training = new AttentionHead(head.vocabulary(), fixed);
        training.restore(head.parameters());
        List<double[]> values = new ArrayList<>();
        int[] next = {0};
        while (next[0] < checkpoints.length && checkpoints[next[0]] == 0) {
            values.add(contributions(training, examples, cues));
            next[0]++;
        }
        AdamTrainer.train(training, examples, null, seed, (presented, trained) -> {
            if (next[0] < checkpoints.length && presented >= checkpoints[next[0]]) {
                double[] now = contributions(trained, examples, cues);
                while (next[0] < checkpoints.length && presented >= checkpoints[next[0]]) {
                    values.add(now);
                    next[0]++;
                }
            }
        });
        head.restore(training.parameters());
        return new Trajectory("attention", CueContributions.parameters(examples.stimuli(), cues), checkpoints,
                values.toArray(new double[0][]));
    }
}
