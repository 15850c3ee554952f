package org.cmsim.competition;

import static tech.tablesaw.aggregate.AggregateFunctions.min;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cmsim.design.Design;
import org.cmsim.model.ChoiceFrame;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.Stimulus;
import org.cmsim.model.Tables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Trial-level choices arranged for the mixed multiplicative rule: cells (subject x item x condition, with
 * their trials and n1 choices), the fixed-effects matrix X, the rule's own design row z (the values the random
 * slopes multiply), each cell's level of every grouping factor, and the random-effects terms resolved against
 * the rule's parameters ({@link RandomTerm}).
 *
 * <p>With groups ({@code fit --by}) a fixed parameter is either shared by all groups or has one column per
 * group (named {@code parameter|group}); subjects belong to one group, items are split by group (a shared item
 * becomes one level per group), and every group has its own variance components. The model with every
 * parameter separate is then exactly the separate fits of the groups added up, which is what the
 * likelihood-ratio tests compare against.
 *
 * <p>Variance-component layout (theta): term after term in the order written, within a term group after group,
 * within a group Lambda's lower triangle column by column ({@link RandomTerm#theta}). For the list form
 * {@code subject,item} this is the k subject SDs of each group at g*k + j, then the item SDs at groups*k + g.
 */
public final class MixedDesign {

    /** The grouping columns a structure may name: the choice data's subject and item. */
    public static final List<String> FACTORS = List.of("subject", "item");
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
    /** Per factor named in the structure (in {@link #factors} order): each cell's level, each level's group. */
    final int[][] level;
    final int[][] levelGroup;
    final int k;
    final int groups;
    final List<String> factors;
    final List<RandomTerm> terms;
    private final RandomStructure structure;
    private final List<String> fixedNames;
    private final List<String> baseNames;
    private final List<String> groupNames;
    private final List<List<String>> levelNames;

    private MixedDesign(Design base, List<ChoiceRow> rows, RandomStructure structure, List<String> groupNames,
                        boolean[] shared) {
        this.structure = structure;
        this.k = base.parameterCount();
        this.baseNames = base.parameters();
        this.groupNames = List.copyOf(groupNames);
        this.groups = Math.max(1, groupNames.size());
        this.factors = structure.factors();
        for (String factor : factors) {
            if (!FACTORS.contains(factor)) {
                throw new IllegalArgumentException("'" + factor + "' is not a grouping column of choice data "
                        + FACTORS);
            }
        }
        this.terms = resolve(structure, baseNames, groups);
        Map<Stimulus, Integer> designRow = new HashMap<>();
        for (int i = 0; i < base.rows(); i++) {
            designRow.putIfAbsent(base.stimuli().get(i), i);
        }
        Map<String, Integer> groupIndex = new HashMap<>();
        for (int g = 0; g < groupNames.size(); g++) {
            groupIndex.put(groupNames.get(g), g);
        }
        List<String> cellKeys = new ArrayList<>();
        Table frame = frame(rows, designRow, groupIndex, cellKeys);
        // Levels of each factor: its keys (group, then name) in sorted order, each with its group.
        List<Map<String, Integer>> levelOfKey = new ArrayList<>();
        this.levelGroup = new int[factors.size()][];
        List<List<String>> names = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            String key = factors.get(f).equals("subject") ? SUBJECT : ITEM;
            Table levels = frame.summarize(GROUP, min).by(key).sortAscendingOn(key);
            levelOfKey.add(levels(levels.stringColumn(key)));
            levelGroup[f] = groupOfLevels(levels);
            names.add(levels.stringColumn(key).asList().stream()
                    .map(name -> name.substring(name.indexOf('\u0000') + 1)).toList());
        }
        this.levelNames = List.copyOf(names);
        // Cells: one per (group, subject, item, condition), sorted by their key so that the fit never depends on
        // the order of the file's rows. Group, design row, subject and item are the same on every row of a
        // cell: their minimum is their value.
        Table cellSums = frame.summarize(TRIALS, N1, GROUP, DESIGN_ROW, sum, min).by(CELL).sortAscendingOn(CELL);
        List<String> fixed = new ArrayList<>();
        int[][] column = new int[k][groups];
        for (int j = 0; j < k; j++) {
            for (int g = 0; g < groups; g++) {
                if (g == 0 || !shared[j]) {
                    fixed.add(groupNames.isEmpty() || shared[j] ? baseNames.get(j)
                            : baseNames.get(j) + "|" + groupNames.get(g));
                }
                column[j][g] = fixed.size() - 1;
            }
        }
        this.fixedNames = List.copyOf(fixed);
        this.cells = cellSums.rowCount();
        this.x = new double[cells][fixed.size()];
        this.z = new double[cells][];
        this.trials = new long[cells];
        this.n1 = new long[cells];
        this.level = new int[factors.size()][cells];
        for (int c = 0; c < cells; c++) {
            Row cell = cellSums.row(c);
            int g = (int) cell.getDouble(ChoiceFrame.first(GROUP));
            String[] keys = cellKeys.get(cell.getInt(CELL)).split("\u0001");
            z[c] = base.row((int) cell.getDouble(ChoiceFrame.first(DESIGN_ROW)));
            for (int j = 0; j < k; j++) {
                x[c][column[j][g]] += z[c][j];
            }
            trials[c] = (long) cell.getDouble(ChoiceFrame.total(TRIALS));
            n1[c] = (long) cell.getDouble(ChoiceFrame.total(N1));
            for (int f = 0; f < factors.size(); f++) {
                level[f][c] = levelOfKey.get(f).get(keys[factors.get(f).equals("subject") ? 0 : 1]);
            }
        }
    }

    /**
     * The structure's terms against the rule's parameters: the list form's every-parameter term takes them all;
     * a slope must name one of them.
     */
    private static List<RandomTerm> resolve(RandomStructure structure, List<String> parameters, int groups) {
        List<RandomTerm> terms = new ArrayList<>();
        int offset = 0;
        for (RandomStructure.Term term : structure.terms()) {
            List<String> slopes = term.everyParameter() ? parameters : term.slopes();
            int q = (term.intercept() ? 1 : 0) + slopes.size();
            int[] columns = new int[q];
            List<String> effects = new ArrayList<>();
            int e = 0;
            if (term.intercept()) {
                columns[e++] = RandomTerm.INTERCEPT;
                effects.add(RandomTerm.INTERCEPT_NAME);
            }
            for (String slope : slopes) {
                int j = parameters.indexOf(slope);
                if (j < 0) {
                    throw new IllegalArgumentException("'" + slope + "' in " + term + " is not a parameter of the"
                            + " rule on these data (" + String.join(", ", parameters) + ")");
                }
                columns[e++] = j;
                effects.add(slope);
            }
            RandomTerm resolved = new RandomTerm(term.factor(), columns, effects,
                    term.covariance() == RandomStructure.Covariance.CORRELATED, offset, groups);
            offset += groups * resolved.perGroup();
            terms.add(resolved);
        }
        return List.copyOf(terms);
    }

    /**
     * One frame row per choice row: its group's index, its subject and item keys (group, NUL, name: a shared item
     * is one level per group), its row of the design, its cell (the rank of its key among the sorted keys: subject
     * key, item key and design row, joined by \u0001; {@code cellKeys} receives the sorted keys) and its trials
     * and n1 choices. The cell is an integer, not its key: Tablesaw's grouping by a string column of more than
     * 32,767 distinct values overflows its key buffer (100,000 trial-level cells did).
     */
    private static Table frame(List<ChoiceRow> rows, Map<Stimulus, Integer> designRow, Map<String, Integer> groupIndex,
                               List<String> cellKeys) {
        IntColumn group = IntColumn.create(GROUP, rows.size());
        StringColumn subject = StringColumn.create(SUBJECT, rows.size());
        StringColumn item = StringColumn.create(ITEM, rows.size());
        IntColumn design = IntColumn.create(DESIGN_ROW, rows.size());
        IntColumn cell = IntColumn.create(CELL, rows.size());
        String[] keys = new String[rows.size()];
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
            keys[i] = subjectKey + "\u0001" + itemKey + "\u0001" + r;
            trials.set(i, row.trials());
            n1.set(i, row.n1Choices());
        }
        java.util.TreeMap<String, Integer> rank = new java.util.TreeMap<>();
        for (String key : keys) {
            rank.put(key, 0);
        }
        for (Map.Entry<String, Integer> entry : rank.entrySet()) {
            entry.setValue(cellKeys.size());
            cellKeys.add(entry.getKey());
        }
        for (int i = 0; i < keys.length; i++) {
            cell.set(i, rank.get(keys[i]));
        }
        return Tables.create("cells", group, subject, item, design, cell, trials, n1);
    }

    /** One model for all rows, no groups; {@link RandomStructure#NONE} for the pooled rule's cells. */
    public static MixedDesign of(Design base, List<ChoiceRow> rows, RandomStructure structure) {
        return new MixedDesign(base, rows, structure, List.of(), new boolean[base.parameterCount()]);
    }

    /**
     * Groups named by each row's {@code group}: parameter j is one column shared by every group when
     * {@code shared[j]}, else one column per group.
     */
    public static MixedDesign grouped(Design base, List<ChoiceRow> rows, RandomStructure structure,
                                      List<String> groups, boolean[] shared) {
        if (shared.length != base.parameterCount() || groups.isEmpty()) {
            throw new IllegalArgumentException("one sharing flag per parameter and at least one group");
        }
        return new MixedDesign(base, rows, structure, groups, shared.clone());
    }

    public List<String> fixedNames() {
        return fixedNames;
    }

    /** The rule's parameters, which the random slopes are named after. */
    public List<String> baseNames() {
        return baseNames;
    }

    public List<String> groupNames() {
        return groupNames;
    }

    /** The random-effects terms, resolved: their effects by name and their place in theta. */
    public List<RandomTerm> terms() {
        return terms;
    }

    /** The structure as asked for (the list form stays the list form; {@link #notation()} spells it out). */
    public RandomStructure structure() {
        return structure;
    }

    /** The structure in lme4's notation with every effect named, e.g. {@code (1 + animacy | subject) + (1 | item)}. */
    public String notation() {
        return terms.stream().map(RandomTerm::toString).collect(Collectors.joining(" + "));
    }

    int fixedCount() {
        return fixedNames.size();
    }

    /** The number of levels of factor f (its index in {@link #factors}). */
    int levels(int f) {
        return levelGroup[f].length;
    }

    /** The index of a factor in {@link #factors}, or -1 when the structure does not name it. */
    int factorIndex(String factor) {
        return factors.indexOf(factor);
    }

    /** Number of variance components: every term's thetas, per group. */
    public int thetaCount() {
        return terms.stream().mapToInt(t -> groups * t.perGroup()).sum();
    }

    /** Whether theta index j is a diagonal element of a Lambda (bounded below by 0), else an off-diagonal one. */
    boolean[] diagonalThetas() {
        boolean[] diagonal = new boolean[thetaCount()];
        for (RandomTerm term : terms) {
            for (int j = term.offset(); j < term.offset() + groups * term.perGroup(); j++) {
                diagonal[j] = term.isDiagonal(j);
            }
        }
        return diagonal;
    }

    /** Number of subjects (0 when the structure has no subject term), for reports and the intervals' df. */
    public int subjects() {
        int f = factorIndex("subject");
        return f < 0 ? 0 : levels(f);
    }

    /** The names of factor f's levels, in level order. */
    List<String> levelNames(int f) {
        return levelNames.get(f);
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
