package org.cmsim.ndl;

import java.util.List;

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
        Integer[] cueOrder = order(cues);
        Integer[] outcomeOrder = order(outcomes);
        double[][] sortedValues = new double[cueOrder.length][outcomeOrder.length];
        for (int c = 0; c < cueOrder.length; c++) {
            for (int o = 0; o < outcomeOrder.length; o++) {
                sortedValues[c][o] = values[cueOrder[c]][outcomeOrder[o]];
            }
        }
        return new Weights(java.util.Arrays.stream(cueOrder).map(cues::get).toList(),
                java.util.Arrays.stream(outcomeOrder).map(outcomes::get).toList(), sortedValues, events);
    }

    /** The positions of {@code names} in the order of the names. */
    private static Integer[] order(List<String> names) {
        Integer[] positions = new Integer[names.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        java.util.Arrays.sort(positions, java.util.Comparator.comparing(names::get));
        return positions;
    }
}
