package org.cmsim.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cmsim.competition.ParameterStatus;
import org.cmsim.model.PublishedFinding;

/**
 * Verdicts with uncertainty on a published ordering of cues. Each relation "a is stronger than b"
 * is checked in every replicate (bootstrap resamples of the corpus for the Competition Model, the
 * heads of different seeds each refitted to resamples for attention, other learning orders for the
 * learner early in its trajectory): it <b>holds</b> when |a| &gt; |b| in at least
 * {@value #DECISIVE_SHARE} of the replicates, <b>fails</b> when |b| &gt; |a| in at least that share,
 * and is <b>undecided</b> otherwise; it is <b>not measured</b> when a side is sparse or absent. A
 * finding fails when one of its relations fails; otherwise it is <b>partly measured</b> when one of
 * them is not measured (what was not measured may contradict it), holds when all hold, and is
 * undecided otherwise.
 *
 * <p><i>Word order as one cue.</i> A verdict reads word order as the finding names it: one level, or
 * the order effect ({@link OrderEffect}); without a name, as its most frequent level (the canonical
 * order, e.g. {@code order=NVN} in English). The headline and the orderings read it as the order effect where the
 * corpus measures it ({@link #cueParameters(List, List, Model)}). Which one is named in the verdict; the levels are
 * reported separately beside it. A separated parameter has no estimate,
 * only a one-sided interval: its strength is at least the size of the interval's finite bound. It
 * beats a finite strength in a replicate only when that strength is below this bound; otherwise,
 * and between two separated cues, the replicate cannot order them, and counts for neither side.
 */
public final class RelationVerdicts {

    /** Share of replicates in which a relation (or its reverse) must hold for a verdict. */
    public static final double DECISIVE_SHARE = 0.95;

    /**
     * Which parameter stands for each cue of the config, its status, and for a separated parameter
     * how large its strength is at least (the finite bound of its profile-likelihood interval, as a
     * size; 0 when that bound does not exclude 0).
     */
    public record CueParameter(String cue, String parameter, ParameterStatus status, double atLeast) {
    }

    /**
     * One relation's verdict: the share of replicates in which it holds, and a caveat that overrides what the share
     * alone would decide (empty for none).
     */
    public record Relation(String stronger, String weaker, double share, double reverseShare, int replicates,
                           String verdict, String caveat) {
        public Relation(String stronger, String weaker, double share, double reverseShare, int replicates,
                        String verdict) {
            this(stronger, weaker, share, reverseShare, replicates, verdict, "");
        }

        public String describe() {
            if (verdict.equals(NOT_MEASURED)) {
                return stronger + " > " + weaker + ": " + verdict;
            }
            if (!caveat.isEmpty()) {
                return String.format(Locale.ROOT, "%s > %s: %s (%.0f%%; %s)", stronger, weaker, verdict, 100 * share,
                        caveat);
            }
            // A share just short of the decisive one (or its reverse just short) would round onto it
            // ("undecided (95%)"): such shares get a decimal, so the number never contradicts the verdict.
            String percent = String.format(Locale.ROOT, "%.0f", 100 * share);
            boolean misleading = verdict.equals(UNDECIDED) && (percent.equals(String.format(Locale.ROOT, "%.0f",
                    100 * DECISIVE_SHARE)) || percent.equals(String.format(Locale.ROOT, "%.0f", 100 * (1 - DECISIVE_SHARE))));
            return String.format(Locale.ROOT, "%s > %s: %s (%s%%)", stronger, weaker, verdict,
                    misleading ? String.format(Locale.ROOT, "%.1f", 100 * share) : percent);
        }
    }

    /** A finding's verdict and its relations. */
    public record Verdict(String verdict, List<Relation> relations) {
        public String describe() {
            return verdict + (relations.isEmpty() ? "" : ": " + String.join("; ",
                    relations.stream().map(Relation::describe).toList()));
        }
    }

    public static final String HOLDS = "holds";
    public static final String FAILS = "fails";
    public static final String UNDECIDED = "undecided";
    public static final String NOT_MEASURED = "not measured";
    /** How a finding names word order as a whole: {@link OrderEffect}. */
    public static final String ORDER_EFFECT = "effect";
    /** A finding some of whose relations are measured, none failing, and some not. */
    public static final String PARTLY_MEASURED = "partly measured";

    private RelationVerdicts() {
    }

    /**
     * The parameter that stands for each cue in the headline, the orderings and the cue ranks: a feature cue's own
     * parameter; for word order the order effect ({@link OrderEffect}) where the corpus measures it, as most
     * published findings read word order, else the order level present in the most tokens.
     */
    public static List<CueParameter> cueParameters(List<Comparison.CueRow> rows, List<org.cmsim.model.Cue> cues,
                                                   Model model) {
        return cueParameters(rows, cues, model, OrderEffect.levels(rows).isPresent() ? Optional.of(ORDER_EFFECT)
                : Optional.empty());
    }

    /**
     * As {@link #cueParameters(List, List, Model)}, with word order read as a published finding names it:
     * {@code order} a level ({@code NVN}), or {@value OrderEffect#PARAMETER} ({@code effect}, {@link OrderEffect});
     * empty for the most frequent level.
     */
    public static List<CueParameter> cueParameters(List<Comparison.CueRow> rows, List<org.cmsim.model.Cue> cues,
                                                   Model model, Optional<String> order) {
        List<CueParameter> result = new ArrayList<>();
        for (org.cmsim.model.Cue cue : cues) {
            if (cue.perOrderLevel() && order.isPresent()) {
                result.add(orderAsNamed(cue.name(), rows, model, order.get()));
                continue;
            }
            Optional<Comparison.CueRow> row = cue.perOrderLevel()
                    ? rows.stream().filter(r -> r.parameter().startsWith("order="))
                            .max((a, b) -> Double.compare(a.present(), b.present()))
                    : rows.stream().filter(r -> r.parameter().equals(cue.name())).findFirst();
            row.ifPresent(r -> result.add(cueParameter(cue.name(), r, model)));
        }
        return result;
    }

    /**
     * Which model's replicates a verdict reads: separation is a property of the rule's fit only (the
     * heads and the learner early in its trajectory have finite values).
     */
    public enum Model { COMPETITION, ATTENTION, EARLY_LEARNING }

    /** Word order as a finding names it: one level, or the order effect. */
    private static CueParameter orderAsNamed(String cue, List<Comparison.CueRow> rows, Model model, String order) {
        if (order.equals(ORDER_EFFECT)) {
            ParameterStatus status = OrderEffect.levels(rows).isPresent() ? ParameterStatus.MEASURED
                    : ParameterStatus.SPARSE;
            return new CueParameter(cue, OrderEffect.PARAMETER, status, Double.NaN);
        }
        String level = "order=" + order;
        return rows.stream().filter(r -> r.parameter().equals(level)).findFirst()
                .map(r -> cueParameter(cue, r, model))
                .orElse(new CueParameter(cue, level, ParameterStatus.ABSENT, Double.NaN));
    }

    private static CueParameter cueParameter(String cue, Comparison.CueRow row, Model model) {
        ParameterStatus status = row.status();
        if (status == ParameterStatus.SEPARATED && model != Model.COMPETITION) {
            return new CueParameter(cue, row.parameter(), ParameterStatus.MEASURED, Double.NaN);
        }
        double atLeast = Double.NaN;
        if (status == ParameterStatus.SEPARATED) {
            atLeast = StrengthOrdering.atLeast(row.competitionLow(), row.competitionHigh());
        }
        return new CueParameter(cue, row.parameter(), status, atLeast);
    }

    /**
     * A finding's verdict from replicates: {@code replicates.get(r)} maps each parameter to its
     * value in replicate r (infinite where separated, NaN where unread).
     */
    public static Verdict of(PublishedFinding finding, List<CueParameter> cues, List<Map<String, Double>> replicates) {
        List<Relation> relations = new ArrayList<>();
        for (Pair pair : pairs(finding, cues)) {
            relations.add(relation(pair.a(), pair.b(), pair.stronger(), pair.weaker(), replicates));
        }
        return combine(relations);
    }

    /**
     * A finding's verdict word from its relations: fails when one fails; otherwise partly measured when one is not
     * measured, holds when all hold, undecided else; not measured when none is.
     */
    public static String verdictOf(List<Relation> relations) {
        return combine(relations).verdict();
    }

    /** A finding's verdict from its relations' verdicts. */
    private static Verdict combine(List<Relation> relations) {
        List<String> measured = relations.stream().map(Relation::verdict).filter(v -> !v.equals(NOT_MEASURED)).toList();
        String verdict = measured.isEmpty() ? NOT_MEASURED
                : measured.contains(FAILS) ? FAILS
                : measured.size() < relations.size() ? PARTLY_MEASURED
                : measured.stream().allMatch(HOLDS::equals) ? HOLDS : UNDECIDED;
        return new Verdict(verdict, relations);
    }

    /** The caveat on a relation whose direction changes across the regularisers the data cannot tell apart. */
    public static final String FLIPS_WITH_L2 = "flips within one SE of the L2 optimum";

    /**
     * A head's verdict on a cue the corpus separates, made to answer for the regulariser. Such a cue's strength in
     * the rule is unbounded; in a head it is as large as the L2 penalty lets it grow, so an answer about it may be
     * the regulariser's, not the data's. Every L2 whose cross-validated log-likelihood is within one standard error
     * of the optimum fits the data about as well (the one-SE set); a relation involving a separated cue that holds
     * or fails, but whose direction in the fold heads' mean contributions ({@code atEachL2}, one map per L2 of the
     * set) differs between two of those L2s, is undecided, with the caveat {@link #FLIPS_WITH_L2}. Relations
     * between unseparated cues, and verdicts with a one-L2 set, are left as they are.
     */
    public static Verdict settledAcrossL2(PublishedFinding finding, List<CueParameter> cues, Verdict verdict,
                                          java.util.Set<String> separated, List<Map<String, Double>> atEachL2) {
        List<Pair> pairs = pairs(finding, cues);
        if (atEachL2.size() < 2 || pairs.size() != verdict.relations().size()) {
            return verdict;
        }
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            Relation relation = verdict.relations().get(i);
            boolean decided = relation.verdict().equals(HOLDS) || relation.verdict().equals(FAILS);
            boolean aboutSeparated = pair.a() != null && pair.b() != null
                    && (separated.contains(pair.a().parameter()) || separated.contains(pair.b().parameter()));
            if (decided && aboutSeparated && flips(pair, atEachL2)) {
                relations.add(new Relation(relation.stronger(), relation.weaker(), relation.share(),
                        relation.reverseShare(), relation.replicates(), UNDECIDED, FLIPS_WITH_L2));
            } else {
                relations.add(relation);
            }
        }
        return combine(relations);
    }

    /** Whether the two cues' sizes order differently at two of the L2s (an L2 where either is unread says nothing). */
    private static boolean flips(Pair pair, List<Map<String, Double>> atEachL2) {
        boolean stronger = false;
        boolean weaker = false;
        for (Map<String, Double> values : atEachL2) {
            double x = Math.abs(values.getOrDefault(pair.a().parameter(), Double.NaN));
            double y = Math.abs(values.getOrDefault(pair.b().parameter(), Double.NaN));
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            stronger |= x > y;
            weaker |= x < y;
        }
        return stronger && weaker;
    }

    /** One relation a finding asserts: the cue named stronger, the one named weaker, and their parameters. */
    private record Pair(CueParameter a, CueParameter b, String stronger, String weaker) {
    }

    /** Every relation "stronger > weaker" the finding's ordering asserts, in order. */
    private static List<Pair> pairs(PublishedFinding finding, List<CueParameter> cues) {
        Map<String, CueParameter> byCue = new LinkedHashMap<>();
        cues.forEach(c -> byCue.put(c.cue(), c));
        List<Pair> pairs = new ArrayList<>();
        List<List<String>> groups = groups(finding, cues);
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                for (String stronger : groups.get(i)) {
                    for (String weaker : groups.get(j)) {
                        pairs.add(new Pair(byCue.get(stronger), byCue.get(weaker), stronger, weaker));
                    }
                }
            }
        }
        return pairs;
    }

    private static Relation relation(CueParameter a, CueParameter b, String stronger, String weaker,
                                     List<Map<String, Double>> replicates) {
        String strongerName = a == null ? stronger : describe(a);
        String weakerName = b == null ? weaker : describe(b);
        if (a == null || b == null || !a.status().comparable() || !b.status().comparable()) {
            return new Relation(strongerName, weakerName, Double.NaN, Double.NaN, 0, NOT_MEASURED);
        }
        int holds = 0;
        int reverse = 0;
        int counted = 0;
        boolean aSeparated = a.status() == ParameterStatus.SEPARATED;
        boolean bSeparated = b.status() == ParameterStatus.SEPARATED;
        for (Map<String, Double> replicate : replicates) {
            double x = aSeparated ? Double.POSITIVE_INFINITY : Math.abs(replicate.getOrDefault(a.parameter(), Double.NaN));
            double y = bSeparated ? Double.POSITIVE_INFINITY : Math.abs(replicate.getOrDefault(b.parameter(), Double.NaN));
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            counted++;
            int order = order(a, x, b, y);
            holds += order > 0 ? 1 : 0;
            reverse += order < 0 ? 1 : 0;
        }
        if (counted == 0) {
            return new Relation(strongerName, weakerName, Double.NaN, Double.NaN, 0, NOT_MEASURED);
        }
        double share = (double) holds / counted;
        double reverseShare = (double) reverse / counted;
        String verdict = share >= DECISIVE_SHARE ? HOLDS : reverseShare >= DECISIVE_SHARE ? FAILS : UNDECIDED;
        return new Relation(strongerName, weakerName, share, reverseShare, counted, verdict);
    }

    /**
     * How one replicate orders two cues of sizes {@code sizeA} and {@code sizeB}: 1 when a is stronger, -1 when b is,
     * 0 when it cannot tell. Only "at least" is known of a separated side (its size is not read): it is stronger
     * where the other is below its bound; two separated cues, and equal sizes, are not ordered. The verdicts, the
     * headline's agreement and {@link StrengthOrdering} all order cues by this rule.
     */
    public static int order(CueParameter a, double sizeA, CueParameter b, double sizeB) {
        boolean aSeparated = a.status() == ParameterStatus.SEPARATED;
        boolean bSeparated = b.status() == ParameterStatus.SEPARATED;
        if (aSeparated && bSeparated) {
            return 0;
        }
        if (aSeparated) {
            return sizeB < a.atLeast() ? 1 : 0;
        }
        if (bSeparated) {
            return sizeA < b.atLeast() ? -1 : 0;
        }
        return Double.compare(sizeA, sizeB);
    }

    /** "order (order=NVN)" for word order; a feature cue by its name. */
    private static String describe(CueParameter cue) {
        return cue.cue().equals(cue.parameter()) ? cue.cue() : cue.cue() + " (" + cue.parameter() + ")";
    }

    /** The published ordering as groups; "strongest X" is X above every other cue the corpus has. */
    private static List<List<String>> groups(PublishedFinding finding, List<CueParameter> cues) {
        if (finding.strongest().isEmpty()) {
            return finding.ordering();
        }
        String top = finding.strongest().get();
        List<String> others = cues.stream().map(CueParameter::cue).filter(cue -> !cue.equals(top)).toList();
        return List.of(List.of(top), others);
    }
}
