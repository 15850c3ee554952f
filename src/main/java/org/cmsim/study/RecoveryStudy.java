package org.cmsim.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.MixedRecovery;
import org.cmsim.competition.Recovery;
import org.cmsim.competition.Rules;
import org.cmsim.design.Design;

/**
 * What {@code cmsim recover} computes (Wilson &amp; Collins 2019): parameter recovery of one rule from
 * data sets simulated with known parameters, model recovery among every rule, optionally the pooled and
 * the mixed fit side by side under individual differences, and the verdict on all of it.
 */
public final class RecoveryStudy {

    /** Coverage of 95% intervals that counts as calibrated in the verdict. */
    public static final double COVERAGE_LOW = 0.92;
    public static final double COVERAGE_HIGH = 0.98;
    /** The largest absolute bias a recovered parameter may have. */
    public static final double BIAS_LIMIT = 0.05;
    /** The share of its own data sets every rule must win. */
    public static final double SELF_RECOVERY = 0.9;

    /**
     * What to recover: the rule and its generating parameters ({@code truth}; empty: the rule's default
     * generator), the design and size of each simulated experiment, the seed and threads, and whether to
     * study individual differences with a between-subject SD ({@code sd}; empty: none given, 0).
     * {@code generators}: the other rules' generating parameters for model recovery, by rule name (a fitted
     * strengths.csv gives every rule's); a rule not named there uses its default generator.
     */
    public record Request(ChoiceRule rule, Design design, Optional<double[]> truth, int subjects, int trials,
                          int datasets, long seed, int threads, Optional<Double> sd, boolean individual,
                          Map<String, double[]> generators) {
        public Request {
            generators = Map.copyOf(generators);
        }

        public Request(ChoiceRule rule, Design design, Optional<double[]> truth, int subjects, int trials,
                       int datasets, long seed, int threads, Optional<Double> sd, boolean individual) {
            this(rule, design, truth, subjects, trials, datasets, seed, threads, sd, individual, Map.of());
        }
    }

    /** The recoveries and the verdict; {@code individual} is empty unless individual differences were asked for. */
    public record Result(Request request, double[] truth, Recovery.ParameterRecovery parameters,
                         Recovery.ModelRecovery models, Optional<MixedRecovery.Result> individual, String verdict) {
    }

    private RecoveryStudy() {
    }

    public static Result run(Request request) {
        ChoiceRule chosen = request.rule();
        Design design = request.design();
        double[] truth = request.truth().orElseGet(() -> Recovery.defaultGenerator(chosen, design));
        Recovery.ParameterRecovery recovery = Recovery.parameters(chosen, design, truth, request.subjects(),
                request.trials(), request.datasets(), request.seed(), request.threads());
        List<ChoiceRule> all = Rules.select("all");
        List<double[]> generators = new ArrayList<>();
        for (ChoiceRule generator : all) {
            double[] given = request.generators().get(generator.name());
            generators.add(generator.name().equals(chosen.name()) ? truth
                    : given != null ? given.clone() : Recovery.defaultGenerator(generator, design));
        }
        Recovery.ModelRecovery models = Recovery.models(all, design, generators, request.subjects(),
                request.trials(), request.datasets(), request.seed(), request.threads());
        Optional<MixedRecovery.Result> individual = request.individual()
                ? Optional.of(MixedRecovery.run(design, truth, request.sd().orElse(0.0), request.subjects(),
                        request.trials(), request.datasets(), request.seed(), request.threads()))
                : Optional.empty();
        return new Result(request, truth, recovery, models, individual, verdict(recovery, models));
    }

    /** "recovered" when every parameter is unbiased and calibrated and every rule wins its own data; else why not. */
    public static String verdict(Recovery.ParameterRecovery r, Recovery.ModelRecovery m) {
        List<String> problems = new ArrayList<>();
        for (int j = 0; j < r.parameters().size(); j++) {
            if (Math.abs(r.bias()[j]) >= BIAS_LIMIT) {
                problems.add(String.format(Locale.ROOT, "%s biased by %.3f", r.parameters().get(j), r.bias()[j]));
            }
            double coverage = r.coverage()[j];
            if (!Double.isNaN(coverage) && (coverage < COVERAGE_LOW || coverage > COVERAGE_HIGH)) {
                problems.add(String.format(Locale.ROOT, "%s 95%% CI covers %.2f", r.parameters().get(j), coverage));
            }
        }
        for (int g = 0; g < m.rules().size(); g++) {
            if (m.selfRecovery(g) < SELF_RECOVERY) {
                problems.add(String.format(Locale.ROOT, "%s wins only %.0f%% of its own data sets", m.rules().get(g),
                        100 * m.selfRecovery(g)));
            }
        }
        String parametersPart = String.format(Locale.ROOT, "%s parameters: |bias| < %.2f and coverage in [%.2f, %.2f]",
                r.rule(), BIAS_LIMIT, COVERAGE_LOW, COVERAGE_HIGH);
        return problems.isEmpty()
                ? "verdict: recovered. " + parametersPart + "; every rule wins >= 90% of its own data sets."
                : "verdict: NOT recovered: " + String.join("; ", problems) + ".";
    }
}
