package org.cmsim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Choice data arranged for the fits: trials and n1 choices summed per condition (stimulus), per subject and
 * condition, and the levels of the grouping column. The rows come validated ({@code io/ChoiceReader} reports bad
 * input with its file and line); the frame only sums and sorts.
 *
 * <p>Plain maps over the rows, not a data-frame library: the sums are a few lines each, and a data-frame library's
 * start-up (Tablesaw scans the class path the first time a table is made) took longer than the whole fit.
 * Counts are summed as longs: whole numbers below 2^53 (the readers' bound on a file's total), so every sum is
 * exact and independent of the order it is taken in.
 */
public final class ChoiceFrame {

    private final List<ChoiceRow> rows;
    /** The distinct stimuli in order of first appearance. */
    private final List<Stimulus> stimuli;
    /** Each row's stimulus, as an index into {@link #stimuli}. */
    private final int[] stimulusOf;

    private ChoiceFrame(List<ChoiceRow> rows, List<Stimulus> stimuli, int[] stimulusOf) {
        this.rows = rows;
        this.stimuli = stimuli;
        this.stimulusOf = stimulusOf;
    }

    /** The frame of some choice rows; a missing subject or group counts as the empty name. */
    public static ChoiceFrame of(List<ChoiceRow> rows) {
        Map<Stimulus, Integer> index = new HashMap<>();
        List<Stimulus> stimuli = new ArrayList<>();
        int[] stimulusOf = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            stimulusOf[r] = index.computeIfAbsent(rows.get(r).stimulus(), s -> {
                stimuli.add(s);
                return stimuli.size() - 1;
            });
        }
        return new ChoiceFrame(List.copyOf(rows), List.copyOf(stimuli), stimulusOf);
    }

    /** Trials and n1 choices summed per stimulus, in order of the stimulus's first row. */
    public List<Condition> conditions() {
        long[] trials = new long[stimuli.size()];
        long[] n1 = new long[stimuli.size()];
        for (int r = 0; r < rows.size(); r++) {
            trials[stimulusOf[r]] += rows.get(r).trials();
            n1[stimulusOf[r]] += rows.get(r).n1Choices();
        }
        // Stimulus indices are given in order of first appearance: index order is first-row order.
        List<Condition> conditions = new ArrayList<>(stimuli.size());
        for (int s = 0; s < stimuli.size(); s++) {
            conditions.add(new Condition(stimuli.get(s), trials[s], n1[s]));
        }
        return conditions;
    }

    /**
     * Each subject's conditions (as {@link #conditions()}: in order of the condition's first row for that subject),
     * subjects sorted by name as text ({@code s1 < s10 < s2}).
     */
    public Map<String, List<Condition>> conditionsBySubject() {
        // Per subject, stimulus index -> {trials, n1}, kept in order of the subject's first row of each stimulus.
        Map<String, LinkedHashMap<Integer, long[]>> sums = new TreeMap<>();
        for (int r = 0; r < rows.size(); r++) {
            ChoiceRow row = rows.get(r);
            long[] sum = sums.computeIfAbsent(nameOf(row.subject()), s -> new LinkedHashMap<>())
                    .computeIfAbsent(stimulusOf[r], s -> new long[2]);
            sum[0] += row.trials();
            sum[1] += row.n1Choices();
        }
        Map<String, List<Condition>> bySubject = new LinkedHashMap<>();
        sums.forEach((subject, cells) -> {
            List<Condition> conditions = new ArrayList<>(cells.size());
            cells.forEach((s, sum) -> conditions.add(new Condition(stimuli.get(s), sum[0], sum[1])));
            bySubject.put(subject, conditions);
        });
        return bySubject;
    }

    /** The levels of the grouping column in order of their first row; rows without a level are left out. */
    public List<String> groups() {
        LinkedHashMap<String, Boolean> levels = new LinkedHashMap<>();
        for (ChoiceRow row : rows) {
            String level = nameOf(row.group());
            if (!level.isEmpty()) {
                levels.putIfAbsent(level, Boolean.TRUE);
            }
        }
        return List.copyOf(levels.keySet());
    }

    /** Positions (in the rows the frame was made of) of the rows in one level of the grouping column. */
    public int[] rowsOfGroup(String level) {
        int[] positions = new int[rows.size()];
        int count = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (nameOf(rows.get(r).group()).equals(level)) {
                positions[count++] = r;
            }
        }
        return java.util.Arrays.copyOf(positions, count);
    }

    private static String nameOf(String value) {
        return value == null ? "" : value;
    }

    /** Tablesaw's name for the sum of a column in a {@code summarize(...).by(...)} table. */
    public static String total(String column) {
        return "Sum [" + column + "]";
    }

    /**
     * Tablesaw's name for the least value of a column in a {@code summarize(...).by(...)} table: for a row
     * position, the position of a group's first row.
     */
    public static String first(String column) {
        return "Min [" + column + "]";
    }
}
