package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.Order;
import org.cmsim.testing.CueDesigns;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The pooled logistic fit of the group tests against the SciPy reference and against cases that have no fit. */
class PooledLogisticTest {

    private static List<ChoiceRow> rows(Design design, Counts counts, String group) {
        List<ChoiceRow> rows = new ArrayList<>();
        for (int i = 0; i < design.rows(); i++) {
            rows.add(new ChoiceRow(design.stimuli().get(i), counts.trials()[i], counts.n1()[i], "s", "", group));
        }
        return rows;
    }

    /** Reference values from src/test/resources/golden/multiplicative_reference.py (SciPy). */
    @Test
    void fitMatchesTheIndependentReference() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        MixedDesign design = MixedDesign.of(golden.design(), rows(golden.design(), golden.counts(), ""), RandomStructure.NONE);
        PooledLogistic.Result result = PooledLogistic.fit(design, "");
        assertTrue(result.converged());
        List<String> reference = Files.readAllLines(Path.of("src/test/resources/golden/multiplicative_reference.csv"));
        for (String line : reference.subList(1, reference.size())) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals("logLik")) {
                assertEquals(Double.parseDouble(cells[1]), result.logLik(), 1e-6);
            } else {
                int j = design.fixedNames().indexOf(cells[0]);
                assertEquals(Double.parseDouble(cells[1]), result.beta()[j], 1e-6, cells[0]);
            }
        }
    }

    /** NNV at 5 of 5 runs off to infinity: the error names it. */
    @Test
    void aSeparatedParameterIsNamed() {
        Design base = CueDesigns.of(new Order[] {Order.NVN, Order.NNV}, new int[][] {{}, {}});
        MixedDesign design = MixedDesign.of(base, rows(base, new Counts(new long[] {10, 5}, new long[] {7, 5}), ""),
                RandomStructure.NONE);
        NotEstimableException error = assertThrows(NotEstimableException.class, () -> PooledLogistic.fit(design, ""));
        assertEquals("the pooled model cannot be estimated: parameter order=NNV has no finite maximum-likelihood"
                + " estimate (it is absent from a group's data, or the data separate it)", error.getMessage());
    }

    /** c0 never points either way in the children's data, so c0|children has no information at all. */
    @Test
    void aParameterAbsentFromAGroupIsNamedWithItsGroup() {
        Design base = CueDesigns.nvn(new int[][] {{0}, {+1}});
        List<ChoiceRow> rows = new ArrayList<>(rows(base, new Counts(new long[] {10, 10}, new long[] {6, 8}),
                "adults"));
        rows.add(new ChoiceRow(base.stimuli().get(0), 10, 4, "t", "", "children"));
        MixedDesign design = MixedDesign.grouped(base, rows, RandomStructure.NONE, List.of("adults", "children"),
                new boolean[] {true, false});
        NotEstimableException error = assertThrows(NotEstimableException.class,
                () -> PooledLogistic.fit(design, "order=NVN"));
        assertEquals("the pooled model (order=NVN) cannot be estimated: parameter c0|children has no finite"
                + " maximum-likelihood estimate (it is absent from a group's data, or the data separate it)",
                error.getMessage());
    }

    /** Shared order, separate c0: by hand, order = logit(6/10) from the adults' c0-absent row and the children's. */
    @Test
    void aSharedParameterPoolsTheGroups() {
        Design base = CueDesigns.nvn(new int[][] {{0}, {+1}});
        List<ChoiceRow> rows = new ArrayList<>(rows(base, new Counts(new long[] {10, 10}, new long[] {5, 8}),
                "adults"));
        rows.add(new ChoiceRow(base.stimuli().get(0), 10, 7, "t", "", "children"));
        rows.add(new ChoiceRow(base.stimuli().get(1), 10, 9, "t", "", "children"));
        MixedDesign design = MixedDesign.grouped(base, rows, RandomStructure.NONE, List.of("adults", "children"),
                new boolean[] {true, false});
        assertEquals(List.of("order=NVN", "c0|adults", "c0|children"), design.fixedNames());
        PooledLogistic.Result result = PooledLogistic.fit(design, "");
        double order = Math.log(12.0 / 8);
        assertEquals(order, result.beta()[0], 1e-9);
        assertEquals(Math.log(8.0 / 2) - order, result.beta()[1], 1e-9);
        assertEquals(Math.log(9.0 / 1) - order, result.beta()[2], 1e-9);
        double p = 0.6;
        double expected = 12 * Math.log(p) + 8 * Math.log(1 - p) + 8 * Math.log(0.8) + 2 * Math.log(0.2)
                + 9 * Math.log(0.9) + Math.log(0.1);
        assertEquals(expected, result.logLik(), 1e-9);
    }
}
