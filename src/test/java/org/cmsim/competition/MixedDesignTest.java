package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.cmsim.design.Design;
import org.cmsim.input.ChoiceReader;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.LanguageConfig;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The arrangement of golden/lme4/groups.csv (adults a01..a20 and children c01..c20, each seeing the same 108
 * items i001..i108 once, 4 per condition) into cells, columns and variance components, counted from the file's
 * description in golden/lme4/README.md.
 */
class MixedDesignTest {

    record Groups(Design design, List<ChoiceRow> rows) {
    }

    static Groups groups() throws Exception {
        LanguageConfig config = Fixtures.config();
        ChoiceData data = ChoiceReader.read(MixedMultiplicativeRuleTest.GOLDEN.resolve("groups.csv"),
                config.features(), new ChoiceReader.Needs(Set.of(), "group"));
        Design design = Design.of(data.conditions().stream().map(c -> c.stimulus()).toList(), config.cues());
        return new Groups(design, data.rows());
    }

    /**
     * Order=NVN shared, the rest per group: 1 + 4 x 2 columns. Subjects: 40, adults first; items: 108 per group
     * (a shared item is one level per group); variance components: 5 subject SDs per group, then one item SD per
     * group.
     */
    @Test
    void groupedDesignGivesEachGroupItsColumnsAndVarianceComponents() throws Exception {
        Groups g = groups();
        boolean[] shared = {true, false, false, false, false};
        MixedDesign d = MixedDesign.grouped(g.design(), g.rows(), RandomStructure.parse("subject,item"),
                List.of("adults", "children"), shared);
        assertEquals(List.of("order=NVN", "order=NNV|adults", "order=NNV|children", "order=VNN|adults",
                "order=VNN|children", "animacy|adults", "animacy|children", "agreement|adults",
                "agreement|children"), d.fixedNames());
        assertEquals(g.design().parameters(), d.baseNames());
        assertEquals(List.of("adults", "children"), d.groupNames());
        assertEquals(9, d.fixedCount());
        assertEquals(4320, d.cells);
        assertEquals(4320, d.totalTrials());
        assertEquals(40, d.subjects());
        assertEquals(216, d.levels(d.factorIndex("item")));
        assertEquals(12, d.thetaCount());
        assertEquals("a01", d.levelNames(0).get(0));
        assertEquals("c20", d.levelNames(0).get(39));
        assertEquals("(0 + order=NVN + order=NNV + order=VNN + animacy + agreement || subject) + (1 | item)",
                d.notation());
        // Subject 25 (c05) is a child: its SDs are the children's, 5 + j; child items use the item SD at 11.
        RandomTerm subjects = d.terms().get(0);
        RandomTerm items = d.terms().get(1);
        assertEquals(5 + 3, subjects.theta(d.levelGroup[0][24], 3, 3));
        assertEquals(2, subjects.theta(d.levelGroup[0][3], 2, 2));
        assertEquals(10, items.theta(d.levelGroup[1][0], 0, 0));
        assertEquals(11, items.theta(d.levelGroup[1][215], 0, 0));
        for (int c = 0; c < d.cells; c++) {
            boolean child = d.level[0][c] >= 20;
            assertEquals(child ? 1 : 0, d.levelGroup[0][d.level[0][c]]);
            assertEquals(child ? 1 : 0, d.levelGroup[1][d.level[1][c]]);
            // The shared column carries the NVN indicator of both groups; the others only their own group's.
            double[] z = d.z[c];
            assertEquals(z[0], d.x[c][0]);
            for (int j = 1; j < 5; j++) {
                assertEquals(child ? 0 : z[j], d.x[c][2 * j - 1], "cell " + c);
                assertEquals(child ? z[j] : 0, d.x[c][2 * j], "cell " + c);
            }
        }
    }

    /** Without a subject factor there are no subject levels, and the item SDs start the theta vector. */
    @Test
    void itemsAloneTakeTheFirstVarianceComponents() throws Exception {
        Groups g = groups();
        MixedDesign d = MixedDesign.grouped(g.design(), g.rows(), RandomStructure.parse("item"),
                List.of("adults", "children"), new boolean[5]);
        assertEquals(0, d.subjects());
        assertEquals(2, d.thetaCount());
        assertEquals(0, d.terms().get(0).theta(d.levelGroup[0][3], 0, 0));
        assertEquals(1, d.terms().get(0).theta(d.levelGroup[0][200], 0, 0));
        assertEquals(-1, d.factorIndex("subject"));
        MixedDesign subjectsOnly = MixedDesign.of(g.design(), g.rows(), RandomStructure.parse("subject"));
        assertEquals(5, subjectsOnly.thetaCount());
        assertEquals(-1, subjectsOnly.factorIndex("item"));
        assertEquals(List.of(), subjectsOnly.groupNames());
    }

    /** Cells are sorted, so the order of the file's rows changes nothing. */
    @Test
    void rowOrderDoesNotMatter() throws Exception {
        Groups g = groups();
        List<ChoiceRow> reversed = new ArrayList<>(g.rows());
        Collections.reverse(reversed);
        RandomStructure both = RandomStructure.parse("subject,item");
        MixedDesign a = MixedDesign.of(g.design(), g.rows(), both);
        MixedDesign b = MixedDesign.of(g.design(), reversed, both);
        assertArrayEquals(a.x, b.x);
        assertArrayEquals(a.trials, b.trials);
        assertArrayEquals(a.n1, b.n1);
        assertArrayEquals(a.level, b.level);
    }

    /**
     * More cells than a Tablesaw string dictionary of shorts holds (32,767): 200 subjects x 200 items, each cell
     * once, are 40,000 cells, in key order (subject s000's first).
     */
    @Test
    void fortyThousandCellsAreArranged() throws Exception {
        Groups g = groups();
        List<ChoiceRow> rows = new ArrayList<>();
        for (int s = 0; s < 200; s++) {
            for (int t = 0; t < 200; t++) {
                rows.add(new ChoiceRow(g.design().stimuli().get(t % 27), 1, (s + t) % 2, String.format("s%03d", s),
                        String.format("i%03d", t), null));
            }
        }
        MixedDesign d = MixedDesign.of(g.design(), rows, RandomStructure.parse("(1|subject) + (1|item)"));
        assertEquals(40_000, d.cells);
        assertEquals(200, d.subjects());
        assertEquals(0, d.level[0][0]);
        assertEquals(199, d.level[0][39_999]);
        assertEquals(199, d.level[1][199]);
        assertEquals(20_000, d.totalTrials() - java.util.Arrays.stream(d.n1).sum());
    }

    @Test
    void rejectsRowsOutsideTheDesignAndMissingGroupsOrFlags() throws Exception {
        Groups g = groups();
        Design partial = Design.of(List.of(g.design().stimuli().get(0)), Fixtures.config().cues());
        RandomStructure subject = RandomStructure.parse("subject");
        assertThrows(IllegalArgumentException.class, () -> MixedDesign.of(partial, g.rows(), subject));
        assertThrows(IllegalArgumentException.class,
                () -> MixedDesign.grouped(g.design(), g.rows(), subject, List.of(), new boolean[5]));
        assertThrows(IllegalArgumentException.class,
                () -> MixedDesign.grouped(g.design(), g.rows(), subject, List.of("adults", "children"),
                        new boolean[4]));
    }

    /**
     * With every parameter separate per group, the grouped model is the groups' own models side by side (the
     * claim the group tests rest on): at any point its Laplace deviance is the sum of the groups' deviances
     * alone, with each group's variance components and fixed effects taken from the grouped layout.
     */
    @Test
    void separateGroupsHaveTheDevianceOfTheGroupsAlone() throws Exception {
        Groups g = groups();
        RandomStructure both = RandomStructure.parse("subject,item");
        MixedDesign together = MixedDesign.grouped(g.design(), g.rows(), both, List.of("adults", "children"),
                new boolean[5]);
        double[][] theta = {{0.6, 0.3, 0.9, 0.2, 0.4, 0.35}, {1.1, 0.5, 0.1, 0.7, 0.25, 0.2}};
        double[][] beta = {{1.9, -0.9, 0.3, 0.6, 0.8}, {0.7, -0.1, 0.2, 1.2, 0.5}};
        // Grouped layout: subject SDs at g * 5 + j, item SDs at 10 + g; column of parameter j in group g: 2 j + g.
        double[] groupedTheta = new double[12];
        double[] groupedBeta = new double[10];
        double sum = 0;
        List<String> names = List.of("adults", "children");
        for (int group = 0; group < 2; group++) {
            System.arraycopy(theta[group], 0, groupedTheta, 5 * group, 5);
            groupedTheta[10 + group] = theta[group][5];
            for (int j = 0; j < 5; j++) {
                groupedBeta[2 * j + group] = beta[group][j];
            }
            String name = names.get(group);
            MixedDesign alone = MixedDesign.of(g.design(),
                    g.rows().stream().filter(r -> r.group().equals(name)).toList(), both);
            sum += new Pirls(alone).deviance(theta[group], beta[group], Pirls.Precision.POLISHED);
        }
        assertEquals(sum, new Pirls(together).deviance(groupedTheta, groupedBeta, Pirls.Precision.POLISHED), 1e-6);
    }
}
