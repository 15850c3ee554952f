package org.cmsim.reactiontime;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cmsim.model.Cue;
import org.cmsim.model.Order;
import org.cmsim.model.OrderCue;

/**
 * Whether the cues of a sentence conflict or converge, the contrast of the reaction-time literature (MacWhinney,
 * Bates &amp; Kliegl 1984; Li, Bates &amp; MacWhinney 1993; Kempe &amp; MacWhinney 1999: conflict sentences are
 * slower), as {@link Cue#inConflict} defines it for every part of cmsim: the present cues point to both nouns.
 * What this class adds is how word order points when there is no corpus.
 *
 * <p>Word order points by level. Validity takes each level's direction from a corpus (its majority agent,
 * {@link OrderCue#withMajorityDirections}); without a corpus a level points where the rule's order parameter for
 * it points, the listeners' own reading of the order ({@link #orderBySign}).
 */
public final class CueConflict {

    private CueConflict() {
    }

    /**
     * The cues with each order cue's levels pointing by the sign of its parameter ({@code order=NVN} > 0: n1);
     * a level the config declares neutral, or whose parameter is 0 or not estimated, points nowhere.
     */
    public static List<Cue> orderBySign(List<Cue> cues, Map<String, Double> orderParameters) {
        List<Cue> resolved = new ArrayList<>(cues.size());
        for (Cue cue : cues) {
            if (cue instanceof OrderCue order) {
                Map<Order, Integer> directions = new EnumMap<>(Order.class);
                for (Order level : Order.values()) {
                    Double weight = orderParameters.get(level.parameterName());
                    if (weight != null && !order.neutral().contains(level) && !Double.isNaN(weight)) {
                        directions.put(level, (int) Math.signum(weight));
                    }
                }
                resolved.add(new OrderCue(order.name(), order.neutral(), directions));
            } else {
                resolved.add(cue);
            }
        }
        return resolved;
    }
}
