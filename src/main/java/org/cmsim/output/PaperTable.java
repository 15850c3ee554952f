package org.cmsim.output;

import java.util.List;
import org.cmsim.competition.HierarchyRule;
import org.cmsim.io.Table;

/**
 * paper-table.csv: what a results section reports of each fitted parameter, one row per rule, group and
 * parameter: the estimate in log-odds, its standard error, the Wald z and its two-sided p-value, and the 95%
 * interval (Wald; the mixed rule's with t(subjects - 1), as strengths.csv), with the note of a parameter the data
 * do not estimate. {@code group} is empty for the fit to everyone. The hierarchy rule has no standard errors (its
 * parameters are a ranking and a lapse rate) and is left out; strengths.csv has it.
 */
final class PaperTable {

    static final List<String> COLUMNS = List.of("rule", "group", "parameter", "estimate", "se", "z", "p_value",
            "ci_low", "ci_high", "note");

    private PaperTable() {
    }

    /** The rows of strengths.csv (group empty), then those of group-strengths.csv when there is one. */
    static Table of(Table strengths, Table groupStrengths) {
        Table table = new Table(COLUMNS);
        add(table, strengths, null);
        if (groupStrengths != null) {
            add(table, groupStrengths, groupStrengths.columns().indexOf("group"));
        }
        return table;
    }

    private static void add(Table into, Table from, Integer groupColumn) {
        List<String> columns = from.columns();
        int rule = columns.indexOf("rule");
        for (int r = 0; r < from.rowCount(); r++) {
            if (from.cell(r, rule).equals(HierarchyRule.NAME)) {
                continue;
            }
            Object[] cells = new Object[COLUMNS.size()];
            for (int c = 0; c < cells.length; c++) {
                String name = COLUMNS.get(c);
                cells[c] = name.equals("group") ? (groupColumn == null ? "" : from.cell(r, groupColumn))
                        : from.cell(r, columns.indexOf(name));
            }
            into.add(cells);
        }
    }
}
