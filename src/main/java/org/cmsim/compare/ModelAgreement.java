package org.cmsim.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cmsim.competition.ParameterStatus;

/**
 * Do the Competition Model and the attention head weigh the cues alike? Answered over pairs of replicates,
 * one of each model (a bootstrap refit of the rule with a head replicate), so that the answer carries both
 * models' uncertainty:
 * <ul>
 *   <li>per pair of cues, the share of replicate pairs in which both models order the two cues the same way, the
 *       share in which they order them oppositely, and the rest, in which a model cannot order them (a
 *       separated cue whose bound does not reach the other's size, as {@link StrengthOrdering} and the verdicts
 *       read it; equal sizes);</li>
 *   <li>the share of replicate pairs in which each model has a strongest cue against every other and it is the
 *       same cue;</li>
 *   <li>Pearson's r between the two models' measured parameters in each replicate pair, as a 2.5-97.5% percentile
 *       interval, when at least {@value Correlations#HEADLINE_MINIMUM} parameters are measured.</li>
 * </ul>
 * Cues are read through the parameter standing for each ({@link RelationVerdicts#cueParameters}); sparse and
 * absent cues take no part.
 */
public final class ModelAgreement {

    /** One pair of cues: shares of replicate pairs ordering them alike, oppositely, or not both. */
    public record Pair(String first, String second, double same, double opposite) {

        /** Share of replicate pairs in which at least one model cannot order the two cues. */
        public double undecided() {
            return 1 - same - opposite;
        }
    }

    /**
     * The pairs of cues, the mean share of alike over them, the share agreeing on the strongest cue, and the
     * correlation's percentile interval (NaN when fewer than {@value Correlations#HEADLINE_MINIMUM} parameters are
     * measured), over {@code replicatePairs} pairs of replicates.
     */
    public record Result(List<Pair> pairs, double pairsAlike, double sameStrongest, double pearsonLow,
                         double pearsonHigh, int replicatePairs) {
        public Result {
            pairs = List.copyOf(pairs);
        }
    }

    private ModelAgreement() {
    }

    /**
     * @param ruleCues          the cues as the rule reads them (separated ones with their bound)
     * @param headCues          the same cues as the heads read them
     * @param ruleReplicates    each bootstrap refit's parameter values (infinite where separated, NaN where unread)
     * @param headReplicates    each head replicate's contributions
     * @param measured          the parameters the rule's full fit measures, for the correlation
     */
    public static Result of(List<RelationVerdicts.CueParameter> ruleCues, List<RelationVerdicts.CueParameter> headCues,
                            List<Map<String, Double>> ruleReplicates, List<Map<String, Double>> headReplicates,
                            List<String> measured) {
        List<RelationVerdicts.CueParameter> rule = new ArrayList<>();
        List<RelationVerdicts.CueParameter> head = new ArrayList<>();
        for (RelationVerdicts.CueParameter r : ruleCues) {
            headCues.stream().filter(h -> h.cue().equals(r.cue())).findFirst().ifPresent(h -> {
                if (r.status().comparable() && h.status().comparable()) {
                    rule.add(r);
                    head.add(h);
                }
            });
        }
        int cues = rule.size();
        int[][] same = new int[cues][cues];
        int[][] opposite = new int[cues][cues];
        int sameStrongest = 0;
        int replicatePairs = 0;
        List<Double> correlations = new ArrayList<>();
        boolean correlate = measured.size() >= Correlations.HEADLINE_MINIMUM;
        List<int[][]> headOrders = new ArrayList<>();
        List<double[]> headValues = new ArrayList<>();
        for (Map<String, Double> h : headReplicates) {
            int[][] headOrder = order(head, h);
            if (headOrder != null) {
                headOrders.add(headOrder);
                headValues.add(values(measured, h));
            }
        }
        for (Map<String, Double> r : ruleReplicates) {
            int[][] ruleOrder = order(rule, r);
            if (ruleOrder == null) {
                continue;
            }
            int ruleStrongest = strongest(ruleOrder);
            double[] ruleValues = values(measured, r);
            for (int k = 0; k < headOrders.size(); k++) {
                int[][] headOrder = headOrders.get(k);
                replicatePairs++;
                for (int a = 0; a < cues; a++) {
                    for (int b = a + 1; b < cues; b++) {
                        if (ruleOrder[a][b] != 0 && headOrder[a][b] != 0) {
                            if (ruleOrder[a][b] == headOrder[a][b]) {
                                same[a][b]++;
                            } else {
                                opposite[a][b]++;
                            }
                        }
                    }
                }
                int headStrongest = strongest(headOrder);
                sameStrongest += ruleStrongest >= 0 && ruleStrongest == headStrongest ? 1 : 0;
                if (correlate) {
                    double r2 = Correlations.headlinePearson(ruleValues, headValues.get(k));
                    if (!Double.isNaN(r2)) {
                        correlations.add(r2);
                    }
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        double alike = 0;
        for (int a = 0; a < cues; a++) {
            for (int b = a + 1; b < cues; b++) {
                double n = Math.max(1, replicatePairs);
                pairs.add(new Pair(rule.get(a).cue(), rule.get(b).cue(), same[a][b] / n, opposite[a][b] / n));
                alike += same[a][b] / n;
            }
        }
        double[] sorted = correlations.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        boolean interval = sorted.length > 0;
        return new Result(pairs, pairs.isEmpty() || replicatePairs == 0 ? Double.NaN : alike / pairs.size(),
                replicatePairs == 0 ? Double.NaN : (double) sameStrongest / replicatePairs,
                interval ? CueRanks.inverseCdf(sorted, 0.025) : Double.NaN,
                interval ? CueRanks.inverseCdf(sorted, 0.975) : Double.NaN, replicatePairs);
    }

    /**
     * How one replicate orders each pair of cues: {@code [a][b]} is 1 when a is stronger, -1 when b is, 0 when it
     * cannot tell; null when a measured cue has no value in the replicate.
     */
    static int[][] order(List<RelationVerdicts.CueParameter> cues, Map<String, Double> replicate) {
        double[] size = new double[cues.size()];
        for (int c = 0; c < size.length; c++) {
            if (cues.get(c).status() == ParameterStatus.MEASURED) {
                size[c] = Math.abs(replicate.getOrDefault(cues.get(c).parameter(), Double.NaN));
                if (Double.isNaN(size[c])) {
                    return null;
                }
            }
        }
        int[][] order = new int[size.length][size.length];
        for (int a = 0; a < size.length; a++) {
            for (int b = 0; b < size.length; b++) {
                order[a][b] = RelationVerdicts.order(cues.get(a), size[a], cues.get(b), size[b]);
            }
        }
        return order;
    }

    /** The cue stronger than every other in this replicate, or -1. */
    static int strongest(int[][] order) {
        for (int a = 0; a < order.length; a++) {
            int wins = 0;
            for (int b = 0; b < order.length; b++) {
                wins += order[a][b] > 0 ? 1 : 0;
            }
            if (wins == order.length - 1) {
                return a;
            }
        }
        return -1;
    }

    private static double[] values(List<String> parameters, Map<String, Double> replicate) {
        return parameters.stream().mapToDouble(p -> replicate.getOrDefault(p, Double.NaN)).toArray();
    }
}
