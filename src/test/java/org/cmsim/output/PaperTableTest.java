package org.cmsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cmsim.io.Table;
import org.junit.jupiter.api.Test;

/** paper-table.csv from strengths.csv's and group-strengths.csv's rows, by hand. */
class PaperTableTest {

    private static Table strengths(List<String> prefix) {
        List<String> columns = new java.util.ArrayList<>(prefix);
        columns.addAll(List.of("rule", "parameter", "estimate", "se", "ci_low", "ci_high", "boot_low", "boot_high",
                "strength", "note", "z", "p_value"));
        return new Table(columns);
    }

    @Test
    void everyRuleButTheHierarchyOneRowPerParameterAndGroup() {
        Table all = strengths(List.of());
        all.add("multiplicative", "animacy", 0.8, 0.1, 0.6, 1.0, 0.55, 1.05, 0.69, "", 8.0, 1e-15);
        all.add("hierarchy", "animacy", 1.0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                "", Double.NaN, Double.NaN);
        all.add("multiplicative-mixed", "agreement", 0.5, 0.2, 0.1, 0.9, Double.NaN, Double.NaN, 0.62, "", 2.5, 0.0124);
        Table groups = strengths(List.of("group"));
        groups.add("children", "additive", "order=NVN", 0.3, 0.05, 0.2, 0.4, Double.NaN, Double.NaN, Double.NaN,
                "at its bound", 6.0, 2e-9);
        Table paper = PaperTable.of(all, groups);
        assertEquals(PaperTable.COLUMNS, paper.columns());
        assertEquals(3, paper.rowCount());
        assertEquals(List.of("multiplicative", "", "animacy", 0.8, 0.1, 8.0, 1e-15, 0.6, 1.0, ""), row(paper, 0));
        assertEquals(List.of("multiplicative-mixed", "", "agreement", 0.5, 0.2, 2.5, 0.0124, 0.1, 0.9, ""),
                row(paper, 1));
        assertEquals(List.of("additive", "children", "order=NVN", 0.3, 0.05, 6.0, 2e-9, 0.2, 0.4, "at its bound"),
                row(paper, 2));
        assertEquals(1, PaperTable.of(all, null).rowCount() - 1);
    }

    private static List<Object> row(Table table, int r) {
        List<Object> cells = new java.util.ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            cells.add(table.cell(r, c));
        }
        return cells;
    }
}
