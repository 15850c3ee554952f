package org.cmsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What people (or simulated participants) chose, aggregated or trial by trial, in file order. */
public record ChoiceData(FeatureSpace space, List<ChoiceRow> rows) {

    public ChoiceData {
        Objects.requireNonNull(space, "space");
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the choice data have no rows");
        }
    }

    /** Rows summed per distinct stimulus, in order of first appearance. */
    public List<Condition> conditions() {
        return ChoiceFrame.of(rows).conditions();
    }

    /** True when every row names a subject, so that per-subject fits are possible. */
    public boolean hasSubjects() {
        return rows.stream().allMatch(row -> row.subject() != null);
    }

    /** Each subject's conditions, subjects sorted by name. */
    public Map<String, List<Condition>> conditionsBySubject() {
        return ChoiceFrame.of(rows).conditionsBySubject();
    }

    /** The levels of the grouping column ({@code fit --by}), in order of first appearance; empty without one. */
    public List<String> groups() {
        return ChoiceFrame.of(rows).groups();
    }

    /** The rows of one group. */
    public ChoiceData group(String level) {
        List<ChoiceRow> selected = new ArrayList<>();
        for (int r : ChoiceFrame.of(rows).rowsOfGroup(level)) {
            selected.add(rows.get(r));
        }
        return new ChoiceData(space, selected);
    }

    public long totalTrials() {
        return rows.stream().mapToLong(ChoiceRow::trials).sum();
    }
}
