package org.cmsim.competition;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.model.ChoiceRow;
import org.cmsim.numeric.Parallel;
import org.cmsim.numeric.Sampling;

/**
 * Parameter recovery when participants differ (Wilson &amp; Collins 2019, rule 5, with individual
 * differences): each data set has {@code subjects} participants whose multiplicative-rule weights are the
 * generating ones plus N(0, sd^2) per parameter ({@link Simulator}), {@code trials} choices per condition
 * each. Every data set is fitted twice, pooled (every choice independent) and mixed (a deviation per subject
 * on every parameter, {@link MixedMultiplicativeRule}), and the 95% Wald intervals of both are checked
 * against the generating fixed effects. Pooled intervals ignore the variation between people and cover too
 * rarely; the mixed ones should cover about 95%.
 */
public final class MixedRecovery {

    /** Per parameter: mean estimate and coverage of the pooled and the mixed fit over the data sets. */
    public record Result(List<String> parameters, double[] truth, double sd, double[] pooledMean,
                         double[] pooledCoverage, double[] mixedMean, double[] mixedCoverage, int datasets,
                         int mixedNotConverged) {
    }

    private MixedRecovery() {
    }

    public static Result run(Design design, double[] truth, double sd, int subjects, int trials, int datasets,
                             long seed, int threads) {
        ChoiceRule rule = new MultiplicativeRule();
        long[] seeds = Sampling.seeds(seed, datasets);
        RandomStructure factors = RandomStructure.parse("subject");
        List<Object[]> fits = Parallel.map(datasets, threads, d -> {
            List<ChoiceRow> rows = new ArrayList<>();
            long[] total = new long[design.rows()];
            long[] n1 = new long[design.rows()];
            for (Simulator.Participant participant : Simulator.simulate(rule, design, truth, subjects, trials, sd,
                    seeds[d])) {
                for (int i = 0; i < design.rows(); i++) {
                    rows.add(new ChoiceRow(design.stimuli().get(i), trials, participant.n1Choices()[i],
                            participant.id(), null, null));
                    total[i] += trials;
                    n1[i] += participant.n1Choices()[i];
                }
            }
            RuleFit pooled = rule.fit(design, new Counts(total, n1));
            MixedFit mixed = new MixedMultiplicativeRule().fit(MixedDesign.of(design, rows, factors));
            return new Object[] {pooled, mixed};
        });
        int k = truth.length;
        double[] pooledMean = new double[k];
        double[] pooledCoverage = new double[k];
        double[] mixedMean = new double[k];
        double[] mixedCoverage = new double[k];
        int notConverged = 0;
        for (Object[] pair : fits) {
            RuleFit pooled = (RuleFit) pair[0];
            MixedFit mixed = (MixedFit) pair[1];
            notConverged += mixed.converged() ? 0 : 1;
            for (int j = 0; j < k; j++) {
                pooledMean[j] += pooled.estimates()[j] / datasets;
                mixedMean[j] += mixed.estimates()[j] / datasets;
                pooledCoverage[j] += covers(pooled.waldLow(j), pooled.waldHigh(j), truth[j]) / datasets;
                mixedCoverage[j] += covers(mixed.waldLow(j), mixed.waldHigh(j), truth[j]) / datasets;
            }
        }
        return new Result(design.parameters(), truth.clone(), sd, pooledMean, pooledCoverage, mixedMean,
                mixedCoverage, datasets, notConverged);
    }

    private static double covers(double low, double high, double truth) {
        return low <= truth && truth <= high ? 1 : 0;
    }
}
