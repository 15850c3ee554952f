package org.cmsim.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.cmsim.compare.Correlations;
import org.cmsim.compare.OrderEffect;
import org.cmsim.compare.RelationVerdicts.Relation;
import org.cmsim.compare.RelationVerdicts;
import org.cmsim.model.PublishedFinding;
import org.cmsim.transfer.Blocking;
import org.cmsim.transfer.LearningBand;
import org.cmsim.transfer.Quantiles;
import org.cmsim.transfer.TransferStudy;
import org.cmsim.transfer.TransferSummary;
import org.cmsim.validity.CueValidity;

/**
 * Verdicts on the published findings about learning ({@link PublishedFinding#MEASURES}), in the vocabulary of the
 * others ({@link RelationVerdicts}): each claim is checked in every replicate (presentation orders of the delta
 * rule, heads of different seeds, bootstrap refits), holds when it holds in at least
 * {@value RelationVerdicts#DECISIVE_SHARE} of them, fails when its reverse does, and is undecided otherwise.
 */
public final class LearningVerdicts {

    /** "Gradual" (McDonald 1987): no cue moves more than half-way within this share of the exposure. */
    public static final double EARLY_SHARE = 0.05;
    /** "Ends at the second language's pattern": within this share of the L1-L2 distance. */
    public static final double END_SHARE = 0.10;
    /** Blocking's two phases, in presentations (the delta rule) and tokens (the heads). */
    public static final long BLOCKING_PHASE = 2000;
    /** The delta rule's rate in the blocking design, the learner's default. */
    public static final double BLOCKING_RATE = 0.05;

    private LearningVerdicts() {
    }

    /** Whether a published finding is measured here rather than by ordering strengths. */
    public static boolean measures(PublishedFinding finding) {
        return finding.measure().isPresent();
    }

    public static List<FindingVerdicts.Finding> of(List<PublishedFinding> published, List<LanguageOutcome> outcomes,
                                                   List<TransferStudy.Result> transfers, Optional<Blocking.Result> blocking) {
        List<FindingVerdicts.Finding> rows = new ArrayList<>();
        for (PublishedFinding finding : published) {
            if (!measures(finding)) {
                continue;
            }
            String measure = finding.measure().get();
            if (measure.equals("blocking")) {
                rows.add(blocking.map(b -> blocking(finding, b)).orElseGet(() -> context(finding, "not run")));
            } else if (measure.equals("validity-order")) {
                rows.add(validityOrder(finding, outcomes));
            } else {
                Optional<TransferStudy.Result> transfer = transfers.stream().filter(t -> t.from().equals(
                        finding.from().get()) && t.to().equals(finding.language())).findFirst();
                rows.add(transfer.map(t -> measure.equals("transfer-shift") ? shift(finding, t) : halfWay(finding, t))
                        .orElseGet(() -> context(finding, "no " + finding.from().get() + " -> " + finding.language()
                                + " transfer in the run (a run config's \"transfer\" block, as in configs/all.json)")));
            }
        }
        return rows;
    }

    private static FindingVerdicts.Finding context(PublishedFinding f, String why) {
        return new FindingVerdicts.Finding(f.language(), f.group(), f.result(), f.study(), why, "context only", "",
                "context only", List.of(), List.of(), Optional.empty());
    }

    /** A claim's verdict from how many replicates it holds in and how many its reverse holds in. */
    static Relation claim(String claim, String against, int holds, int reverse, int counted) {
        if (counted == 0) {
            return new Relation(claim, against, Double.NaN, Double.NaN, 0, RelationVerdicts.NOT_MEASURED);
        }
        double share = (double) holds / counted;
        double reverseShare = (double) reverse / counted;
        return new Relation(claim, against, share, reverseShare, counted, share >= RelationVerdicts.DECISIVE_SHARE
                ? RelationVerdicts.HOLDS : reverseShare >= RelationVerdicts.DECISIVE_SHARE ? RelationVerdicts.FAILS
                : RelationVerdicts.UNDECIDED);
    }

    /** A finding's verdict from its relations, by {@link RelationVerdicts#of}'s rule. */
    static String verdict(List<Relation> relations) {
        List<String> measured = relations.stream().map(Relation::verdict)
                .filter(v -> !v.equals(RelationVerdicts.NOT_MEASURED)).toList();
        String verdict = measured.isEmpty() ? RelationVerdicts.NOT_MEASURED
                : measured.contains(RelationVerdicts.FAILS) ? RelationVerdicts.FAILS
                : measured.size() < relations.size() ? RelationVerdicts.PARTLY_MEASURED
                : measured.stream().allMatch(RelationVerdicts.HOLDS::equals) ? RelationVerdicts.HOLDS
                : RelationVerdicts.UNDECIDED;
        return verdict + ": " + String.join("; ", relations.stream().map(LearningVerdicts::describe).toList());
    }

    /** "claim: holds (97%)": the claim, its verdict and the share of replicates in which it holds. */
    static String describe(Relation claim) {
        return claim.verdict().equals(RelationVerdicts.NOT_MEASURED) ? claim.stronger() + ": " + claim.verdict()
                : String.format(Locale.ROOT, "%s: %s (%.0f%% of %d)", claim.stronger(), claim.verdict(),
                        100 * claim.share(), claim.replicates());
    }

    // ------------------------------------------------------------ McDonald (1987): a gradual shift

    /**
     * The shift is gradual (no cue with a second-language asymptote has moved more than half-way by
     * {@value #EARLY_SHARE} of the exposure) and ends at the second language's pattern (the distance of the
     * final strengths to its asymptotes, Euclidean over those cues, within {@value #END_SHARE} of the start's).
     */
    static FindingVerdicts.Finding shift(PublishedFinding f, TransferStudy.Result t) {
        Relation delta = shiftRelation(t.delta(), t);
        Relation heads = shiftRelation(t.attention(), t);
        return new FindingVerdicts.Finding(f.language(), f.group(), f.result(), f.study(), basis(t, "orders"),
                verdict(List.of(delta)), basis(t, "seeds"), verdict(List.of(heads)), List.of(delta), List.of(heads),
                Optional.empty());
    }

    private static String basis(TransferStudy.Result t, String replicates) {
        return String.format(Locale.ROOT, "%s -> %s over %,d presentations, %d %s", t.from(), t.to(),
                t.settings().exposure(), replicates.equals("orders") ? t.settings().orders() : t.settings().seeds(),
                replicates.equals("orders") ? "presentation orders" : "heads of different seeds");
    }

    private static Relation shiftRelation(TransferStudy.Learner learner, TransferStudy.Result t) {
        LearningBand band = learner.band();
        double[] target = learner.l2Asymptote();
        List<Integer> cues = new ArrayList<>();
        for (int j = 0; j < band.parameters().size(); j++) {
            if (!band.parameters().get(j).equals(TransferStudy.ORDER_EFFECT) && Double.isFinite(target[j])) {
                cues.add(j);
            }
        }
        int end = band.exposure().length - 1;
        int holds = 0;
        int counted = 0;
        for (int r = 0; r < band.replicates(); r++) {
            boolean gradual = true;
            double startDistance = 0;
            double endDistance = 0;
            boolean defined = true;
            for (int j : cues) {
                double[] path = band.path(r, j);
                defined &= Double.isFinite(path[0]) && Double.isFinite(path[end]);
                double[] progress = org.cmsim.transfer.HalfWay.progress(path, target[j]);
                for (int c = 1; c < path.length && band.exposure()[c] <= EARLY_SHARE * t.settings().exposure(); c++) {
                    gradual &= !(progress[c] > org.cmsim.transfer.HalfWay.SHARE);
                }
                startDistance += (path[0] - target[j]) * (path[0] - target[j]);
                endDistance += (path[end] - target[j]) * (path[end] - target[j]);
            }
            if (!defined || cues.isEmpty()) {
                continue;
            }
            counted++;
            holds += gradual && Math.sqrt(endDistance) <= END_SHARE * Math.sqrt(startDistance) ? 1 : 0;
        }
        return claim("gradual (no cue half-way by " + Math.round(100 * EARLY_SHARE) + "% of the exposure) and ends"
                + " within " + Math.round(100 * END_SHARE) + "% of the " + t.from() + "-" + t.to() + " distance of "
                + t.to() + "'s pattern", "", holds, counted - holds, counted);
    }

    // ------------------------------------------------------------ Heilenman & McDonald (1993): which cue moves first

    /** The first cue group of the finding's ordering moves half-way before the second, replicate by replicate. */
    static FindingVerdicts.Finding halfWay(PublishedFinding f, TransferStudy.Result t) {
        Relation delta = firstRelation(f, t.delta());
        Relation heads = firstRelation(f, t.attention());
        return new FindingVerdicts.Finding(f.language(), f.group(), f.result(), f.study(), basis(t, "orders"),
                verdict(List.of(delta)), basis(t, "seeds"), verdict(List.of(heads)), List.of(delta), List.of(heads),
                Optional.empty());
    }

    private static Relation firstRelation(PublishedFinding f, TransferStudy.Learner learner) {
        String first = parameter(f, f.ordering().get(0).get(0));
        String second = parameter(f, f.ordering().get(1).get(0));
        List<String> parameters = learner.band().parameters();
        String name = first + " half-way before " + second;
        if (!parameters.contains(first) || !parameters.contains(second)) {
            return claim(name, "", 0, 0, 0);
        }
        double[] a = TransferSummary.halfWays(learner, parameters.indexOf(first));
        double[] b = TransferSummary.halfWays(learner, parameters.indexOf(second));
        int holds = 0;
        int reverse = 0;
        int counted = 0;
        for (int r = 0; r < a.length; r++) {
            if (Double.isNaN(a[r]) || Double.isNaN(b[r])) {
                continue;
            }
            counted++;
            holds += a[r] < b[r] ? 1 : 0;
            reverse += b[r] < a[r] ? 1 : 0;
        }
        return claim(name + String.format(Locale.ROOT, " (median %s against %s)", exposure(Quantiles.of(a, 0.5)),
                exposure(Quantiles.of(b, 0.5))), "", holds, reverse, counted);
    }

    private static String parameter(PublishedFinding f, String cue) {
        return !cue.equals("order") ? cue : f.order().map(o -> o.equals(RelationVerdicts.ORDER_EFFECT)
                ? TransferStudy.ORDER_EFFECT : "order=" + o).orElse(TransferStudy.ORDER_EFFECT);
    }

    private static String exposure(double value) {
        return Double.isNaN(value) ? "none" : Double.isInfinite(value) ? "not reached"
                : String.format(Locale.ROOT, "%,.0f", value);
    }

    // ------------------------------------------------------------ McDonald & MacWhinney (1991): validity first

    /**
     * Per language of the run: early strengths (the delta rule at its early point, over learning orders) rank more
     * like overall validity than like conflict validity (Kendall's tau of each with each), and late strengths (the
     * asymptote: bootstrap refits of the rule; for the heads, their replicates) the other way round. The heads'
     * early strengths are not replicated (the trajectory is one head's), so their early relation is not measured.
     */
    static FindingVerdicts.Finding validityOrder(PublishedFinding f, List<LanguageOutcome> outcomes) {
        List<Relation> rule = new ArrayList<>();
        List<Relation> heads = new ArrayList<>();
        for (LanguageOutcome outcome : outcomes) {
            LanguageStudy.Result study = outcome.study();
            String name = study.config().name();
            List<CueValidity.Row> validity = study.analysis().validity().stream()
                    .filter(v -> FindingVerdicts.studied(study.config().cues()).stream()
                            .anyMatch(c -> c.name().equals(v.cue()))).toList();
            Optional<OrderEffect.Levels> levels = OrderEffect.levels(outcome.corpus().cues());
            rule.add(tauRelation(name + " early", validity, levels, FindingVerdicts.earlyReplicates(
                    study.learning().early()), true));
            rule.add(tauRelation(name + " late", validity, levels, FindingVerdicts.competitionReplicates(study), false));
            heads.add(claim(name + " early: tau with overall validity > tau with conflict validity", "", 0, 0, 0));
            heads.add(tauRelation(name + " late", validity, levels, FindingVerdicts.attentionReplicates(study), false));
        }
        return new FindingVerdicts.Finding(f.language(), f.group(), f.result(), f.study(),
                "delta rule early (its early point) and late (the asymptote's bootstrap refits), on every language of"
                + " the run", verdict(rule), "heads' replicates late; early not replicated", verdict(heads), rule,
                heads, Optional.empty());
    }

    private static Relation tauRelation(String label, List<CueValidity.Row> validity,
                                        Optional<OrderEffect.Levels> levels, List<Map<String, Double>> replicates,
                                        boolean overallFirst) {
        double[] overall = validity.stream().mapToDouble(CueValidity.Row::validity).toArray();
        double[] conflict = validity.stream().mapToDouble(CueValidity.Row::conflictValidity).toArray();
        int holds = 0;
        int reverse = 0;
        int counted = 0;
        for (Map<String, Double> replicate : replicates) {
            double[] size = new double[validity.size()];
            for (int c = 0; c < size.length; c++) {
                String cue = validity.get(c).cue();
                double value = cue.equals("order") ? levels.map(l -> OrderEffect.of(replicate, l)).orElse(Double.NaN)
                        : replicate.getOrDefault(cue, Double.NaN);
                // A separated cue's size is infinite: larger than any other, which ranks need and Commons Math
                // cannot take.
                size[c] = Double.isInfinite(value) ? Double.MAX_VALUE : Math.abs(value);
            }
            double withOverall = Correlations.of(size, overall).kendall();
            double withConflict = Correlations.of(size, conflict).kendall();
            if (Double.isNaN(withOverall) || Double.isNaN(withConflict)) {
                continue;
            }
            counted++;
            double first = overallFirst ? withOverall : withConflict;
            double second = overallFirst ? withConflict : withOverall;
            holds += first > second ? 1 : 0;
            reverse += second > first ? 1 : 0;
        }
        return claim(label + (overallFirst ? ": tau with overall validity > tau with conflict validity"
                : ": tau with conflict validity > tau with overall validity"), "", holds, reverse, counted);
    }

    // ------------------------------------------------------------ blocking (Matessa & Anderson 2000)

    static FindingVerdicts.Finding blocking(PublishedFinding f, Blocking.Result b) {
        Relation delta = blockingRelation(b.deltaBlocked(), b.deltaControl(), "presentation orders");
        Relation heads = blockingRelation(b.headBlocked(), b.headControl(), "heads");
        String basis = String.format(Locale.ROOT, "designed corpus: %,d presentations of A alone, then %,d of A and B"
                + " together, against the second phase alone; delta rule at rate %s", b.phase1(), b.phase2(), b.rate());
        return new FindingVerdicts.Finding(f.language(), f.group(), f.result(), f.study(), basis,
                verdict(List.of(delta)), basis.replaceAll("; delta rule.*", "; attention heads"),
                verdict(List.of(heads)), List.of(delta), List.of(heads), Optional.empty());
    }

    private static Relation blockingRelation(double[] blocked, double[] control, String replicates) {
        IntPredicate smaller = r -> blocked[r] < control[r];
        int holds = (int) java.util.stream.IntStream.range(0, blocked.length).filter(smaller).count();
        int reverse = (int) java.util.stream.IntStream.range(0, blocked.length).filter(r -> control[r] < blocked[r])
                .count();
        return claim(String.format(Locale.ROOT, "B after A, %s, is weaker than B without A, %s (over %d %s)",
                range(blocked), range(control), blocked.length, replicates), "", holds, reverse, blocked.length);
    }

    /** "0.42 [0.40, 0.45]": the mean and the 2.5-97.5% range. */
    static String range(double[] values) {
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", Arrays.stream(values).average().orElse(Double.NaN),
                Quantiles.of(values, LearningBand.LOW), Quantiles.of(values, LearningBand.HIGH));
    }
}
