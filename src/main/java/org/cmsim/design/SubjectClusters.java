package org.cmsim.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.model.Condition;
import org.cmsim.model.Stimulus;

/**
 * Each subject's choices as counts on the rows of one design: the clusters that a cluster bootstrap resamples
 * and that cross-validation by subject holds out whole. Subjects in name order.
 */
public record SubjectClusters(List<String> subjects, List<Counts> counts) {

    public SubjectClusters {
        subjects = List.copyOf(subjects);
        counts = List.copyOf(counts);
        if (subjects.size() != counts.size() || subjects.size() < 2) {
            throw new IllegalArgumentException("one count per subject, at least two subjects");
        }
    }

    /** Counts of each subject's conditions on the rows of {@code design} (rows a subject did not see: 0 of 0). */
    public static SubjectClusters of(Design design, Map<String, List<Condition>> bySubject) {
        Map<Stimulus, Integer> row = new HashMap<>();
        for (int i = 0; i < design.rows(); i++) {
            row.putIfAbsent(design.stimuli().get(i), i);
        }
        List<String> names = new ArrayList<>();
        List<Counts> counts = new ArrayList<>();
        bySubject.forEach((subject, conditions) -> {
            long[] trials = new long[design.rows()];
            long[] n1 = new long[design.rows()];
            for (Condition condition : conditions) {
                int i = row.get(condition.stimulus());
                trials[i] += condition.trials();
                n1[i] += condition.n1Choices();
            }
            names.add(subject);
            counts.add(new Counts(trials, n1));
        });
        return new SubjectClusters(names, counts);
    }

    public int size() {
        return subjects.size();
    }

    /** The summed counts of the subjects at these indices (an index may repeat: a bootstrap draw). */
    public Counts sum(int[] chosen) {
        int rows = counts.get(0).size();
        long[] trials = new long[rows];
        long[] n1 = new long[rows];
        for (int s : chosen) {
            Counts c = counts.get(s);
            for (int i = 0; i < rows; i++) {
                trials[i] += c.trials()[i];
                n1[i] += c.n1()[i];
            }
        }
        return new Counts(trials, n1);
    }
}
