package org.cmsim.competition;

import static tech.tablesaw.aggregate.AggregateFunctions.min;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cmsim.design.Design;
import org.cmsim.model.ChoiceFrame;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.Stimulus;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Trial-level choices arranged for the mixed multiplicative rule: cells (subject x item x condition, with
 * their trials and n1 choices), the fixed-effects matrix X, the rule's own design row z (the columns that
 * carry the subject deviations), and the subject and item of each cell.
 *
 * <p>With groups ({@code fit --by}) a fixed parameter is either shared by all groups or has one column per
 * group (named {@code parameter|group}); subjects belong to one group, items are split by group (a shared item
 * becomes one level per group), and every group has its own variance components. The model with every
 * parameter separate is then exactly the separate fits of the groups added up, which is what the
 * likelihood-ratio tests compare against.
 *
 * <p>Variance-component index layout (theta): per group g, the k subject SDs at g*k + j, then the item SDs at
 * groups*k + g (or at g when there is no subject factor).
 */
public final class MixedDesign {

    private static final String GROUP = "group_index";
    private static final String SUBJECT = "subject_key";
    private static final String ITEM = "item_key";
    private static final String DESIGN_ROW = "design_row";
    private static final String CELL = "cell";
    private static final String TRIALS = "trials";
    private static final String N1 = "n1";

    final int cells;
    final double[][] x;
    final double[][] z;
    final long[] trials;
    final long[] n1;
    final int[] subject;
    final int[] item;
    final int[] subjectGroup;
    final int[] itemGroup;
    final int k;
    final int groups;
    final Set<RandomFactor> factors;
    private final List<String> fixedNames;
    private final List<String> baseNames;
    private final List<String> groupNames;
    private final List<String> subjectNames;

    private MixedDesign(Design base, List<ChoiceRow> rows, Set<RandomFactor> factors, List<String> groupNames,
                        boolean[] shared) {
        this.factors = Set.copyOf(factors);
        this.k = base.parameterCount();
        this.baseNames = base.parameters();
        this.groupNames = List.copyOf(groupNames);
        this.groups = Math.max(1, groupNames.size());
        Map<Stimulus, Integer> designRow = new HashMap<>();
        for (int i = 0; i < base.rows(); i++) {
            designRow.putIfAbsent(base.stimuli().get(i), i);
        }
        Map<String, Integer> groupIndex = new HashMap<>();
        for (int g = 0; g < groupNames.size(); g++) {
            groupIndex.put(groupNames.get(g), g);
        }
        Table frame = frame(rows, designRow, groupIndex);
        // Levels of each factor: its keys (group, then name) in sorted order, each with its group.
        Table subjectLevels = frame.summarize(GROUP, min).by(SUBJECT).sortAscendingOn(SUBJECT);
        Table itemLevels = frame.summarize(GROUP, min).by(ITEM).sortAscendingOn(ITEM);
        Map<String, Integer> subjectLevel = levels(subjectLevels.stringColumn(SUBJECT));
        Map<String, Integer> itemLevel = levels(itemLevels.stringColumn(ITEM));
        this.subjectGroup = groupOfLevels(subjectLevels);
        this.itemGroup = groupOfLevels(itemLevels);
        this.subjectNames = subjectLevels.stringColumn(SUBJECT).asList().stream()
                .map(key -> key.substring(key.indexOf('\u0000') + 1)).toList();
        // Cells: one per (group, subject, item, condition), sorted by their key so that the fit never depends on
        // the order of the file's rows. Group, design row, subject and item are the same on every row of a
        // cell: their minimum is their value.
        Table cellSums = frame.summarize(TRIALS, N1, GROUP, DESIGN_ROW, sum, min).by(CELL).sortAscendingOn(CELL);
        List<String> names = new ArrayList<>();
        int[][] column = new int[k][groups];
        for (int j = 0; j < k; j++) {
            for (int g = 0; g < groups; g++) {
                if (g == 0 || !shared[j]) {
                    names.add(groupNames.isEmpty() || shared[j] ? baseNames.get(j)
                            : baseNames.get(j) + "|" + groupNames.get(g));
                }
                column[j][g] = names.size() - 1;
            }
        }
        this.fixedNames = List.copyOf(names);
        this.cells = cellSums.rowCount();
        this.x = new double[cells][names.size()];
        this.z = new double[cells][];
        this.trials = new long[cells];
        this.n1 = new long[cells];
        this.subject = new int[cells];
        this.item = new int[cells];
        for (int c = 0; c < cells; c++) {
            Row cell = cellSums.row(c);
            int g = (int) cell.getDouble(ChoiceFrame.first(GROUP));
            String[] keys = cell.getString(CELL).split("\u0001");
            z[c] = base.row((int) cell.getDouble(ChoiceFrame.first(DESIGN_ROW)));
            for (int j = 0; j < k; j++) {
                x[c][column[j][g]] += z[c][j];
            }
            trials[c] = (long) cell.getDouble(ChoiceFrame.total(TRIALS));
            n1[c] = (long) cell.getDouble(ChoiceFrame.total(N1));
            subject[c] = factors.contains(RandomFactor.SUBJECT) ? subjectLevel.get(keys[0]) : -1;
            item[c] = factors.contains(RandomFactor.ITEM) ? itemLevel.get(keys[1]) : -1;
        }
    }

    /**
     * One frame row per choice row: its group's index, its subject and item keys (group, NUL, name: a shared item
     * is one level per group), its row of the design, its cell's key (subject key, item key and design row,
     * joined by \u0001) and its trials and n1 choices.
     */
    private static Table frame(List<ChoiceRow> rows, Map<Stimulus, Integer> designRow, Map<String, Integer> groupIndex) {
        IntColumn group = IntColumn.create(GROUP, rows.size());
        StringColumn subject = StringColumn.create(SUBJECT, rows.size());
        StringColumn item = StringColumn.create(ITEM, rows.size());
        IntColumn design = IntColumn.create(DESIGN_ROW, rows.size());
        StringColumn cell = StringColumn.create(CELL, rows.size());
        LongColumn trials = LongColumn.create(TRIALS, rows.size());
        LongColumn n1 = LongColumn.create(N1, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ChoiceRow row = rows.get(i);
            Integer r = designRow.get(row.stimulus());
            if (r == null) {
                throw new IllegalArgumentException("a row's stimulus is not in the design");
            }
            int g = groupIndex.isEmpty() ? 0 : groupIndex.get(row.group());
            String subjectKey = g + "\u0000" + nullToEmpty(row.subject());
            String itemKey = g + "\u0000" + nullToEmpty(row.item());
            group.set(i, g);
            subject.set(i, subjectKey);
            item.set(i, itemKey);
            design.set(i, r);
            cell.set(i, subjectKey + "\u0001" + itemKey + "\u0001" + r);
            trials.set(i, row.trials());
            n1.set(i, row.n1Choices());
        }
        return Table.create("cells", group, subject, item, design, cell, trials, n1);
    }

    /** One model for all rows, no groups. */
    public static MixedDesign of(Design base, List<ChoiceRow> rows, Set<RandomFactor> factors) {
        return new MixedDesign(base, rows, factors, List.of(), new boolean[base.parameterCount()]);
    }

    /**
     * Groups named by each row's {@code group}: parameter j is one column shared by every group when
     * {@code shared[j]}, else one column per group.
     */
    public static MixedDesign grouped(Design base, List<ChoiceRow> rows, Set<RandomFactor> factors,
                                      List<String> groups, boolean[] shared) {
        if (shared.length != base.parameterCount() || groups.isEmpty()) {
            throw new IllegalArgumentException("one sharing flag per parameter and at least one group");
        }
        return new MixedDesign(base, rows, factors, groups, shared.clone());
    }

    public List<String> fixedNames() {
        return fixedNames;
    }

    /** The rule's parameters, which the subject deviations follow. */
    public List<String> baseNames() {
        return baseNames;
    }

    public List<String> groupNames() {
        return groupNames;
    }

    int fixedCount() {
        return fixedNames.size();
    }

    int subjectLevels() {
        return factors.contains(RandomFactor.SUBJECT) ? subjectGroup.length : 0;
    }

    int itemLevels() {
        return factors.contains(RandomFactor.ITEM) ? itemGroup.length : 0;
    }

    /** Number of variance components: k per group for subjects, one per group for items. */
    public int thetaCount() {
        return (factors.contains(RandomFactor.SUBJECT) ? groups * k : 0)
                + (factors.contains(RandomFactor.ITEM) ? groups : 0);
    }

    int subjectTheta(int level, int j) {
        return subjectGroup[level] * k + j;
    }

    int itemTheta(int level) {
        return (factors.contains(RandomFactor.SUBJECT) ? groups * k : 0) + itemGroup[level];
    }

    /** Number of subjects (0 without a subject factor), for reports. */
    public int subjects() {
        return subjectLevels();
    }

    List<String> subjectNames() {
        return subjectNames;
    }

    /** Total trials. */
    public long totalTrials() {
        long total = 0;
        for (long t : trials) {
            total += t;
        }
        return total;
    }

    private static Map<String, Integer> levels(StringColumn sortedKeys) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String key : sortedKeys) {
            levels.put(key, levels.size());
        }
        return levels;
    }

    private static int[] groupOfLevels(Table sortedLevels) {
        return sortedLevels.doubleColumn(ChoiceFrame.first(GROUP)).asList().stream().mapToInt(Double::intValue).toArray();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
