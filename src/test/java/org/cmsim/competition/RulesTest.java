package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** A cue's rank alone may be left out of a generating parameter set, and only by the hierarchy rule. */
    @Test
    void onlyAHierarchyCueRankMayBeLeftOut() throws Exception {
        Design design = Fixtures.factorialDesign();   // order=NVN, NNV, VNN, animacy, agreement
        List<Boolean> hierarchy = new java.util.ArrayList<>();
        for (int j = 0; j <= design.parameterCount(); j++) {
            hierarchy.add(new HierarchyRule().mayBeLeftOut(design, j));
        }
        assertEquals(List.of(false, false, false, true, true, false), hierarchy, "ranks yes; directions and lapse no");
        for (int j = 0; j < design.parameterCount(); j++) {
            assertFalse(new MultiplicativeRule().mayBeLeftOut(design, j) || new AdditiveRule().mayBeLeftOut(design, j));
        }
    }

    /** strengths.csv's strength: the logistic of a multiplicative cue weight, nothing for an order level or other rules. */
    @Test
    void onlyAMultiplicativeCueWeightHasAStrength() {
        assertEquals(MultiplicativeRule.strength(1.2), new MultiplicativeRule().strength("animacy", 1.2), 0);
        assertTrue(Double.isNaN(new MultiplicativeRule().strength("order=NVN", 1.2)));
        assertTrue(Double.isNaN(new AdditiveRule().strength("animacy", 0.2)));
        assertTrue(Double.isNaN(new HierarchyRule().strength("animacy", 1)));
    }

    /** fit.json's AIC/BIC caveat belongs to the rule whose ranking is searched. */
    @Test
    void onlyTheHierarchyRuleQualifiesItsInformationCriteria() {
        assertTrue(new HierarchyRule().informationCriteriaCaveat().isPresent());
        assertFalse(new MultiplicativeRule().informationCriteriaCaveat().isPresent()
                || new AdditiveRule().informationCriteriaCaveat().isPresent());
    }

    /**
     * Participants differ on every parameter under the continuous rules (one deviate each, in order) and
     * in their lapse alone, on the logit scale, under the hierarchy rule.
     */
    @Test
    void participantsVaryWhereTheRuleIsContinuous() throws Exception {
        Design design = Fixtures.factorialDesign();
        double[] group = {1, -1, 1, 2, 1};
        double[] deviates = {0.5, -1, 2, 0, 1};
        java.util.function.DoubleSupplier normal = new java.util.function.DoubleSupplier() {
            private int next;

            @Override
            public double getAsDouble() {
                return deviates[next++];
            }
        };
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1.2, -1.4, 1.8, 2, 1.4},
                new MultiplicativeRule().participant(design, group, 0.4, normal), 1e-12);
        double[] ranked = {1, -1, 1, 1, Double.NaN, 0.2};
        double[] own = new HierarchyRule().participant(design, ranked, 0.5, () -> 2);
        double logit = Math.log(0.2 / 0.8) + 1;
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1, -1, 1, 1, Double.NaN,
                1 / (1 + Math.exp(-logit))}, own, 1e-12);
    }

    /** A rule ChoiceRule permits but Rules does not list would be a rule no command could select. */
    @Test
    void everyPermittedRuleIsRegistered() {
        assertEquals(java.util.Set.of(ChoiceRule.class.getPermittedSubclasses()),
                java.util.Set.copyOf(Rules.ALL.stream().map(Object::getClass).toList()));
    }
}
