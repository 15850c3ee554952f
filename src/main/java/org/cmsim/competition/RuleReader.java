package org.cmsim.competition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a choice rule reads one sentence with given parameters, term by term ({@link ChoiceRule#reader}):
 * <pre>
 *   logistic  logit P(n1) = w_order(level) + sum_c w_c d_c,  P(n1) = 1 / (1 + e^-logit)    (multiplicative)
 *   linear    P(n1) = 0.5 + (a_order(level) + sum_c a_c d_c) / 2                          (additive)
 *   ranking   the highest-ranked present cue (else order) decides: P(n1) = 1 - lapse/2 or lapse/2  (hierarchy)
 * </pre>
 * The parameters are named as strengths.csv names them; a cue's direction d_c is +1 (n1), -1 (n2) or 0.
 * An order level without a parameter (the corpus never has it) has no term.
 *
 * <p>Pure arithmetic: no fitting, no files, no formatting, so that the playground's Java, compiled to
 * JavaScript, reads a sentence here as {@code cmsim explain} does without the rules' fitting code.
 */
public enum RuleReader {

    /** Terms in log-odds; P(n1) is their logistic. */
    LOGISTIC("logistic", "logit") {
        @Override
        public RuleReading read(Map<String, Double> parameters, String level, Map<String, Integer> directions) {
            Map<String, Double> terms = terms(parameters, level, directions);
            double logit = sum(terms);
            double p = logit >= 0 ? 1 / (1 + Math.exp(-logit)) : Math.exp(logit) / (1 + Math.exp(logit));
            return new RuleReading.Terms(terms, logit, p);
        }
    },

    /** Terms in probability; P(n1) is 0.5 plus half their sum. */
    LINEAR("linear", "sum") {
        @Override
        public RuleReading read(Map<String, Double> parameters, String level, Map<String, Integer> directions) {
            Map<String, Double> terms = terms(parameters, level, directions);
            double sum = sum(terms);
            return new RuleReading.Terms(terms, sum, 0.5 + sum / 2);
        }
    },

    /**
     * Cues ranked by their parameters (a rank; NaN is below order), the lapse rate named {@value #LAPSE}:
     * the first cue of the ranking that points either way decides, else the order level's direction.
     */
    RANKING("ranking", null) {
        @Override
        public RuleReading read(Map<String, Double> parameters, String level, Map<String, Integer> directions) {
            double lapse = parameters.get(LAPSE);
            List<String> ranking = new ArrayList<>();
            for (String cue : directions.keySet()) {
                if (!Double.isNaN(parameters.getOrDefault(cue, Double.NaN))) {
                    ranking.add(cue);
                }
            }
            ranking.sort((a, b) -> Double.compare(parameters.get(a), parameters.get(b)));
            for (String name : ranking) {
                int d = directions.get(name);
                if (d != 0) {
                    return new RuleReading.Decision(ranking, name, d, lapse, d > 0 ? 1 - lapse / 2 : lapse / 2);
                }
            }
            int d = (int) Math.signum(parameters.getOrDefault(level, 0.0));
            return new RuleReading.Decision(ranking, level, d, lapse, d > 0 ? 1 - lapse / 2 : d < 0 ? lapse / 2 : 0.5);
        }
    };

    /** The ranking's lapse-rate parameter ({@link HierarchyRule#LAPSE}). */
    public static final String LAPSE = "lapse";

    private final String label;
    private final String sumName;

    RuleReader(String label, String sumName) {
        this.label = label;
        this.sumName = sumName;
    }

    /**
     * The reading of a sentence whose order level is {@code level} (its parameter name, e.g.
     * {@code order=NVN}) and whose cues point as {@code directions} says, by cue name in the cues' order.
     */
    public abstract RuleReading read(Map<String, Double> parameters, String level, Map<String, Integer> directions);

    /** The reader's name where the playground's data names it: {@code logistic}, {@code linear}, {@code ranking}. */
    public String label() {
        return label;
    }

    /** What the sum of the terms is called in {@code explain --json} ({@code logit}, {@code sum}), or null without terms. */
    public String sumName() {
        return sumName;
    }

    /** The reader of a {@link #label}. */
    public static RuleReader labelled(String label) {
        for (RuleReader reader : values()) {
            if (reader.label.equals(label)) {
                return reader;
            }
        }
        throw new IllegalArgumentException("no rule reader " + label);
    }

    /** term_j = parameter_j x x_j: 1 for the sentence's order level, d_c for a cue. */
    private static Map<String, Double> terms(Map<String, Double> parameters, String level,
                                             Map<String, Integer> directions) {
        Map<String, Double> terms = new LinkedHashMap<>();
        if (parameters.containsKey(level)) {
            terms.put(level, parameters.get(level));
        }
        for (Map.Entry<String, Integer> cue : directions.entrySet()) {
            terms.put(cue.getKey(), parameters.getOrDefault(cue.getKey(), 0.0) * cue.getValue());
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
}
