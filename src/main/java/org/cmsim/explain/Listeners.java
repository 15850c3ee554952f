package org.cmsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.attention.AttentionHead;
import org.cmsim.competition.HierarchyRule;
import org.cmsim.model.Cue;
import org.cmsim.model.Stimulus;

/**
 * One language's four listeners as numbers only, and how each reads a stimulus, term by term:
 * <pre>
 *   multiplicative  logit P(n1) = w_order(level) + sum_c w_c d_c,  P(n1) = 1 / (1 + e^-logit)
 *   additive        P(n1) = 0.5 + (a_order(level) + sum_c a_c d_c) / 2
 *   hierarchy       the highest-ranked present cue (else order) decides: P(n1) = 1 - lapse/2 or lapse/2
 *   attention head  a = softmax(q.k_1, q.k_2) / sqrt(dK); P(n1) = a_1 (pointer readout)
 * </pre>
 * (McDonald &amp; MacWhinney 1989 for the first two; {@link HierarchyRule}; Vaswani et al. 2017, eq. 1.)
 * An order level the corpus never has has no parameter: its term is 0 and {@code orderNote} says so.
 *
 * <p>Pure arithmetic on parameters by name (as strengths.csv names them) and a head's weights: no fitting,
 * no files. {@code cmsim explain} gets them from {@link ListenerModels}; the playground, whose Java is
 * compiled to JavaScript, from the page's data ({@link PageLanguage}). Both read a sentence here.
 */
public record Listeners(List<Cue> cues, Map<String, Double> multiplicative, Map<String, Double> additive,
                        Map<String, Double> hierarchy, AttentionHead head) {

    public Listeners {
        cues = List.copyOf(cues);
        multiplicative = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(multiplicative));
        additive = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(additive));
        hierarchy = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hierarchy));
    }

    /** A cue's direction: +1 n1, -1 n2, 0 neither. */
    public record Direction(Cue cue, int direction) {
    }

    /** The four listeners' readings of one stimulus. */
    public record Verdicts(List<Direction> directions, Explanation.Terms multiplicative, Explanation.Terms additive,
                           Explanation.Decision hierarchy, Explanation.Attention attention, String orderNote) {
    }

    /** The same listeners with other multiplicative weights (the playground's sliders): given names replaced. */
    public Listeners withMultiplicative(Map<String, Double> weights) {
        Map<String, Double> changed = new LinkedHashMap<>(multiplicative);
        changed.putAll(weights);
        return new Listeners(cues, changed, additive, hierarchy, head);
    }

    /** How each listener reads {@code stimulus}. */
    public Verdicts read(Stimulus stimulus) {
        List<Direction> directions = new ArrayList<>();
        for (Cue cue : cues) {
            if (!cue.perOrderLevel()) {
                directions.add(new Direction(cue, cue.direction(stimulus)));
            }
        }
        String level = stimulus.order().parameterName();
        String orderNote = multiplicative.containsKey(level) ? ""
                : "the corpus has no " + stimulus.order() + " sentence, so " + level + " has no strength: its term is 0";
        AttentionHead.Reading head = this.head.read(stimulus);
        Explanation.Attention attention = new Explanation.Attention(head.attentionN1(), 1 - head.attentionN1(),
                head.logit(), head.probabilityN1());
        return new Verdicts(directions, logistic(terms(multiplicative, level, directions)),
                linear(terms(additive, level, directions)), hierarchy(level, directions), attention, orderNote);
    }

    /** term_j = parameter_j x x_j: 1 for the sentence's order level, d_c for a cue. */
    private static Map<String, Double> terms(Map<String, Double> parameters, String level, List<Direction> cues) {
        Map<String, Double> terms = new LinkedHashMap<>();
        if (parameters.containsKey(level)) {
            terms.put(level, parameters.get(level));
        }
        for (Direction cue : cues) {
            terms.put(cue.cue().name(), parameters.getOrDefault(cue.cue().name(), 0.0) * cue.direction());
        }
        return terms;
    }

    private static double sum(Map<String, Double> terms) {
        double sum = 0;
        for (double t : terms.values()) {
            sum += t;
        }
        return sum;
    }

    private static Explanation.Terms logistic(Map<String, Double> terms) {
        double logit = sum(terms);
        double p = logit >= 0 ? 1 / (1 + Math.exp(-logit)) : Math.exp(logit) / (1 + Math.exp(logit));
        return new Explanation.Terms(terms, logit, p);
    }

    private static Explanation.Terms linear(Map<String, Double> terms) {
        double sum = sum(terms);
        return new Explanation.Terms(terms, sum, 0.5 + sum / 2);
    }

    /** The first cue of the ranking that points either way decides; else the order level's direction. */
    private Explanation.Decision hierarchy(String level, List<Direction> cues) {
        double lapse = hierarchy.get(HierarchyRule.LAPSE);
        List<String> ranking = new ArrayList<>();
        cues.stream().map(c -> c.cue().name()).filter(c -> !Double.isNaN(hierarchy.getOrDefault(c, Double.NaN)))
                .sorted((a, b) -> Double.compare(hierarchy.get(a), hierarchy.get(b))).forEach(ranking::add);
        for (String name : ranking) {
            int d = cues.stream().filter(c -> c.cue().name().equals(name)).findFirst().orElseThrow().direction();
            if (d != 0) {
                return new Explanation.Decision(ranking, name, d, lapse, d > 0 ? 1 - lapse / 2 : lapse / 2);
            }
        }
        double direction = hierarchy.getOrDefault(level, 0.0);
        int d = (int) Math.signum(direction);
        return new Explanation.Decision(ranking, level, d, lapse, d > 0 ? 1 - lapse / 2 : d < 0 ? lapse / 2 : 0.5);
    }
}
