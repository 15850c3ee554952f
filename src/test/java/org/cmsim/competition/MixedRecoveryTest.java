package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.Order;
import org.cmsim.numeric.Sampling;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Recovery with individual differences, on the nine NVN conditions of the factorial design (parameters
 * order=NVN, animacy, agreement): the means and coverages are the plain summaries of the pooled and mixed fits
 * of each data set, recomputed here from the same simulated participants (data set d from seed d of the run).
 */
class MixedRecoveryTest {

    @Test
    void summariesAreThoseOfThePooledAndMixedFitsOfEachDataSet() throws Exception {
        Design factorial = Fixtures.factorialDesign();
        Design design = Design.of(factorial.stimuli().stream().filter(s -> s.order() == Order.NVN).toList(),
                factorial.cues());
        double[] truth = {1.2, 0.8, 0.4};
        int subjects = 8;
        int trials = 4;
        int datasets = 3;
        MixedRecovery.Result result = MixedRecovery.run(design, truth, 0.6, subjects, trials, datasets, 41, 2);
        long[] seeds = Sampling.seeds(41, datasets);
        MultiplicativeRule rule = new MultiplicativeRule();
        double[] pooledMean = new double[3];
        double[] mixedMean = new double[3];
        double[] pooledCoverage = new double[3];
        double[] mixedCoverage = new double[3];
        int notConverged = 0;
        for (int d = 0; d < datasets; d++) {
            List<ChoiceRow> rows = new ArrayList<>();
            long[] total = new long[design.rows()];
            long[] n1 = new long[design.rows()];
            for (Simulator.Participant p : Simulator.simulate(rule, design, truth, subjects, trials, 0.6, seeds[d])) {
                for (int i = 0; i < design.rows(); i++) {
                    rows.add(new ChoiceRow(design.stimuli().get(i), trials, p.n1Choices()[i], p.id(), null, null));
                    total[i] += trials;
                    n1[i] += p.n1Choices()[i];
                }
            }
            RuleFit pooled = rule.fit(design, new Counts(total, n1));
            MixedFit mixed = new MixedMultiplicativeRule().fit(MixedDesign.of(design, rows,
                    RandomStructure.parse("subject")));
            notConverged += mixed.converged() ? 0 : 1;
            for (int j = 0; j < 3; j++) {
                pooledMean[j] += pooled.estimates()[j] / datasets;
                mixedMean[j] += mixed.estimates()[j] / datasets;
                pooledCoverage[j] += covers(pooled.waldLow(j), pooled.waldHigh(j), truth[j]) / datasets;
                mixedCoverage[j] += covers(mixed.waldLow(j), mixed.waldHigh(j), truth[j]) / datasets;
            }
        }
        assertEquals(List.of("order=NVN", "animacy", "agreement"), result.parameters());
        assertArrayEquals(truth, result.truth(), 0);
        assertEquals(0.6, result.sd(), 0);
        assertEquals(datasets, result.datasets());
        assertEquals(notConverged, result.mixedNotConverged());
        assertArrayEquals(pooledMean, result.pooledMean(), 1e-12);
        assertArrayEquals(mixedMean, result.mixedMean(), 1e-9);
        assertArrayEquals(pooledCoverage, result.pooledCoverage(), 1e-12);
        assertArrayEquals(mixedCoverage, result.mixedCoverage(), 1e-12);
    }

    private static double covers(double low, double high, double truth) {
        return low <= truth && truth <= high ? 1 : 0;
    }
}
