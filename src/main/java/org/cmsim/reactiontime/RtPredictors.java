package org.cmsim.reactiontime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.competition.RandomStructure;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.Cue;
import org.cmsim.model.Stimulus;

/**
 * The reaction-time model's data: log RT of every trial that records one, on the cue-competition measures
 * (Li, Bates &amp; MacWhinney 1993; Kempe &amp; MacWhinney 1999):
 * <pre>
 *   log rt = intercept + conflict x [the cues conflict] + certainty x |logit P(n1)| (+ choice x [chose n1])
 *            + random effects
 * </pre>
 * {@code conflict} is 1 when the sentence's present cues point to both nouns ({@link CueConflict}); {@code certainty}
 * is how sure the choice rule is of its reading, |logit P(n1)| with P(n1) the rule's prediction for the sentence;
 * {@code choice}, when asked for, is 1 when n1 was chosen. Subjects and items are the random factors.
 */
public final class RtPredictors {

    public static final String CONFLICT = "conflict";
    public static final String CERTAINTY = "certainty";
    public static final String CHOICE = "choice";
    /** The grouping columns a random-effects term may name. */
    public static final List<String> FACTORS = List.of("subject", "item");

    /** Whether the model has the choice as a predictor. */
    public enum Choice { LEFT_OUT, PREDICTOR }

    /** One distinct sentence: its conflict, the rule's P(n1), its trials with an RT and their mean RT (ms). */
    public record Condition(Stimulus stimulus, boolean conflict, double pN1, int trials, double meanRt) {
        /** |logit P(n1)|. */
        public double certainty() {
            return Math.abs(Math.log(pN1 / (1 - pN1)));
        }
    }

    private RtPredictors() {
    }

    /** The fixed effects' names: intercept, conflict, certainty (and choice). */
    public static List<String> fixed(Choice choice) {
        List<String> names = new ArrayList<>(List.of(MixedLinearDesign.INTERCEPT, CONFLICT, CERTAINTY));
        if (choice == Choice.PREDICTOR) {
            names.add(CHOICE);
        }
        return names;
    }

    /**
     * The design of the trials that record an RT. {@code resolved} are the cues with order's directions resolved;
     * {@code pN1} the rule's P(n1) per stimulus. Throws IllegalArgumentException when no trial records an RT or the
     * structure names a factor the rows do not have.
     */
    public static MixedLinearDesign design(List<ChoiceRow> rows, List<Cue> resolved, Map<Stimulus, Double> pN1,
                                           Choice choice, RandomStructure structure) {
        List<ChoiceRow> timed = rows.stream().filter(ChoiceRow::hasRt).toList();
        if (timed.isEmpty()) {
            throw new IllegalArgumentException("no trial records a reaction time");
        }
        List<String> fixed = fixed(choice);
        int n = timed.size();
        double[] y = new double[n];
        double[][] x = new double[n][fixed.size()];
        Map<String, String[]> factors = new HashMap<>();
        for (String factor : structure.factors()) {
            if (!FACTORS.contains(factor)) {
                throw new IllegalArgumentException("'" + factor + "' is not a grouping column of the choices ("
                        + String.join(", ", FACTORS) + ")");
            }
            factors.put(factor, new String[n]);
        }
        Map<Stimulus, Boolean> conflict = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ChoiceRow row = timed.get(i);
            y[i] = Math.log(row.rt());
            x[i][0] = 1;
            x[i][1] = conflict.computeIfAbsent(row.stimulus(), s -> Cue.inConflict(resolved, s)) ? 1 : 0;
            double p = pN1.get(row.stimulus());
            x[i][2] = Math.abs(Math.log(p / (1 - p)));
            if (choice == Choice.PREDICTOR) {
                x[i][3] = row.n1Choices();
            }
            for (Map.Entry<String, String[]> factor : factors.entrySet()) {
                String level = factor.getKey().equals("subject") ? row.subject() : row.item();
                if (level == null) {
                    throw new IllegalArgumentException("a trial names no " + factor.getKey());
                }
                factor.getValue()[i] = level;
            }
        }
        return MixedLinearDesign.of(y, x, fixed, factors, structure);
    }

    /** Each distinct sentence with an RT, in order of first appearance: what the fit's predictors are made of. */
    public static List<Condition> conditions(List<ChoiceRow> rows, List<Cue> resolved, Map<Stimulus, Double> pN1) {
        Map<Stimulus, double[]> sums = new LinkedHashMap<>();
        for (ChoiceRow row : rows) {
            if (row.hasRt()) {
                double[] sum = sums.computeIfAbsent(row.stimulus(), s -> new double[2]);
                sum[0]++;
                sum[1] += row.rt();
            }
        }
        List<Condition> conditions = new ArrayList<>();
        sums.forEach((stimulus, sum) -> conditions.add(new Condition(stimulus, Cue.inConflict(resolved,
                stimulus), pN1.get(stimulus), (int) sum[0], sum[1] / sum[0])));
        return conditions;
    }
}
