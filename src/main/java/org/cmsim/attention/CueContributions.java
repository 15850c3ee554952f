package org.cmsim.attention;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cmsim.model.AttentionSettings.Readout;
import org.cmsim.model.Cue;
import org.cmsim.model.Order;
import org.cmsim.model.Stimulus;

/**
 * What the trained head makes of each cue, in log-odds units comparable one for one with the
 * multiplicative rule's parameters (same names: {@code order=NVN}, ..., each cue's name).
 *
 * <p><b>Ablation</b> (both readouts). For a cue c, over the sentence types where c is present
 * (direction d_c != 0), weighted by their tokens:
 * <pre>   contribution_c = mean of d_c x (logit(sentence) - logit(sentence with c's information unknown))</pre>
 * where a contrast cue's feature is set to unknown on both nouns, and an agreement cue's features
 * on the verb ({@link Cue#withInformationUnknown}). In the multiplicative rule the same difference is exactly w_c d_c x d_c = w_c. For an
 * order level L, the contribution is the head's mean logit over the L sentences in which no cue
 * points either way (weighted by tokens): its preference for n1 given that order alone, which is
 * exactly {@code order=L} in the rule. When the data have no such sentence the contribution is
 * undefined (NaN, {@link #hasNeutralSentence}): an L sentence with every feature unknown would be an
 * input the head never saw, and its logit would measure nothing the head learned.
 *
 * <p><b>Score split</b> (pointer readout only). With the query fixed, s_1 - s_2 is linear in the
 * keys' summed embeddings ({@link AttentionHead#scoreSplit}): one term per feature plus a position
 * term, summing exactly to the logit. A cue's split is the mean of d_c x (its features' terms) over
 * the types where it is present; an order level's is the mean position term over its types. Unlike
 * the ablation it keeps the verb's query as it is, so the two can differ when the query itself
 * carries the cue (agreement does: the verb's features shape the query).
 */
public final class CueContributions {

    /** One parameter's contribution; {@code split} is NaN for the value readout. */
    public record Contribution(String parameter, double ablation, double split, double present) {
    }

    private CueContributions() {
    }

    public static List<String> parameters(List<Stimulus> stimuli, List<Cue> cues) {
        List<String> names = new ArrayList<>();
        levels(stimuli).forEach(level -> names.add(level.parameterName()));
        featureCues(cues).forEach(cue -> names.add(cue.name()));
        return names;
    }

    public static List<Contribution> of(AttentionHead head, Examples examples, List<Cue> cues) {
        return of(head, examples, cues, head.settings().readout() == Readout.POINTER);
    }

    /** The ablations alone (split NaN), cheaper: what the training trajectory records at each checkpoint. */
    public static List<Contribution> ablations(AttentionHead head, Examples examples, List<Cue> cues) {
        return of(head, examples, cues, false);
    }

    private static List<Contribution> of(AttentionHead head, Examples examples, List<Cue> cues, boolean withSplit) {
        List<Contribution> contributions = new ArrayList<>();
        int features = head.vocabulary().space().size();
        List<Cue> featureCues = featureCues(cues);
        // Each type's own logit is read by its order level and by every cue present in it: read it once.
        double[] logits = new double[examples.size()];
        boolean[] read = new boolean[examples.size()];
        for (Order level : levels(examples.stimuli())) {
            double present = 0;
            double split = 0;
            double neutralWeight = 0;
            double neutralLogit = 0;
            for (int e = 0; e < examples.size(); e++) {
                Stimulus stimulus = examples.stimuli().get(e);
                if (stimulus.order() != level) {
                    continue;
                }
                double w = examples.weight(e);
                present += w;
                if (withSplit) {
                    split += w * head.scoreSplit(examples.rows[e])[features];
                }
                if (featureCues.stream().allMatch(cue -> cue.direction(stimulus) == 0)) {
                    neutralWeight += w;
                    neutralLogit += w * logit(head, examples, e, logits, read);
                }
            }
            double ablation = neutralWeight > 0 ? neutralLogit / neutralWeight : Double.NaN;
            contributions.add(new Contribution(level.parameterName(), ablation,
                    withSplit && present > 0 ? split / present : Double.NaN, present));
        }
        for (Cue cue : featureCues) {
            double present = 0;
            double ablation = 0;
            double split = 0;
            for (int e = 0; e < examples.size(); e++) {
                Stimulus stimulus = examples.stimuli().get(e);
                int direction = cue.direction(stimulus);
                double w = examples.weight(e);
                if (direction == 0 || w == 0) {
                    continue;
                }
                present += w;
                ablation += w * direction * (logit(head, examples, e, logits, read)
                        - logit(head, cue.withInformationUnknown(stimulus)));
                if (withSplit) {
                    double[] terms = head.scoreSplit(examples.rows[e]);
                    for (int f : cue.featuresRead()) {
                        split += w * direction * terms[f];
                    }
                }
            }
            contributions.add(new Contribution(cue.name(), present > 0 ? ablation / present : Double.NaN,
                    withSplit && present > 0 ? split / present : Double.NaN, present));
        }
        return contributions;
    }

    /** Whether some sentence of this order has no feature cue pointing either way (the order level's reading). */
    public static boolean hasNeutralSentence(List<Stimulus> stimuli, List<Cue> cues, Order level) {
        List<Cue> featureCues = featureCues(cues);
        return stimuli.stream().anyMatch(s -> s.order() == level
                && featureCues.stream().allMatch(cue -> cue.direction(s) == 0));
    }

    /** Type e's logit, read once (its encoded rows are the examples' own when the head reads their vocabulary). */
    private static double logit(AttentionHead head, Examples examples, int e, double[] logits, boolean[] read) {
        if (!read[e]) {
            logits[e] = head.vocabulary() == examples.vocabulary() ? head.read(examples.rows[e]).logit()
                    : logit(head, examples.stimuli().get(e));
            read[e] = true;
        }
        return logits[e];
    }

    private static double logit(AttentionHead head, Stimulus stimulus) {
        return head.read(Examples.encode(head.vocabulary(), stimulus)).logit();
    }

    private static List<Order> levels(List<Stimulus> stimuli) {
        Set<Order> present = EnumSet.noneOf(Order.class);
        stimuli.forEach(s -> present.add(s.order()));
        return new ArrayList<>(present);
    }

    private static List<Cue> featureCues(List<Cue> cues) {
        return cues.stream().filter(c -> !c.perOrderLevel()).toList();
    }
}
