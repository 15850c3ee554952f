package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cmsim.design.Design;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Rule names are what configs, `--rule` and strengths.csv write: each name must come back as itself. */
class RulesTest {

    @Test
    void everyNameSelectsTheRuleThatCarriesIt() {
        for (String name : Rules.NAMES) {
            assertEquals(name, Rules.byName(name).orElseThrow().name());
            assertEquals(List.of(name), Rules.select(name).stream().map(ChoiceRule::name).toList());
        }
        assertEquals(List.of("multiplicative", "additive", "hierarchy"), Rules.NAMES);
    }

    @Test
    void allSelectsTheThreeRulesInTheOrderOfTheirNames() {
        assertEquals(Rules.NAMES, Rules.select("all").stream().map(ChoiceRule::name).toList());
    }

    @Test
    void anUnknownNameIsRefusedWithTheChoices() {
        assertTrue(Rules.byName("luce").isEmpty());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Rules.select("luce"));
        assertEquals("unknown rule 'luce' (multiplicative, additive, hierarchy, all)", error.getMessage());
    }

    /** The fit carries the rule's name, by which a comparison finds it again. */
    @Test
    void aFitCarriesTheNameOfItsRule() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        for (ChoiceRule rule : Rules.select("all")) {
            assertEquals(rule.name(), rule.fit(golden.design(), golden.counts()).rule());
        }
    }

    /** The continuous rules take any finite generating value, and every parameter has a percentile interval. */
    @Test
    void continuousRulesAcceptAnyFiniteValue() throws Exception {
        Design design = Fixtures.factorialDesign();
        for (ChoiceRule rule : List.of(new MultiplicativeRule(), new AdditiveRule())) {
            assertEquals(null, rule.invalidValue(design, 0, -3.5));
            assertEquals("must be a finite number", rule.invalidValue(design, 3, Double.NaN));
            assertEquals("must be a finite number", rule.invalidValue(design, 4, Double.NEGATIVE_INFINITY));
            assertTrue(rule.isContinuous(design, 0) && rule.isContinuous(design, 4));
        }
    }
}
