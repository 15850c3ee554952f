package org.cmsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What people (or simulated participants) chose, aggregated or trial by trial, in file order.
 *
 * <p>The sums per condition and per subject are asked for many times in one fit (the fit, its
 * standard errors, the bootstrap, cross-validation, the figures); they are summed once, from one
 * data frame of the rows, and kept.
 */
public final class ChoiceData {

    private final FeatureSpace space;
    private final List<ChoiceRow> rows;
    private ChoiceFrame frame;
    private List<Condition> conditions;
    private Map<String, List<Condition>> conditionsBySubject;

    public ChoiceData(FeatureSpace space, List<ChoiceRow> rows) {
        this.space = Objects.requireNonNull(space, "space");
        this.rows = List.copyOf(rows);
        if (this.rows.isEmpty()) {
            throw new IllegalArgumentException("the choice data have no rows");
        }
    }

    public FeatureSpace space() {
        return space;
    }

    public List<ChoiceRow> rows() {
        return rows;
    }

    /** Rows summed per distinct stimulus, in order of first appearance. */
    public synchronized List<Condition> conditions() {
        if (conditions == null) {
            conditions = List.copyOf(frame().conditions());
        }
        return conditions;
    }

    /** True when every row names a subject, so that per-subject fits are possible. */
    public boolean hasSubjects() {
        return rows.stream().allMatch(row -> row.subject() != null);
    }

    /** Each subject's conditions, subjects sorted by name. */
    public synchronized Map<String, List<Condition>> conditionsBySubject() {
        if (conditionsBySubject == null) {
            conditionsBySubject = java.util.Collections.unmodifiableMap(frame().conditionsBySubject());
        }
        return conditionsBySubject;
    }

    /** The levels of the grouping column ({@code fit --by}), in order of first appearance; empty without one. */
    public synchronized List<String> groups() {
        return frame().groups();
    }

    /** The rows of one group. */
    public synchronized ChoiceData group(String level) {
        List<ChoiceRow> selected = new ArrayList<>();
        for (int r : frame().rowsOfGroup(level)) {
            selected.add(rows.get(r));
        }
        return new ChoiceData(space, selected);
    }

    public long totalTrials() {
        return rows.stream().mapToLong(ChoiceRow::trials).sum();
    }

    private ChoiceFrame frame() {
        if (frame == null) {
            frame = ChoiceFrame.of(rows);
        }
        return frame;
    }
}
