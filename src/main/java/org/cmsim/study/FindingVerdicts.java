package org.cmsim.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cmsim.attention.HeadBootstrap;
import org.cmsim.compare.Comparison;
import org.cmsim.compare.OrderEffect;
import org.cmsim.compare.RelationVerdicts;
import org.cmsim.compare.StrengthOrdering;
import org.cmsim.competition.EarlyLearning;
import org.cmsim.competition.ParameterStatus;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Counts;
import org.cmsim.model.PublishedFinding;

/**
 * Published human results beside the fitted orderings of the languages that have them. A finding is
 * compared with the corpus {@link PublishedFinding#comparedCorpus} names: its language's for adults,
 * the child-directed corpus it names for children; a finding about children whose language has no
 * child-directed corpus in the run is never set against the asymptote of adult text. Every finding
 * about children that orders cues is also set against early learning ({@link EarlyLearning}): the
 * delta rule early in its trajectory on the child-directed corpus, or, without one, on the
 * language's own corpus, the basis named in the verdict.
 */
public final class FindingVerdicts {

    /** The verdict of a finding listed beside the results but not judged (about learning, corpora, ...). */
    public static final String CONTEXT_ONLY = "context only";

    /**
     * A published human result beside a fitted ordering, for the cross-linguistic section; the
     * verdicts' relations (empty for context-only findings) carry the shares.
     */
    public record Finding(String language, String group, String published, String citation, String competition,
                          String competitionVerdict, String attention, String attentionVerdict,
                          List<RelationVerdicts.Relation> competitionRelations,
                          List<RelationVerdicts.Relation> attentionRelations, Optional<EarlyVerdict> early) {

        /** Whether the finding was judged (it orders cues and the run has its language), not listed for context. */
        public boolean compared() {
            return !competitionVerdict.equals(CONTEXT_ONLY);
        }

        /** The Competition Model's verdict word ({@link RelationVerdicts#verdictOf}); the context note otherwise. */
        public String competitionOutcome() {
            return compared() ? RelationVerdicts.verdictOf(competitionRelations) : competitionVerdict;
        }

        /** The attention heads' verdict word; the context note when the finding was not judged. */
        public String attentionOutcome() {
            return compared() ? RelationVerdicts.verdictOf(attentionRelations) : attentionVerdict;
        }
    }

    /**
     * A finding about children against the learner early in its trajectory ({@link EarlyLearning}):
     * the basis in words (which corpus, which point, how many learning orders), the cues ordered by
     * the mean weight there, and the verdict over the learning orders.
     */
    public record EarlyVerdict(String corpus, String basis, String ordering, String verdict,
                               List<RelationVerdicts.Relation> relations) {

        /** The verdict word ({@link RelationVerdicts#verdictOf}). */
        public String outcome() {
            return RelationVerdicts.verdictOf(relations);
        }
    }

    private FindingVerdicts() {
    }

    public static List<Finding> of(List<LanguageOutcome> outcomes, List<PublishedFinding> published) {
        Map<String, LanguageOutcome> byName = new LinkedHashMap<>();
        outcomes.forEach(o -> byName.put(o.study().config().name(), o));
        List<Finding> rows = new ArrayList<>();
        for (PublishedFinding finding : published) {
            LanguageOutcome outcome = finding.comparedCorpus().map(byName::get).orElse(null);
            if (outcome == null && !finding.language().equals("all") && !byName.containsKey(finding.language())) {
                continue;
            }
            Optional<EarlyVerdict> early = earlyVerdict(finding, byName);
            if (outcome == null || !finding.ordersCues()) {
                String context = outcome != null && finding.group().equals("corpus")
                        ? String.format(Locale.ROOT, "in this corpus the first noun is the agent in %.0f%%"
                                + " of clauses", 100 * firstNounAgentShare(outcome.study()))
                        : outcome == null && finding.aboutChildren() && !finding.language().equals("all")
                        ? "no child-directed corpus of this language in the run: not compared with the adult corpus's"
                        + " asymptote (early learning on it is)" : "";
                rows.add(new Finding(finding.language(), finding.group(), finding.result(), finding.study(),
                        context, CONTEXT_ONLY, "", CONTEXT_ONLY, List.of(), List.of(), early));
                continue;
            }
            List<Comparison.CueRow> parameters = outcome.corpus().cues();
            List<RelationVerdicts.CueParameter> cues = RelationVerdicts.cueParameters(parameters,
                    studied(outcome.study().config().cues()), RelationVerdicts.Model.COMPETITION, finding.order());
            List<RelationVerdicts.CueParameter> heads = RelationVerdicts.cueParameters(parameters,
                    studied(outcome.study().config().cues()), RelationVerdicts.Model.ATTENTION, finding.order());
            RelationVerdicts.Verdict competition = RelationVerdicts.of(finding, cues,
                    withOrderEffect(competitionReplicates(outcome.study()), parameters));
            RelationVerdicts.Verdict attention = RelationVerdicts.settledAcrossL2(finding, heads,
                    RelationVerdicts.of(finding, heads, withOrderEffect(attentionReplicates(outcome.study()),
                            parameters)), separated(cues), withOrderEffect(acrossOneSeSet(outcome.study()),
                            parameters));
            rows.add(new Finding(finding.language(), finding.group(), finding.result(), finding.study(),
                    ordering(cues, outcome, false), competition.describe(), ordering(heads, outcome, true),
                    attention.describe(), competition.relations(), attention.relations(), early));
        }
        return rows;
    }

    /**
     * The cues a published finding can speak of: all but the passive. The agent-identification studies
     * presented active sentences only (MacWhinney, Bates &amp; Kliegl 1984; Bates et al. 1982), so "order
     * dominates" is a claim about the cues of active clauses; the passive's strength is reported beside
     * them, in strengths and orderings, not judged against them.
     */
    static List<org.cmsim.model.Cue> studied(List<org.cmsim.model.Cue> cues) {
        return cues.stream().filter(c -> !(c instanceof org.cmsim.model.PassiveCue)).toList();
    }

    /**
     * A finding about children that orders cues, against the delta rule early in its trajectory on
     * the child-directed corpus the finding names, or, when the run has none, on its language's own
     * corpus (adult text, named as such).
     */
    static Optional<EarlyVerdict> earlyVerdict(PublishedFinding finding, Map<String, LanguageOutcome> byName) {
        if (!finding.group().equals("children") || !finding.ordersCues()) {
            return Optional.empty();
        }
        boolean childDirected = finding.corpus().isPresent() && byName.containsKey(finding.corpus().get());
        LanguageOutcome outcome = childDirected ? byName.get(finding.corpus().get()) : byName.get(finding.language());
        if (outcome == null) {
            return Optional.empty();
        }
        EarlyLearning.Result early = outcome.study().learning().early();
        String corpus = outcome.study().config().name();
        String basis = String.format(Locale.ROOT, "delta rule at %,d of %,d presentations (%.0f%% of its log-likelihood"
                + " gain), %d learning orders, on the %s corpus (%s)", early.point().step(),
                early.point().presentations(), 100 * early.point().gainShare(), early.orders(), corpus,
                childDirected ? "child-directed" : "adult text: no child-directed corpus of this language in the run");
        double minimum = outcome.study().options().minimumSupport();
        List<RelationVerdicts.CueParameter> cues = new ArrayList<>();
        List<String> unseen = new ArrayList<>();
        for (RelationVerdicts.CueParameter cue : RelationVerdicts.cueParameters(outcome.corpus().cues(),
                studied(outcome.study().config().cues()), RelationVerdicts.Model.EARLY_LEARNING, finding.order())) {
            double presented = cue.parameter().equals(OrderEffect.PARAMETER)
                    ? OrderEffect.levels(outcome.corpus().cues()).map(levels -> presentedLevels(early, levels))
                            .orElse(0.0)
                    : early.presented(cue.parameter());
            if (cue.status().comparable() && presented < minimum) {
                // Seen a handful of times by the early point: its weight says nothing about what was learned.
                cues.add(new RelationVerdicts.CueParameter(cue.cue(), cue.parameter(), ParameterStatus.SPARSE,
                        Double.NaN));
                unseen.add(String.format(Locale.ROOT, "%s (%.0f)", cue.cue(), presented));
            } else {
                cues.add(cue);
            }
        }
        if (!unseen.isEmpty()) {
            basis += String.format(Locale.ROOT, "; not measured, presented fewer than %.0f times by then (median over"
                    + " the learning orders): %s", minimum, String.join(", ", unseen));
        }
        List<Map<String, Double>> replicates = withOrderEffect(earlyReplicates(early), outcome.corpus().cues());
        RelationVerdicts.Verdict verdict = RelationVerdicts.of(finding, cues, replicates);
        return Optional.of(new EarlyVerdict(corpus, basis, meanOrdering(cues, replicates), verdict.describe(),
                verdict.relations()));
    }

    /** Replicates with the order effect added when the corpus measures it ({@link OrderEffect}). */
    static List<Map<String, Double>> withOrderEffect(List<Map<String, Double>> replicates,
                                                     List<Comparison.CueRow> rows) {
        return OrderEffect.levels(rows).map(levels -> OrderEffect.addTo(replicates, levels)).orElse(replicates);
    }

    /** Presentations of the order effect: of its least presented level, each needing its own evidence. */
    private static double presentedLevels(EarlyLearning.Result early, OrderEffect.Levels levels) {
        double fewest = early.presented(levels.canonical());
        for (String level : levels.others()) {
            fewest = Math.min(fewest, early.presented(level));
        }
        return fewest;
    }

    /** The learner's weights at the early point, one replicate per learning order. */
    static List<Map<String, Double>> earlyReplicates(EarlyLearning.Result early) {
        List<Map<String, Double>> replicates = new ArrayList<>();
        for (int r = 0; r < early.orders(); r++) {
            double[] w = early.weights(r);
            Map<String, Double> values = new LinkedHashMap<>();
            for (int j = 0; j < w.length; j++) {
                values.put(early.parameters().get(j), w[j]);
            }
            replicates.add(values);
        }
        return replicates;
    }

    /** The compared cues by the size of their mean value over the replicates, strongest first. */
    private static String meanOrdering(List<RelationVerdicts.CueParameter> cues, List<Map<String, Double>> replicates) {
        Map<String, Double> mean = new LinkedHashMap<>();
        for (RelationVerdicts.CueParameter cue : cues) {
            if (cue.status().comparable()) {
                mean.put(cue.cue().equals(cue.parameter()) ? cue.cue() : cue.parameter(), replicates.stream()
                        .mapToDouble(r -> r.getOrDefault(cue.parameter(), Double.NaN)).average().orElse(Double.NaN));
            }
        }
        return mean.entrySet().stream().sorted((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())))
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), Math.abs(e.getValue())))
                .reduce((a, b) -> a + " > " + b).orElse("");
    }

    /**
     * The Competition Model's replicates: the multiplicative rule refitted to each bootstrap
     * resample of the corpus; a separated parameter is infinite in the direction of its estimate.
     */
    static List<Map<String, Double>> competitionReplicates(LanguageStudy.Result study) {
        List<Map<String, Double>> replicates = new ArrayList<>();
        for (RuleFit fit : study.analysis().bootstrap()) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int j = 0; j < fit.parameters().size(); j++) {
                double w = fit.estimates()[j];
                ParameterStatus status = fit.estimability().get(j);
                values.put(fit.parameters().get(j), status == ParameterStatus.MEASURED ? w
                        : status == ParameterStatus.SEPARATED ? Math.copySign(Double.POSITIVE_INFINITY, w) : Double.NaN);
            }
            replicates.add(values);
        }
        return replicates;
    }

    /** The parameters the rule's corpus fit separates. */
    private static java.util.Set<String> separated(List<RelationVerdicts.CueParameter> cues) {
        return cues.stream().filter(c -> c.status() == ParameterStatus.SEPARATED)
                .map(RelationVerdicts.CueParameter::parameter).collect(java.util.stream.Collectors.toSet());
    }

    /** The fold heads' mean contributions at each L2 of the heads' one-SE set, smallest L2 first. */
    static List<Map<String, Double>> acrossOneSeSet(LanguageStudy.Result study) {
        var cv = study.heads().ensemble().crossValidation();
        return cv.oneSeSet().stream().map(cv::meanFoldContributions).flatMap(Optional::stream).toList();
    }

    /** The attention head's replicates: each head of the ensemble refitted to resamples of the corpus. */
    static List<Map<String, Double>> attentionReplicates(LanguageStudy.Result study) {
        return study.heads().replicates().replicates().stream().map(HeadBootstrap.Replicate::contributions)
                .toList();
    }

    /**
     * The cues by the size of the parameter standing for each ({@code cues} as the model reads them: a cue the rule
     * separates is measured for the heads), strongest first, placed as {@link StrengthOrdering} places them, with
     * their sizes; the cues that are not measured after the ordering, with their status.
     */
    private static String ordering(List<RelationVerdicts.CueParameter> cues, LanguageOutcome outcome,
                                   boolean attention) {
        Map<String, RelationVerdicts.CueParameter> byName = new LinkedHashMap<>();
        List<StrengthOrdering.Entry> entries = new ArrayList<>();
        Map<String, Double> values = new LinkedHashMap<>();
        outcome.corpus().cues().forEach(r -> values.put(r.parameter(), attention ? r.attention() : r.competition()));
        OrderEffect.levels(outcome.corpus().cues())
                .ifPresent(levels -> values.put(OrderEffect.PARAMETER, OrderEffect.of(values, levels)));
        for (RelationVerdicts.CueParameter cue : cues) {
            String name = cue.cue().equals(cue.parameter()) ? cue.cue() : cue.parameter();
            byName.put(name, cue);
            entries.add(StrengthOrdering.Entry.of(name, cue, values.getOrDefault(cue.parameter(), Double.NaN)));
        }
        StrengthOrdering.Result ordering = StrengthOrdering.of(entries);
        List<String> parts = new ArrayList<>();
        for (StrengthOrdering.Place place : ordering.places()) {
            parts.add(place.atLeast()
                    ? String.format(Locale.ROOT, "%s (separated: at least %.2f)", place.text(),
                            byName.get(place.name()).atLeast())
                    : String.format(Locale.ROOT, "%s %.2f", place.name(),
                            Math.abs(values.get(byName.get(place.name()).parameter()))));
        }
        List<String> apart = ordering.notMeasured().stream()
                .map(name -> name + " (" + byName.get(name).status().configName() + ")").toList();
        return (parts.isEmpty() ? "none measured" : String.join(" > ", parts))
                + (apart.isEmpty() ? "" : "; not measured: " + String.join(", ", apart));
    }

    /** Share of the corpus's tokens in which n1 is the agent. */
    public static double firstNounAgentShare(LanguageStudy.Result study) {
        Counts agents = study.analysis().exposure().agents();
        double n1 = 0;
        for (long count : agents.n1()) {
            n1 += count;
        }
        return n1 / agents.totalTrials();
    }
}
