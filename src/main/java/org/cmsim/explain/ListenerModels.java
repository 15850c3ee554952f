package org.cmsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.attention.AttentionHead;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.ProfileLikelihood;
import org.cmsim.competition.RuleFit;
import org.cmsim.competition.Rules;
import org.cmsim.design.Exposure;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;

/**
 * One language's listeners, as explain and the playground consult them: every registered choice rule's
 * parameters (named as in strengths.csv), in the order of {@link Rules#ALL}, and the attention head.
 *
 * <p>The rules are fitted to the language's corpus, as listeners who have settled on it (for the
 * multiplicative rule that is where the delta rule settles: {@code run}'s "corpus" strengths, the
 * same fit to the last digit). The multiplicative rule's strengths also carry their 95% intervals
 * ({@code strengths}: the playground's sliders). The head is the one {@code run} reports and saves in
 * qkv.json: trained on the corpus with the config's seed at the L2 that {@code run}'s 3-fold
 * cross-validation chooses on its grid, grown from {1e-4, 1e-3, 1e-2} until the choice is interior
 * ({@link HeadEnsemble}, the first of its heads), or the one a run saved.
 */
public record ListenerModels(LanguageConfig config, Exposure exposure, List<Strength> strengths,
                             List<FittedRule> rules, AttentionHead head, String source) {

    /** The rule whose strengths come with intervals: what {@code run} reports as strengths, and the sliders move. */
    public static final String STRENGTHS_RULE = MultiplicativeRule.NAME;

    /** A multiplicative parameter in log-odds with its 95% interval (NaN where undefined). */
    public record Strength(String parameter, double estimate, double low, double high) {
    }

    /** A registered rule and its parameters by name, in the rule's order. */
    public record FittedRule(ChoiceRule rule, Map<String, Double> parameters) {
        public FittedRule {
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }

    public ListenerModels {
        strengths = List.copyOf(strengths);
        rules = List.copyOf(rules);
    }

    /** Fits the rules and trains the head on the config's corpus, as {@code run} does with its seed. */
    public static ListenerModels fit(LanguageConfig config, SentenceCorpus corpus) {
        Exposure exposure = Exposure.of(corpus, config.cues());
        RuleFit fit = Rules.byName(STRENGTHS_RULE).orElseThrow().fit(exposure.design(), exposure.agents());
        List<Strength> strengths = strengths(fit, ProfileLikelihood.of(exposure.design(), exposure.agents(), fit));
        // run's first head: its L2 chosen by the same folds and seeds (the other heads do not change it)
        AttentionHead head = HeadEnsemble.fit(AttentionStudy.examples(corpus, config.cues()), config.cues(),
                config.attention(), config.seed(), HeadEnsemble.Plan.defaults().withSeeds(1),
                Runtime.getRuntime().availableProcessors()).first().head();
        return withOtherRules(config, exposure, strengths, head,
                "fitted to " + config.corpus() + " with seed " + config.seed() + ", as cmsim run does");
    }

    /**
     * A multiplicative fit's strengths with their 95% profile-likelihood intervals, as the run reports
     * them (an infinite bound for a separated parameter, which a Wald interval would hide).
     */
    public static List<Strength> strengths(RuleFit fit, List<ProfileLikelihood.Interval> intervals) {
        List<Strength> strengths = new ArrayList<>();
        for (int j = 0; j < fit.parameters().size(); j++) {
            ProfileLikelihood.Interval interval = intervals.get(j);
            strengths.add(new Strength(fit.parameters().get(j), fit.estimates()[j], interval.low(), interval.high()));
        }
        return strengths;
    }

    /**
     * The given multiplicative strengths and head (e.g. a run's), every other registered rule fitted to the
     * corpus.
     */
    public static ListenerModels withOtherRules(LanguageConfig config, Exposure exposure, List<Strength> strengths,
                                                AttentionHead head, String source) {
        List<FittedRule> rules = new ArrayList<>();
        for (ChoiceRule rule : Rules.ALL) {
            rules.add(new FittedRule(rule, rule.name().equals(STRENGTHS_RULE) ? byName(strengths)
                    : parameters(rule.fit(exposure.design(), exposure.agents()))));
        }
        return new ListenerModels(config, exposure, strengths, rules, head, source);
    }

    /** The listeners as numbers, which is all that reading a sentence needs ({@link Listeners}). */
    public Listeners listeners() {
        List<Listeners.Rule> listeners = new ArrayList<>();
        for (FittedRule r : rules) {
            listeners.add(new Listeners.Rule(r.rule().name(), r.rule().reader(), r.parameters()));
        }
        return new Listeners(config.cues(), listeners, head);
    }

    /** The multiplicative weights by parameter name. */
    public Map<String, Double> weights() {
        return byName(strengths);
    }

    /** The parameters of the rule named {@code rule}, by name. */
    public Map<String, Double> parameters(String rule) {
        for (FittedRule r : rules) {
            if (r.rule().name().equals(rule)) {
                return r.parameters();
            }
        }
        throw new IllegalArgumentException("no rule " + rule);
    }

    private static Map<String, Double> byName(List<Strength> strengths) {
        Map<String, Double> byName = new LinkedHashMap<>();
        strengths.forEach(s -> byName.put(s.parameter(), s.estimate()));
        return byName;
    }

    /** A fitted rule's parameters by name, in the rule's order. */
    public static Map<String, Double> parameters(RuleFit fit) {
        Map<String, Double> byName = new LinkedHashMap<>();
        List<String> names = fit.parameters();
        for (int j = 0; j < names.size(); j++) {
            byName.put(names.get(j), fit.estimates()[j]);
        }
        return byName;
    }
}
