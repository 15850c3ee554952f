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
 * parameter as in the headline ({@link RelationVerdicts#cueParameters}: word order as the order
 * effect where the corpus measures it), and placed as {@link StrengthOrdering} places it: a cue the rule's full fit
 * separates goes just above the strongest cue whose size in that replicate is below its interval's
 * bound, written {@code >=cue}. Cues the replicate cannot order (two of equal size, two separated
 * ones in the same place) share the mean of their ranks (Kendall's mid-rank); the ordering writes
 * equal sizes with "=". A replicate in which a cue has no value (an order level with no neutral
 * sentence in that resample) is left out of the ranks, and counted.
 *
 * <p>Per cue: the mean rank, the 2.5th and 97.5th percentiles of its ranks (the inverse empirical
 * distribution function, type 1 of Hyndman &amp; Fan 1996, so the bounds are ranks that occurred)
 * and the share of ranked replicates in which it is strongest alone, against every other cue (a
 * separated cue may be stronger than any cue placed above it, so with one in the ordering only that
 * cue, placed first, can be). Per ordering: how many ranked
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
        List<Integer> firsts = new ArrayList<>();
        for (Map<String, Double> replicate : replicates) {
            List<StrengthOrdering.Entry> entries = new ArrayList<>();
            boolean complete = true;
            for (RelationVerdicts.CueParameter cue : compared) {
                double value = replicate.getOrDefault(cue.parameter(), Double.NaN);
                complete &= cue.status() == ParameterStatus.SEPARATED || !Double.isNaN(value);
                entries.add(StrengthOrdering.Entry.of(cue.cue(), cue, value));
            }
            if (!complete || entries.isEmpty()) {
                continue;
            }
            StrengthOrdering.Result ordering = StrengthOrdering.of(entries);
            Map<String, Double> sizes = new java.util.HashMap<>();
            entries.forEach(e -> sizes.put(e.name(), e.size()));
            double[] ranks = new double[compared.size()];
            List<String> names = compared.stream().map(RelationVerdicts.CueParameter::cue).toList();
            List<StrengthOrdering.Place> places = ordering.places();
            StringBuilder text = new StringBuilder();
            for (int start = 0; start < places.size(); ) {
                int end = start;
                while (end + 1 < places.size() && tied(places.get(end), places.get(end + 1), sizes)) {
                    end++;
                }
                // Places start..end (0-based) hold ranks start+1..end+1; their mean is (start + end) / 2 + 1.
                for (int i = start; i <= end; i++) {
                    ranks[names.indexOf(places.get(i).name())] = (start + end) / 2.0 + 1;
                    text.append(i == 0 ? "" : i == start ? " > " : places.get(i).atLeast() ? " > " : " = ")
                            .append(places.get(i).text());
                }
                start = end + 1;
            }
            ranksPerReplicate.add(ranks);
            firsts.add(decidedStrongest(places, names, ranks));
            orderingCounts.merge(text.toString(), 1, Integer::sum);
        }
        int ranked = ranksPerReplicate.size();
        List<Rank> ranks = new ArrayList<>();
        for (int c = 0; c < compared.size() && ranked > 0; c++) {
            double[] values = new double[ranked];
            int first = 0;
            for (int r = 0; r < ranked; r++) {
                values[r] = ranksPerReplicate.get(r)[c];
                first += firsts.get(r) == c ? 1 : 0;
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

    /**
     * Two neighbouring places share their ranks when the data cannot order them: two measured cues of equal size,
     * or two separated cues in the same place (neighbours with no measured cue between them).
     */
    private static boolean tied(StrengthOrdering.Place a, StrengthOrdering.Place b, Map<String, Double> sizes) {
        if (a.atLeast() || b.atLeast()) {
            return a.atLeast() && b.atLeast();
        }
        return sizes.get(a.name()).doubleValue() == sizes.get(b.name()).doubleValue();
    }

    /**
     * The cue (its index in {@code names}) that is strongest against every other one, or -1: the first place,
     * when no cue shares it and no separated cue elsewhere could be stronger (a separated cue's strength is
     * bounded below only, so it may exceed any cue placed above it).
     */
    private static int decidedStrongest(List<StrengthOrdering.Place> places, List<String> names, double[] ranks) {
        long separated = places.stream().filter(StrengthOrdering.Place::atLeast).count();
        StrengthOrdering.Place first = places.get(0);
        int index = names.indexOf(first.name());
        boolean decided = first.atLeast() ? separated == 1 : separated == 0;
        return decided && ranks[index] == 1 ? index : -1;
    }

    /** The smallest value whose empirical cumulative share reaches q (type 1); {@code sorted} ascending. */
    static double inverseCdf(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
