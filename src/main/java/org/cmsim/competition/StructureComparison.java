package org.cmsim.competition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.special.Gamma;

/**
 * The likelihood-ratio test between two nested random-effects structures fitted to the same choices, as lme4's
 * {@code anova} on two {@code glmer} fits reports it: G = 2 (lnL_bigger - lnL_smaller), referred to chi-square
 * with df = the difference in the number of parameters (Wilks 1938).
 *
 * <p>When the bigger structure adds a variance, the smaller one sets it at zero, on the boundary of its range, and
 * the chi-square reference is conservative: the statistic's null distribution is then a mixture of chi-squares
 * with fewer degrees of freedom, so the p-value is too large, about twice too large for one added variance (Self
 * &amp; Liang 1987; Pinheiro &amp; Bates 2000, section 2.4.1). {@link #boundary} says when this applies.
 */
public record StructureComparison(String bigger, String smaller, double biggerLogLik, double smallerLogLik,
                                  int df, double statistic, double pValue, boolean boundary) {

    /** The test of two fits, in either order; the one with more parameters is the bigger. */
    public static StructureComparison of(MixedFit a, MixedFit b) {
        MixedFit big = a.freeParameters() >= b.freeParameters() ? a : b;
        MixedFit small = big == a ? b : a;
        int df = big.freeParameters() - small.freeParameters();
        if (df <= 0) {
            throw new IllegalArgumentException(a.structure() + " and " + b.structure()
                    + " have as many parameters: neither is nested in the other");
        }
        // G = 2 (lnL_bigger - lnL_smaller) >= 0; a tiny negative value is the optimiser's tolerance.
        double statistic = Math.max(0, 2 * (big.logLik() - small.logLik()));
        // Upper tail of chi-square(df): Q(df/2, G/2), the regularised upper incomplete gamma.
        double p = Gamma.regularizedGammaQ(df / 2.0, statistic / 2);
        boolean boundary = big.sds().size() > small.sds().size();
        return new StructureComparison(big.structure(), small.structure(), big.logLik(), small.logLik(), df,
                statistic, p, boundary);
    }

    /**
     * Whether {@code small} is nested in {@code big} on a rule with these parameters: for every grouping factor,
     * every effect that varies in {@code small} varies in {@code big}, and every correlation {@code small}
     * estimates, {@code big} estimates too.
     */
    public static boolean nested(RandomStructure small, RandomStructure big, List<String> parameters) {
        Map<String, Set<String>> smallEffects = new HashMap<>();
        Map<String, Set<String>> bigEffects = new HashMap<>();
        Map<String, Set<String>> smallPairs = new HashMap<>();
        Map<String, Set<String>> bigPairs = new HashMap<>();
        describe(small, parameters, smallEffects, smallPairs);
        describe(big, parameters, bigEffects, bigPairs);
        for (Map.Entry<String, Set<String>> factor : smallEffects.entrySet()) {
            if (!bigEffects.getOrDefault(factor.getKey(), Set.of()).containsAll(factor.getValue())
                    || !bigPairs.getOrDefault(factor.getKey(), Set.of())
                            .containsAll(smallPairs.getOrDefault(factor.getKey(), Set.of()))) {
                return false;
            }
        }
        return true;
    }

    private static void describe(RandomStructure structure, List<String> parameters, Map<String, Set<String>> effects,
                                 Map<String, Set<String>> pairs) {
        for (RandomStructure.Term term : structure.terms()) {
            List<String> names = new ArrayList<>();
            if (term.intercept()) {
                names.add(RandomTerm.INTERCEPT_NAME);
            }
            names.addAll(term.everyParameter() ? parameters : term.slopes());
            effects.computeIfAbsent(term.factor(), f -> new HashSet<>()).addAll(names);
            if (term.covariance() == RandomStructure.Covariance.CORRELATED) {
                for (int a = 0; a < names.size(); a++) {
                    for (int b = 0; b < names.size(); b++) {
                        if (a != b) {
                            pairs.computeIfAbsent(term.factor(), f -> new HashSet<>())
                                    .add(names.get(a) + "\u0000" + names.get(b));
                        }
                    }
                }
            }
        }
    }
}
