package org.cmsim.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cmsim.competition.ParameterStatus;

/**
 * How stable the order of cues is across replicates (bootstrap refits, heads of different seeds):
 * the distribution of each cue's rank and of the whole ordering.
 *
 * <p>In each replicate the compared cues (measured or separated; sparse and absent cues are left out,
 * as from every verdict) are ranked by absolute size, 1 = strongest, each cue read through the same
 * parameter as in the verdicts ({@link RelationVerdicts#cueParameters}: word order as its most
 * frequent level). A cue the rule's full fit separates counts as infinitely strong; cues of equal
 * size (two separated ones) share the mean of their ranks (Kendall's mid-rank), and the ordering
 * writes them with "=". A replicate in which a cue has no value (an order level with no neutral
 * sentence in that resample) is left out of the ranks, and counted.
 *
 * <p>Per cue: the mean rank, the 2.5th and 97.5th percentiles of its ranks (the inverse empirical
 * distribution function, type 1 of Hyndman &amp; Fan 1996, so the bounds are ranks that occurred)
 * and the share of ranked replicates in which it is strongest alone. Per ordering: how many ranked
 * replicates have it, most frequent first (ties in count by the ordering's text).
 */
public final class CueRanks {

    /** Lower and upper percentile of the rank range. */
    private static final double LOW = 0.025;
    private static final double HIGH = 0.975;

    /** One cue's ranks over the ranked replicates. */
    public record Rank(String cue, String parameter, double mean, double low, double high, double shareFirst) {
    }

    /** One ordering of the cues, strongest first, and how many ranked replicates have it. */
    public record Ordering(String ordering, int count, double share) {
    }

    /** The ranks and orderings over {@code ranked} of {@code replicates} replicates. */
    public record Result(int replicates, int ranked, List<Rank> ranks, List<Ordering> orderings) {
        public Result {
            ranks = List.copyOf(ranks);
            orderings = List.copyOf(orderings);
        }
    }

    private CueRanks() {
    }

    /**
     * Ranks the compared cues of {@code cues} in each replicate ({@code replicates.get(r)} maps each
     * parameter to its value in replicate r).
     */
    public static Result of(List<RelationVerdicts.CueParameter> cues, List<Map<String, Double>> replicates) {
        List<RelationVerdicts.CueParameter> compared = cues.stream().filter(c -> c.status().comparable()).toList();
        List<double[]> ranksPerReplicate = new ArrayList<>();
        Map<String, Integer> orderingCounts = new TreeMap<>();
        for (Map<String, Double> replicate : replicates) {
            double[] sizes = new double[compared.size()];
            boolean complete = true;
            for (int c = 0; c < sizes.length; c++) {
                RelationVerdicts.CueParameter cue = compared.get(c);
                sizes[c] = cue.status() == ParameterStatus.SEPARATED ? Double.POSITIVE_INFINITY
                        : Math.abs(replicate.getOrDefault(cue.parameter(), Double.NaN));
                complete &= !Double.isNaN(sizes[c]);
            }
            if (!complete || sizes.length == 0) {
                continue;
            }
            ranksPerReplicate.add(midRanks(sizes));
            orderingCounts.merge(ordering(compared, sizes), 1, Integer::sum);
        }
        int ranked = ranksPerReplicate.size();
        List<Rank> ranks = new ArrayList<>();
        for (int c = 0; c < compared.size() && ranked > 0; c++) {
            double[] values = new double[ranked];
            int first = 0;
            for (int r = 0; r < ranked; r++) {
                values[r] = ranksPerReplicate.get(r)[c];
                first += values[r] == 1 ? 1 : 0;
            }
            double mean = Arrays.stream(values).average().orElseThrow();
            Arrays.sort(values);
            ranks.add(new Rank(compared.get(c).cue(), compared.get(c).parameter(), mean, inverseCdf(values, LOW),
                    inverseCdf(values, HIGH), (double) first / ranked));
        }
        List<Ordering> orderings = new ArrayList<>();
        orderingCounts.forEach((text, count) -> orderings.add(new Ordering(text, count, (double) count / ranked)));
        orderings.sort(Comparator.comparingInt(Ordering::count).reversed());
        return new Result(replicates.size(), ranked, ranks, orderings);
    }

    /** Ranks by size, 1 = largest; equal sizes share the mean of the ranks they span. */
    static double[] midRanks(double[] sizes) {
        Integer[] byDecreasingSize = new Integer[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            byDecreasingSize[i] = i;
        }
        Arrays.sort(byDecreasingSize, (a, b) -> Double.compare(sizes[b], sizes[a]));
        double[] ranks = new double[sizes.length];
        for (int start = 0; start < sizes.length; ) {
            int end = start;
            while (end + 1 < sizes.length && sizes[byDecreasingSize[end + 1]] == sizes[byDecreasingSize[start]]) {
                end++;
            }
            // Positions start..end (0-based) hold ranks start+1..end+1; their mean is (start + end) / 2 + 1.
            for (int i = start; i <= end; i++) {
                ranks[byDecreasingSize[i]] = (start + end) / 2.0 + 1;
            }
            start = end + 1;
        }
        return ranks;
    }

    /** "case > order = clitic > animacy": strongest first, equal sizes joined by "=". */
    private static String ordering(List<RelationVerdicts.CueParameter> cues, double[] sizes) {
        Integer[] order = new Integer[sizes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Stable sort: equal sizes keep the config's cue order, so a tie is always written the same way.
        Arrays.sort(order, (a, b) -> Double.compare(sizes[b], sizes[a]));
        StringBuilder text = new StringBuilder(cues.get(order[0]).cue());
        for (int i = 1; i < order.length; i++) {
            text.append(sizes[order[i]] == sizes[order[i - 1]] ? " = " : " > ").append(cues.get(order[i]).cue());
        }
        return text.toString();
    }

    /** The smallest value whose empirical cumulative share reaches q (type 1); {@code sorted} ascending. */
    static double inverseCdf(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
