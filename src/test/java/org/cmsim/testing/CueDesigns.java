package org.cmsim.testing;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.design.Design;
import org.cmsim.model.ContrastCue;
import org.cmsim.model.Cue;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.Stimulus;

/**
 * Designs written as the directions the tests reason about: each row is an order and one direction
 * (+1, -1 or 0) per cue. Cue c ({@code c0}, {@code c1}, ...) is a contrast cue on its own two-valued
 * feature, favoured value 1, so that n1 = 1 and n2 = 0 points to n1, the reverse to n2, and unknown
 * values on both nouns leave it absent.
 */
public final class CueDesigns {

    private CueDesigns() {
    }

    /** The design whose row i has order {@code orders[i]} and cue directions {@code directions[i]}. */
    public static Design of(Order[] orders, int[][] directions) {
        int cues = directions[0].length;
        List<Stimulus> stimuli = new ArrayList<>();
        for (int i = 0; i < orders.length; i++) {
            int[] n1 = new int[cues];
            int[] n2 = new int[cues];
            for (int c = 0; c < cues; c++) {
                int d = directions[i][c];
                n1[c] = d > 0 ? 1 : d < 0 ? 0 : FeatureValues.UNKNOWN;
                n2[c] = d > 0 ? 0 : d < 0 ? 1 : FeatureValues.UNKNOWN;
            }
            stimuli.add(new Stimulus(orders[i], new FeatureValues(n1), FeatureValues.unknown(cues),
                    new FeatureValues(n2)));
        }
        List<Cue> cueList = new ArrayList<>();
        for (int c = 0; c < cues; c++) {
            cueList.add(new ContrastCue("c" + c, c, "f" + c, 1, "yes"));
        }
        return Design.of(stimuli, cueList);
    }

    /** Every row in word order NVN. */
    public static Design nvn(int[][] directions) {
        Order[] orders = new Order[directions.length];
        java.util.Arrays.fill(orders, Order.NVN);
        return of(orders, directions);
    }
}
