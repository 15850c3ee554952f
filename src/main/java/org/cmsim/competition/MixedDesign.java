package org.cmsim.competition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cmsim.design.Design;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.Stimulus;

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
        // Levels of each factor: its keys (group, NUL, name) in sorted order, each with its group.
        TreeMap<String, Integer> subjectLevels = new TreeMap<>();
        TreeMap<String, Integer> itemLevels = new TreeMap<>();
        // Cells: one per (group, subject, item, condition), sorted by their key so that the fit never depends on
        // the order of the file's rows. Group and design row are the same on every row of a cell.
        TreeMap<String, Cell> cellSums = new TreeMap<>();
        for (ChoiceRow row : rows) {
            Integer r = designRow.get(row.stimulus());
            if (r == null) {
                throw new IllegalArgumentException("a row's stimulus is not in the design");
            }
            int g = groupIndex.isEmpty() ? 0 : groupIndex.get(row.group());
            String subjectKey = g + "\u0000" + nullToEmpty(row.subject());
            String itemKey = g + "\u0000" + nullToEmpty(row.item());
            subjectLevels.put(subjectKey, g);
            itemLevels.put(itemKey, g);
            Cell cell = cellSums.computeIfAbsent(subjectKey + "\u0001" + itemKey + "\u0001" + r,
                    key -> new Cell(g, r, subjectKey, itemKey));
            cell.trials += row.trials();
            cell.n1 += row.n1Choices();
        }
        Map<String, Integer> subjectLevel = levels(subjectLevels.keySet());
        Map<String, Integer> itemLevel = levels(itemLevels.keySet());
        this.subjectGroup = subjectLevels.values().stream().mapToInt(Integer::intValue).toArray();
        this.itemGroup = itemLevels.values().stream().mapToInt(Integer::intValue).toArray();
        this.subjectNames = subjectLevels.keySet().stream()
                .map(key -> key.substring(key.indexOf('\u0000') + 1)).toList();
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
        this.cells = cellSums.size();
        this.x = new double[cells][names.size()];
        this.z = new double[cells][];
        this.trials = new long[cells];
        this.n1 = new long[cells];
        this.subject = new int[cells];
        this.item = new int[cells];
        int c = 0;
        for (Cell cell : cellSums.values()) {
            z[c] = base.row(cell.designRow);
            for (int j = 0; j < k; j++) {
                x[c][column[j][cell.group]] += z[c][j];
            }
            trials[c] = cell.trials;
            n1[c] = cell.n1;
            subject[c] = factors.contains(RandomFactor.SUBJECT) ? subjectLevel.get(cell.subjectKey) : -1;
            item[c] = factors.contains(RandomFactor.ITEM) ? itemLevel.get(cell.itemKey) : -1;
            c++;
        }
    }

    /**
     * The rows of one cell summed: its group's index, its row of the design, its subject and item keys (group, NUL,
     * name: a shared item is one level per group), and its trials and n1 choices (exact: whole numbers below 2^53).
     */
    private static final class Cell {
        final int group;
        final int designRow;
        final String subjectKey;
        final String itemKey;
        long trials;
        long n1;

        Cell(int group, int designRow, String subjectKey, String itemKey) {
            this.group = group;
            this.designRow = designRow;
            this.subjectKey = subjectKey;
            this.itemKey = itemKey;
        }
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

    private static Map<String, Integer> levels(Set<String> sortedKeys) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String key : sortedKeys) {
            levels.put(key, levels.size());
        }
        return levels;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
