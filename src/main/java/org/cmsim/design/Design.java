package org.cmsim.design;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cmsim.model.Cue;
import org.cmsim.model.Order;
import org.cmsim.model.Stimulus;

/**
 * The design matrix shared by the choice rules: one row per condition, one column per parameter.
 * The first columns are the order levels present (one-hot: "the preference for n1 given that
 * order"), the rest are the cues' directions (+1 favours n1, -1 favours n2, 0 absent). There is no
 * other intercept: each order level's column is the intercept of the sentences of that order.
 */
public final class Design {

    private final List<Order> levels;
    private final List<Cue> cues;
    private final List<Stimulus> stimuli;
    private final List<String> parameters;
    private final double[][] x;

    private Design(List<Order> levels, List<Cue> cues, List<Stimulus> stimuli) {
        this.levels = List.copyOf(levels);
        this.cues = List.copyOf(cues);
        this.stimuli = List.copyOf(stimuli);
        List<String> names = new ArrayList<>();
        levels.forEach(level -> names.add(level.parameterName()));
        cues.forEach(cue -> names.add(cue.name()));
        this.parameters = List.copyOf(names);
        this.x = new double[stimuli.size()][names.size()];
        for (int i = 0; i < stimuli.size(); i++) {
            Stimulus stimulus = stimuli.get(i);
            int level = levels.indexOf(stimulus.order());
            if (level < 0) {
                throw new IllegalArgumentException("order " + stimulus.order() + " is not a level of this design");
            }
            x[i][level] = 1;
            for (int c = 0; c < cues.size(); c++) {
                x[i][levels.size() + c] = cues.get(c).direction(stimulus);
            }
        }
    }

    /**
     * The design for these stimuli: order levels as they occur (in NVN, NNV, VNN order) and the
     * non-order cues, in config order. The order cue itself becomes the level columns.
     */
    public static Design of(List<Stimulus> stimuli, List<Cue> cues) {
        Set<Order> present = EnumSet.noneOf(Order.class);
        stimuli.forEach(s -> present.add(s.order()));
        List<Cue> featureCues = cues.stream().filter(c -> !c.perOrderLevel()).toList();
        return new Design(new ArrayList<>(present), featureCues, stimuli);
    }

    /** The same columns for other stimuli (for predictions on a different set of conditions). */
    public Design withStimuli(List<Stimulus> others) {
        return new Design(levels, cues, others);
    }

    public List<String> parameters() {
        return parameters;
    }

    public int parameterCount() {
        return parameters.size();
    }

    public int rows() {
        return x.length;
    }

    public List<Order> levels() {
        return levels;
    }

    public List<Cue> cues() {
        return cues;
    }

    public List<Stimulus> stimuli() {
        return stimuli;
    }

    /** Row {@code i} of the matrix (shared, not copied: do not modify). */
    public double[] row(int i) {
        return x[i];
    }

    /** A copy of row {@code i} of the matrix (order-level indicators, then cue directions). */
    public double[] matrixRow(int i) {
        return x[i].clone();
    }

    /** Index of row {@code i}'s order level among {@link #levels()}. */
    public int level(int i) {
        for (int l = 0; l < levels.size(); l++) {
            if (x[i][l] != 0) {
                return l;
            }
        }
        throw new IllegalStateException("row without an order level");
    }

    /** Direction of cue {@code c} (an index into {@link #cues()}) in row {@code i}. */
    public int direction(int i, int c) {
        return (int) x[i][levels.size() + c];
    }
}
