package org.cmsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
        return aggregate(rows);
    }

    /** True when every row names a subject, so that per-subject fits are possible. */
    public boolean hasSubjects() {
        return rows.stream().allMatch(row -> row.subject() != null);
    }

    /** Each subject's conditions, subjects sorted by name. */
    public Map<String, List<Condition>> conditionsBySubject() {
        Map<String, List<ChoiceRow>> bySubject = new TreeMap<>();
        for (ChoiceRow row : rows) {
            bySubject.computeIfAbsent(row.subject(), s -> new ArrayList<>()).add(row);
        }
        Map<String, List<Condition>> result = new LinkedHashMap<>();
        bySubject.forEach((subject, subjectRows) -> result.put(subject, aggregate(subjectRows)));
        return result;
    }

    /** The levels of the grouping column ({@code fit --by}), in order of first appearance; empty without one. */
    public List<String> groups() {
        return rows.stream().map(ChoiceRow::group).filter(Objects::nonNull).distinct().toList();
    }

    /** The rows of one group. */
    public ChoiceData group(String level) {
        return new ChoiceData(space, rows.stream().filter(row -> level.equals(row.group())).toList());
    }

    public long totalTrials() {
        return rows.stream().mapToLong(ChoiceRow::trials).sum();
    }

    static List<Condition> aggregate(List<ChoiceRow> rows) {
        Map<Stimulus, long[]> sums = new LinkedHashMap<>();
        for (ChoiceRow row : rows) {
            long[] sum = sums.computeIfAbsent(row.stimulus(), s -> new long[2]);
            sum[0] += row.trials();
            sum[1] += row.n1Choices();
        }
        List<Condition> conditions = new ArrayList<>(sums.size());
        sums.forEach((stimulus, sum) -> conditions.add(new Condition(stimulus, sum[0], sum[1])));
        return conditions;
    }
}
