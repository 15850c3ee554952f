package org.cmsim.model;

import static tech.tablesaw.aggregate.AggregateFunctions.min;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Choice data as a Tablesaw data frame, one frame row per {@link ChoiceRow} in file order, and the group-bys the
 * fits read off it: trials and n1 choices summed per condition (stimulus), per subject and condition, and the
 * levels of the grouping column. The rows come validated ({@code io/ChoiceReader} reports bad input with its
 * file and line); the frame only sums and sorts.
 *
 * <p>Counts are summed as doubles by Tablesaw; they are whole numbers below 2^53 (the readers' bound on a file's
 * total), so every sum is exact and independent of the order it is taken in.
 */
public final class ChoiceFrame {

    static final String ROW = "row";
    static final String STIMULUS = "stimulus";
    static final String SUBJECT = "subject";
    /** Not "group": Tablesaw's summaries use a column of that name (names are case-insensitive) internally. */
    static final String GROUP = "level";
    static final String TRIALS = "trials";
    static final String N1 = "n1";

    private final Table table;
    /** The distinct stimuli in order of first appearance; the frame's stimulus column holds their index. */
    private final List<Stimulus> stimuli;

    private ChoiceFrame(Table table, List<Stimulus> stimuli) {
        this.table = table;
        this.stimuli = stimuli;
    }

    /** The frame of some choice rows; a missing subject or group is Tablesaw's missing string (empty). */
    public static ChoiceFrame of(List<ChoiceRow> rows) {
        Map<Stimulus, Integer> index = new HashMap<>();
        List<Stimulus> stimuli = new ArrayList<>();
        IntColumn row = IntColumn.create(ROW, rows.size());
        IntColumn stimulus = IntColumn.create(STIMULUS, rows.size());
        StringColumn subject = StringColumn.create(SUBJECT, rows.size());
        StringColumn group = StringColumn.create(GROUP, rows.size());
        LongColumn trials = LongColumn.create(TRIALS, rows.size());
        LongColumn n1 = LongColumn.create(N1, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            ChoiceRow choice = rows.get(r);
            row.set(r, r);
            stimulus.set(r, index.computeIfAbsent(choice.stimulus(), s -> {
                stimuli.add(s);
                return stimuli.size() - 1;
            }));
            setOrMissing(subject, r, choice.subject());
            setOrMissing(group, r, choice.group());
            trials.set(r, choice.trials());
            n1.set(r, choice.n1Choices());
        }
        return new ChoiceFrame(Tables.create("choices", row, stimulus, subject, group, trials, n1), List.copyOf(stimuli));
    }

    private static void setOrMissing(StringColumn column, int row, String value) {
        if (value == null) {
            column.setMissing(row);
        } else {
            column.set(row, value);
        }
    }

    /** Trials and n1 choices summed per stimulus, in order of the stimulus's first row. */
    public List<Condition> conditions() {
        return conditions(sums(STIMULUS).sortAscendingOn(first(ROW)));
    }

    /** Each subject's conditions (as {@link #conditions()}), subjects sorted by name. */
    public Map<String, List<Condition>> conditionsBySubject() {
        Table sums = sums(SUBJECT, STIMULUS).sortOn(SUBJECT, first(ROW));
        Map<String, List<Condition>> bySubject = new LinkedHashMap<>();
        for (Row row : sums) {
            bySubject.computeIfAbsent(row.getString(SUBJECT), s -> new ArrayList<>()).add(condition(row));
        }
        return bySubject;
    }

    /** The levels of the grouping column in order of their first row; rows without a level are left out. */
    public List<String> groups() {
        Table firsts = table.summarize(ROW, min).by(GROUP).sortAscendingOn(first(ROW));
        return firsts.stringColumn(GROUP).asList().stream().filter(level -> !level.isEmpty()).toList();
    }

    /** Positions (in the rows the frame was made of) of the rows in one level of the grouping column. */
    public int[] rowsOfGroup(String level) {
        return table.where(table.stringColumn(GROUP).isEqualTo(level)).intColumn(ROW).asIntArray();
    }

    /** Trials, n1 choices and the first row, summed by the given columns. */
    private Table sums(String... by) {
        return table.summarize(TRIALS, N1, ROW, sum, min).by(by);
    }

    private List<Condition> conditions(Table sums) {
        List<Condition> conditions = new ArrayList<>(sums.rowCount());
        for (Row row : sums) {
            conditions.add(condition(row));
        }
        return conditions;
    }

    private Condition condition(Row row) {
        return new Condition(stimuli.get(row.getInt(STIMULUS)), (long) row.getDouble(total(TRIALS)),
                (long) row.getDouble(total(N1)));
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
