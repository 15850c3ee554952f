package org.cmsim.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cmsim.attention.HeadBootstrap;
import org.cmsim.compare.Comparison;
import org.cmsim.compare.RelationVerdicts;
import org.cmsim.competition.Counts;
import org.cmsim.competition.ParameterStatus;
import org.cmsim.competition.RuleFit;
import org.cmsim.model.PublishedFinding;

/**
 * Published human results beside the fitted orderings of the languages that have them. A finding is
 * compared with the corpus {@link PublishedFinding#comparedCorpus} names: its language's for adults,
 * the child-directed corpus it names for children; a finding about children whose language has no
 * child-directed corpus in the run is shown for context, never set against adult text.
 */
public final class FindingVerdicts {

    /**
     * A published human result beside a fitted ordering, for the cross-linguistic section; the
     * verdicts' relations (empty for context-only findings) carry the shares.
     */
    public record Finding(String language, String group, String published, String citation, String competition,
                          String competitionVerdict, String attention, String attentionVerdict,
                          List<RelationVerdicts.Relation> competitionRelations,
                          List<RelationVerdicts.Relation> attentionRelations) {
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
            if (outcome == null || !finding.ordersCues()) {
                String context = outcome != null && finding.group().equals("corpus")
                        ? String.format(Locale.ROOT, "in this corpus the first noun is the agent in %.0f%%"
                                + " of clauses", 100 * firstNounAgentShare(outcome.study()))
                        : outcome == null && finding.aboutChildren() && !finding.language().equals("all")
                        ? "no child-directed corpus of this language in the run: not compared with adult text" : "";
                rows.add(new Finding(finding.language(), finding.group(), finding.result(), finding.study(),
                        context, "context only", "", "context only", List.of(), List.of()));
                continue;
            }
            List<RelationVerdicts.CueParameter> cues = RelationVerdicts.cueParameters(outcome.corpus().cues(),
                    outcome.study().config().cues(), RelationVerdicts.Model.COMPETITION);
            List<RelationVerdicts.CueParameter> heads = RelationVerdicts.cueParameters(outcome.corpus().cues(),
                    outcome.study().config().cues(), RelationVerdicts.Model.ATTENTION);
            RelationVerdicts.Verdict competition = RelationVerdicts.of(finding, cues, competitionReplicates(outcome.study()));
            RelationVerdicts.Verdict attention = RelationVerdicts.of(finding, heads, attentionReplicates(outcome.study()));
            rows.add(new Finding(finding.language(), finding.group(), finding.result(), finding.study(),
                    ordering(cues, outcome, false), competition.describe(), ordering(cues, outcome, true),
                    attention.describe(), competition.relations(), attention.relations()));
        }
        return rows;
    }

    /**
     * The Competition Model's replicates: the multiplicative rule refitted to each bootstrap
     * resample of the corpus; a separated parameter is infinite in the direction of its estimate.
     */
    static List<Map<String, Double>> competitionReplicates(LanguageStudy.Result study) {
        List<Map<String, Double>> replicates = new ArrayList<>();
        for (RuleFit fit : study.bootstrap()) {
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

    /** The attention head's replicates: each head of the ensemble refitted to resamples of the corpus. */
    static List<Map<String, Double>> attentionReplicates(LanguageStudy.Result study) {
        return study.headReplicates().replicates().stream().map(HeadBootstrap.Replicate::contributions)
                .toList();
    }

    /** The cues by the size of the parameter standing for each, strongest first, with status where not measured. */
    private static String ordering(List<RelationVerdicts.CueParameter> cues, LanguageOutcome outcome,
                                   boolean attention) {
        Map<String, Comparison.CueRow> rows = new LinkedHashMap<>();
        outcome.corpus().cues().forEach(r -> rows.put(r.parameter(), r));
        List<String> parts = new ArrayList<>();
        List<RelationVerdicts.CueParameter> sorted = new ArrayList<>(cues);
        sorted.sort((a, b) -> Double.compare(size(rows.get(b.parameter()), attention), size(rows.get(a.parameter()),
                attention)));
        for (RelationVerdicts.CueParameter cue : sorted) {
            Comparison.CueRow row = rows.get(cue.parameter());
            String name = cue.cue().equals(cue.parameter()) ? cue.cue() : cue.parameter();
            if (row.status() == ParameterStatus.SPARSE || row.status() == ParameterStatus.ABSENT) {
                parts.add(name + " (" + row.status().configName() + ")");
            } else if (row.status() == ParameterStatus.SEPARATED && !attention) {
                parts.add(String.format(Locale.ROOT, "%s (separated: at least %.2f)", name, cue.atLeast()));
            } else {
                parts.add(String.format(Locale.ROOT, "%s %.2f", name, size(row, attention)));
            }
        }
        return String.join(" > ", parts);
    }

    private static double size(Comparison.CueRow row, boolean attention) {
        if (row.status() == ParameterStatus.SPARSE || row.status() == ParameterStatus.ABSENT) {
            return Double.NEGATIVE_INFINITY;
        }
        if (!attention && row.status() == ParameterStatus.SEPARATED) {
            double bound = Math.max(Double.isFinite(row.competitionLow()) ? row.competitionLow() : 0,
                    Double.isFinite(row.competitionHigh()) ? -row.competitionHigh() : 0);
            return Math.max(0, bound);
        }
        double value = Math.abs(attention ? row.attention() : row.competition());
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }

    /** Share of the corpus's tokens in which n1 is the agent. */
    public static double firstNounAgentShare(LanguageStudy.Result study) {
        Counts agents = study.exposure().agents();
        double n1 = 0;
        for (long count : agents.n1()) {
            n1 += count;
        }
        return n1 / agents.totalTrials();
    }
}
