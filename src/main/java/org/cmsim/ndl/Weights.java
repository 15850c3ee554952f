package org.cmsim.ndl;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A learned cue x outcome association matrix with its cue and outcome names. */
public record Weights(List<String> cues, List<String> outcomes, double[][] values, long events) {

    public Weights {
        cues = List.copyOf(cues);
        outcomes = List.copyOf(outcomes);
    }

    public double get(String cue, String outcome) {
        int c = cues.indexOf(cue);
        int o = outcomes.indexOf(outcome);
        return c < 0 || o < 0 ? 0 : values[c][o];
    }

    /**
     * The same matrix with cues and outcomes sorted by name, so that output does not depend on file order.
     * Rows and columns move by their positions (names are unique), in time that follows the matrix's size.
     */
    public Weights sorted() {
        int[] cueOrder = order(cues);
        int[] outcomeOrder = order(outcomes);
        double[][] sortedValues = new double[cueOrder.length][outcomeOrder.length];
        for (int c = 0; c < cueOrder.length; c++) {
            for (int o = 0; o < outcomeOrder.length; o++) {
                sortedValues[c][o] = values[cueOrder[c]][outcomeOrder[o]];
            }
        }
        return new Weights(pick(cues, cueOrder), pick(outcomes, outcomeOrder), sortedValues, events);
    }

    /**
     * The positions of {@code names} in the order of the names (String.compareTo), found by sorting the
     * names with their positions attached: a loop, not a comparator lambda and a stream, whose first use
     * loads some 30 classes into a process that runs for a fraction of a second.
     */
    private static int[] order(List<String> names) {
        String[] tagged = new String[names.size()];
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < tagged.length; i++) {
            tagged[i] = names.get(i);
            position.put(tagged[i], i);
        }
        Arrays.sort(tagged);
        int[] positions = new int[tagged.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = position.get(tagged[i]);
        }
        return positions;
    }

    private static List<String> pick(List<String> names, int[] order) {
        String[] picked = new String[order.length];
        for (int i = 0; i < order.length; i++) {
            picked[i] = names.get(order[i]);
        }
        return List.of(picked);
    }
}
