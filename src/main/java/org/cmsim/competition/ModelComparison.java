package org.cmsim.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits several choice rules to the same choices and compares them (Wilson &amp; Collins 2019,
 * "Ten simple rules for the computational modeling of behavioral data"): goodness of fit, Akaike
 * weights across the rules, and optionally bootstrap percentile intervals and cross-validated
 * log-likelihood.
 */
public final class ModelComparison {

    /** One rule's results. Bootstrap bounds are NaN when no bootstrap ran; cvLogLik NaN without CV. */
    public record RuleResult(RuleFit fit, GoodnessOfFit goodness, double akaikeWeight, double[] bootLow,
                             double[] bootHigh, double cvLogLik) {
    }

    public record Result(Design design, Counts counts, List<RuleResult> rules) {

        /** The rule with the highest Akaike weight. */
        public RuleResult best() {
            RuleResult best = rules.get(0);
            for (RuleResult rule : rules) {
                if (rule.akaikeWeight() > best.akaikeWeight()) {
                    best = rule;
                }
            }
            return best;
        }

        public RuleResult rule(String name) {
            return rules.stream().filter(r -> r.fit().rule().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no rule " + name));
        }
    }

    private ModelComparison() {
    }

    public static Result fit(List<ChoiceRule> rules, Design design, Counts counts, FitOptions options) {
        List<RuleFit> fits = new ArrayList<>();
        List<GoodnessOfFit> goodness = new ArrayList<>();
        for (ChoiceRule rule : rules) {
            RuleFit fit = rule.fit(design, counts);
            fits.add(fit);
            goodness.add(GoodnessOfFit.of(fit, counts));
        }
        double[] weights = GoodnessOfFit.akaikeWeights(goodness);
        List<RuleResult> results = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            RuleFit fit = fits.get(r);
            int k = fit.parameters().size();
            double[] low = new double[k];
            double[] high = new double[k];
            Arrays.fill(low, Double.NaN);
            Arrays.fill(high, Double.NaN);
            if (options.bootstrap() > 0) {
                double[][] replicates = Bootstrap.replicates(rules.get(r), design, counts, fit, options.bootstrap(),
                        options.seed(), options.threads());
                for (int j = 0; j < k; j++) {
                    if (!rules.get(r).isContinuous(design, j)) {
                        continue;
                    }
                    low[j] = Bootstrap.percentile(replicates, j, 0.025);
                    high[j] = Bootstrap.percentile(replicates, j, 0.975);
                }
            }
            double cv = options.folds() > 0
                    ? CrossValidation.logLikelihood(rules.get(r), design, counts, options.folds(), options.seed())
                    : Double.NaN;
            results.add(new RuleResult(fit, goodness.get(r), weights[r], low, high, cv));
        }
        return new Result(design, counts, results);
    }
}
