package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recovery standards of the Competition engine: 200 simulated subjects x 27 conditions x 10
 * trials per data set, with the default generating parameters of {@link Recovery#defaultGenerator}.
 */
class RecoveryTest {

    private static final int SUBJECTS = 200;
    private static final int TRIALS = 10;
    private static final long SEED = 20261128;

    @Test
    void multiplicativeParametersAreRecoveredWithCalibratedIntervals() throws Exception {
        Design design = Fixtures.factorialDesign();
        MultiplicativeRule rule = new MultiplicativeRule();
        double[] truth = Recovery.defaultGenerator(rule, design);
        Recovery.ParameterRecovery recovery = Recovery.parameters(rule, design, truth, SUBJECTS, TRIALS, 400, SEED, 2);
        double coverage = 0;
        for (int j = 0; j < truth.length; j++) {
            assertTrue(Math.abs(recovery.bias()[j]) < 0.05, recovery.parameters().get(j) + " bias " + recovery.bias()[j]);
            assertTrue(recovery.coverage()[j] >= 0.92 && recovery.coverage()[j] <= 0.98,
                    recovery.parameters().get(j) + " coverage " + recovery.coverage()[j]);
            coverage += recovery.coverage()[j] / truth.length;
        }
        assertTrue(coverage >= 0.93 && coverage <= 0.97, "mean coverage " + coverage);
    }

    @Test
    void eachRuleWinsOnItsOwnDataAndTheRulesAreDistinguishable() throws Exception {
        Design design = Fixtures.factorialDesign();
        List<ChoiceRule> rules = Rules.select("all");
        List<double[]> generators = new ArrayList<>();
        for (ChoiceRule rule : rules) {
            generators.add(Recovery.defaultGenerator(rule, design));
        }
        Recovery.ModelRecovery recovery = Recovery.models(rules, design, generators, SUBJECTS, TRIALS, 100, SEED, 2);
        for (int g = 0; g < rules.size(); g++) {
            assertTrue(recovery.selfRecovery(g) >= 0.9, rules.get(g).name() + " " + recovery.selfRecovery(g));
            for (int other = 0; other < rules.size(); other++) {
                if (other != g) {
                    assertTrue(recovery.separation()[g][other] >= 0.05,
                            rules.get(other).name() + " mimics " + rules.get(g).name());
                }
            }
        }
    }
}
