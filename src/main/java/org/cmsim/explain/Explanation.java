package org.cmsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.attention.AttentionHead;
import org.cmsim.competition.HierarchyRule;
import org.cmsim.competition.RuleFit;
import org.cmsim.model.Cue;
import org.cmsim.model.Stimulus;

/**
 * How each listener reads one sentence, term by term:
 * <pre>
 *   multiplicative  logit P(n1) = w_order(level) + sum_c w_c d_c,  P(n1) = 1 / (1 + e^-logit)
 *   additive        P(n1) = 0.5 + (a_order(level) + sum_c a_c d_c) / 2
 *   hierarchy       the highest-ranked present cue (else order) decides: P(n1) = 1 - lapse/2 or lapse/2
 *   attention head  a = softmax(q.k_1, q.k_2) / sqrt(dK); P(n1) = a_1 (pointer readout)
 * </pre>
 * (McDonald &amp; MacWhinney 1989 for the first two; {@link HierarchyRule}; Vaswani et al. 2017, eq. 1.)
 * An order level the corpus never has has no parameter: its term is 0 and {@code orderNote} says so.
 */
public record Explanation(String sentence, String language, SentenceParser.Clause clause, FeatureReader.Reading reading,
                          List<CueReading> cues, Terms multiplicative, Terms additive, Decision hierarchy,
                          Attention attention, String orderNote, String source) {

    /** A cue's direction (+1 n1, -1 n2, 0 neither) and why. */
    public record CueReading(String cue, int direction, String reason) {
    }

    /** Each parameter's term, their sum, and P(n1). */
    public record Terms(Map<String, Double> terms, double sum, double pN1) {
    }

    /** The hierarchy rule's decision: which parameter decided, pointing where, with which lapse. */
    public record Decision(List<String> ranking, String deciding, int direction, double lapse, double pN1) {
    }

    /** The head's attention to each noun, its logit and P(n1). */
    public record Attention(double weightN1, double weightN2, double logit, double pN1) {
    }

    public static Explanation of(String language, SentenceParser.Clause clause, FeatureReader.Reading reading,
                                 ListenerModels models) {
        Stimulus stimulus = reading.stimulus();
        List<CueReading> cues = new ArrayList<>();
        for (Cue cue : models.config().cues()) {
            if (!cue.perOrderLevel()) {
                int d = cue.direction(stimulus);
                cues.add(new CueReading(cue.name(), d, CueReasons.reason(cue, d, reading)));
            }
        }
        String level = stimulus.order().parameterName();
        String orderNote = models.weights().containsKey(level) ? ""
                : "the corpus has no " + stimulus.order() + " sentence, so " + level + " has no strength: its term is 0";
        Terms multiplicative = logistic(terms(models.weights(), level, cues));
        Terms additive = linear(terms(ListenerModels.parameters(models.additive()), level, cues));
        AttentionHead.Reading head = models.head().read(stimulus);
        Attention attention = new Attention(head.attentionN1(), 1 - head.attentionN1(), head.logit(),
                head.probabilityN1());
        return new Explanation(clause.sentence(), language, clause, reading, cues, multiplicative, additive,
                hierarchy(models.hierarchy(), level, cues), attention, orderNote, models.source());
    }

    /** term_j = parameter_j x x_j: 1 for the sentence's order level, d_c for a cue. */
    private static Map<String, Double> terms(Map<String, Double> parameters, String level, List<CueReading> cues) {
        Map<String, Double> terms = new LinkedHashMap<>();
        if (parameters.containsKey(level)) {
            terms.put(level, parameters.get(level));
        }
        for (CueReading cue : cues) {
            terms.put(cue.cue(), parameters.getOrDefault(cue.cue(), 0.0) * cue.direction());
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

    private static Terms logistic(Map<String, Double> terms) {
        double logit = sum(terms);
        double p = logit >= 0 ? 1 / (1 + Math.exp(-logit)) : Math.exp(logit) / (1 + Math.exp(logit));
        return new Terms(terms, logit, p);
    }

    private static Terms linear(Map<String, Double> terms) {
        double sum = sum(terms);
        return new Terms(terms, sum, 0.5 + sum / 2);
    }

    /** The first cue of the ranking that points either way decides; else the order level's direction. */
    private static Decision hierarchy(RuleFit fit, String level, List<CueReading> cues) {
        Map<String, Double> parameters = ListenerModels.parameters(fit);
        double lapse = parameters.get(HierarchyRule.LAPSE);
        List<String> ranking = new ArrayList<>();
        cues.stream().map(CueReading::cue).filter(c -> !Double.isNaN(parameters.getOrDefault(c, Double.NaN)))
                .sorted((a, b) -> Double.compare(parameters.get(a), parameters.get(b))).forEach(ranking::add);
        for (String name : ranking) {
            int d = cues.stream().filter(c -> c.cue().equals(name)).findFirst().orElseThrow().direction();
            if (d != 0) {
                return new Decision(ranking, name, d, lapse, d > 0 ? 1 - lapse / 2 : lapse / 2);
            }
        }
        double direction = parameters.getOrDefault(level, 0.0);
        int d = (int) Math.signum(direction);
        return new Decision(ranking, level, d, lapse, d > 0 ? 1 - lapse / 2 : d < 0 ? lapse / 2 : 0.5);
    }
}
