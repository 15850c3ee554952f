package org.cmsim.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cmsim.compare.PublishedComparison;
import org.cmsim.competition.Counts;
import org.cmsim.model.PublishedFinding;

/**
 * Published human results beside the fitted orderings of the languages that have them. A finding is
 * compared with the corpus {@link PublishedFinding#comparedCorpus} names: its language's for adults,
 * the child-directed corpus it names for children; a finding about children whose language has no
 * child-directed corpus in the run is shown for context, never set against adult text.
 */
public final class FindingVerdicts {

    /** A published human result beside a fitted ordering, for the cross-linguistic section. */
    public record Finding(String language, String group, String published, String citation, String competition,
                          String competitionVerdict, String attention, String attentionVerdict) {
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
                        context, "context only", "", "context only"));
                continue;
            }
            PublishedComparison.Verdict competition = PublishedComparison.of(finding, outcome.cueLevel(false));
            PublishedComparison.Verdict attention = PublishedComparison.of(finding, outcome.cueLevel(true));
            rows.add(new Finding(finding.language(), finding.group(), finding.result(), finding.study(),
                    competition.ordering(), competition.verdict(), attention.ordering(), attention.verdict()));
        }
        return rows;
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
