package org.cmsim.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.cmsim.design.Design;
import org.cmsim.model.ChoiceRow;
import org.cmsim.numeric.Parallel;

/**
 * Likelihood-ratio tests of equality across groups for the multiplicative rule (pooled or mixed): the
 * model with every parameter separate per group against (a) every parameter shared ({@code all}, df =
 * k (levels - 1)) and (b) one parameter shared, the others separate (df = levels - 1). The statistic is
 * G = 2 (lnL_separate - lnL_constrained), referred to chi-square (Wilks 1938).
 *
 * <p>Every model is fitted on the same cells ({@link MixedDesign#grouped}); in the mixed version each group
 * keeps its own variance components in every model, so that the models are nested and differ only in the
 * fixed effects.
 */
public final class GroupTests {

    /** One row of group-tests.csv, with the two log-likelihoods the statistic compares. */
    public record Test(String test, String parameter, double statistic, int df, double pValue, double separateLogLik,
                       double constrainedLogLik) {
    }

    private GroupTests() {
    }

    /**
     * The tests on rows carrying a {@code group}; {@link RandomStructure#NONE} for the pooled rule ({@code lrt}),
     * else the mixed rule with that structure ({@code lrt-mixed}).
     */
    public static List<Test> likelihoodRatio(Design base, List<ChoiceRow> rows, List<String> groups,
                                             RandomStructure structure) {
        int k = base.parameterCount();
        String name = structure.isEmpty() ? "lrt" : "lrt-mixed";
        // Model 0 has every parameter separate, model 1 every parameter shared, model 2 + j parameter j shared.
        // The fits are independent of each other, so they run in parallel; each is deterministic.
        List<boolean[]> sharing = new ArrayList<>();
        List<String> models = new ArrayList<>(List.of("", "all"));
        sharing.add(new boolean[k]);
        boolean[] allShared = new boolean[k];
        Arrays.fill(allShared, true);
        sharing.add(allShared);
        for (int j = 0; j < k; j++) {
            boolean[] shared = new boolean[k];
            shared[j] = true;
            sharing.add(shared);
            models.add(base.parameters().get(j));
        }
        List<Double> logLiks = Parallel.map(sharing.size(), Parallel.defaultThreads(),
                m -> logLik(MixedDesign.grouped(base, rows, structure, groups, sharing.get(m)), models.get(m)));
        double separate = logLiks.get(0);
        List<Test> tests = new ArrayList<>();
        tests.add(test(name, "all", separate, logLiks.get(1), k * (groups.size() - 1)));
        for (int j = 0; j < k; j++) {
            tests.add(test(name, base.parameters().get(j), separate, logLiks.get(2 + j), groups.size() - 1));
        }
        return tests;
    }

    private static Test test(String name, String parameter, double separate, double constrained, int df) {
        // G = 2 (lnL_separate - lnL_constrained) >= 0; a tiny negative value is the optimiser's tolerance.
        double statistic = Math.max(0, 2 * (separate - constrained));
        // Upper tail of chi-square(df): Q(df/2, G/2), the regularised upper incomplete gamma (no 1 - cdf, which
        // would round a small p-value to 0).
        return new Test(name, parameter, statistic, df, Gamma.regularizedGammaQ(df / 2.0, statistic / 2), separate,
                constrained);
    }

    private static double logLik(MixedDesign design, String model) {
        if (design.terms().isEmpty()) {
            return PooledLogistic.fit(design, model).logLik();
        }
        MixedFit fit = new MixedMultiplicativeRule().fit(design);
        return fit.logLik();
    }
}
