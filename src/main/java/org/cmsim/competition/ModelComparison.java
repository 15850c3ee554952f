package org.cmsim.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.design.SubjectClusters;
import org.cmsim.numeric.Percentiles;

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

        /**
         * The rule with the highest cross-validated log-likelihood when cross-validation ran (the primary
         * criterion: it needs no parameter count, which the hierarchy rule's searched ranking does not have),
         * else the one with the highest Akaike weight.
         */
        public RuleResult best() {
            boolean crossValidated = rules.stream().allMatch(rule -> Double.isFinite(rule.cvLogLik()));
            RuleResult best = rules.get(0);
            for (RuleResult rule : rules) {
                if (crossValidated ? rule.cvLogLik() > best.cvLogLik() : rule.akaikeWeight() > best.akaikeWeight()) {
                    best = rule;
                }
            }
            return best;
        }

        /** "cvLogLik" when the best rule was chosen by cross-validation, else "akaikeWeight". */
        public String criterion() {
            return rules.stream().allMatch(rule -> Double.isFinite(rule.cvLogLik())) ? "cvLogLik" : "akaikeWeight";
        }

        public RuleResult rule(String name) {
            return rules.stream().filter(r -> r.fit().rule().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no rule " + name));
        }
    }

    private ModelComparison() {
    }

    public static Result fit(List<ChoiceRule> rules, Design design, Counts counts, FitOptions options) {
        return fit(rules, design, counts, options, null);
    }

    /**
     * With {@code clusters} (each subject's counts; null for none) the bootstrap resamples whole subjects and
     * cross-validation holds out whole subjects; without, both work on trials within conditions.
     */
    public static Result fit(List<ChoiceRule> rules, Design design, Counts counts, FitOptions options,
                             SubjectClusters clusters) {
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
                double[][] replicates = clusters == null
                        ? Bootstrap.replicates(rules.get(r), design, counts, fit, options.bootstrap(), options.seed(),
                                options.threads())
                        : Bootstrap.clusterReplicates(rules.get(r), design, clusters, fit, options.bootstrap(),
                                options.seed(), options.threads());
                for (int j = 0; j < k; j++) {
                    if (!rules.get(r).isContinuous(design, j)) {
                        continue;
                    }
                    low[j] = Percentiles.percentile(replicates, j, 0.025);
                    high[j] = Percentiles.percentile(replicates, j, 0.975);
                }
            }
            double cv = options.folds() == 0 ? Double.NaN
                    : clusters == null
                    ? CrossValidation.logLikelihood(rules.get(r), design, counts, options.folds(), options.seed())
                    : CrossValidation.logLikelihoodBySubject(rules.get(r), design, clusters,
                            Math.min(options.folds(), clusters.size()), options.seed());
            results.add(new RuleResult(fit, goodness.get(r), weights[r], low, high, cv));
        }
        return new Result(design, counts, results);
    }
}
