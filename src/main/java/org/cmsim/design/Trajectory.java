package org.cmsim.design;

import java.util.ArrayList;
import java.util.List;

/**
 * A learner's weights at checkpoints: {@code values[c][j]} is parameter j after {@code steps[c]}
 * sentence presentations.
 */
public record Trajectory(String learner, List<String> parameters, long[] steps, double[][] values) {

    public Trajectory {
        parameters = List.copyOf(parameters);
        steps = steps.clone();
        values = values.clone();
    }

    public double[] at(int checkpoint) {
        return values[checkpoint].clone();
    }

    public double[] last() {
        return at(steps.length - 1);
    }

    /** A change of leader: from {@code step} on, {@code parameter} has the largest absolute weight. */
    public record Lead(long step, String parameter, double value) {
    }

    /**
     * When each parameter takes the lead (largest |weight|), checkpoint by checkpoint: the data to
     * check "overall validity first, conflict validity later" (McDonald &amp; MacWhinney 1991).
     * Checkpoints where every weight is still zero have no leader.
     */
    public List<Lead> leads() {
        List<Lead> leads = new ArrayList<>();
        int current = -1;
        for (int c = 0; c < steps.length; c++) {
            int leader = -1;
            double largest = 0;
            for (int j = 0; j < parameters.size(); j++) {
                if (Math.abs(values[c][j]) > largest) {
                    largest = Math.abs(values[c][j]);
                    leader = j;
                }
            }
            if (leader >= 0 && leader != current) {
                leads.add(new Lead(steps[c], parameters.get(leader), values[c][leader]));
                current = leader;
            }
        }
        return leads;
    }

    /** Steps 0 and n, and about {@code count} log-spaced steps between, so early learning is visible. */
    public static long[] logSpacedSteps(long n, int count) {
        java.util.TreeSet<Long> steps = new java.util.TreeSet<>();
        steps.add(0L);
        steps.add(n);
        for (int c = 0; c < count; c++) {
            steps.add(Math.max(1, Math.round(Math.pow(n, (double) c / (count - 1)))));
        }
        return steps.stream().mapToLong(Long::longValue).toArray();
    }
}
