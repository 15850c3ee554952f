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

    /** The same matrix with cues and outcomes sorted by name, so that output does not depend on file order. */
    public Weights sorted() {
        List<String> sortedCues = cues.stream().sorted().toList();
        List<String> sortedOutcomes = outcomes.stream().sorted().toList();
        double[][] sortedValues = new double[sortedCues.size()][sortedOutcomes.size()];
        for (int c = 0; c < sortedCues.size(); c++) {
            for (int o = 0; o < sortedOutcomes.size(); o++) {
                sortedValues[c][o] = get(sortedCues.get(c), sortedOutcomes.get(o));
            }
        }
        return new Weights(sortedCues, sortedOutcomes, sortedValues, events);
    }
}
