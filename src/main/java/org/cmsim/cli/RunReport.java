package org.cmsim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.compare.Comparison;
import org.cmsim.compare.Correlations;
import org.cmsim.compare.Dominance;
import org.cmsim.compare.LanguageStudy;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.Table;
import org.cmsim.model.PublishedFinding;
import org.cmsim.compare.PublishedComparison;
import org.cmsim.model.RunConfig;
import org.cmsim.report.Figure;
import org.cmsim.report.HtmlReport;
import org.cmsim.report.Plots;
import org.cmsim.validity.CueValidity;

/** The run-level outputs: plots, comparison.csv, summary.json and the findings for the report. */
final class RunReport {

    /** One language's study and its comparisons. */
    record LanguageOutcome(LanguageStudy.Result study, Comparison.Result corpus, Optional<Comparison.Result> choices) {
        List<Comparison.Result> results() {
            List<Comparison.Result> results = new ArrayList<>(List.of(corpus));
            choices.ifPresent(results::add);
            return results;
        }
    }

    private RunReport() {
    }

    /** Renders every plot (PNG and SVG under plots/) and returns the report's sections. */
    static List<HtmlReport.Section> writePlots(OutputDirectory out, List<LanguageOutcome> outcomes) {
        List<HtmlReport.Section> sections = new ArrayList<>();
        for (LanguageOutcome outcome : outcomes) {
            LanguageStudy.Result study = outcome.study();
            String name = study.config().name();
            String slug = RunCommand.folderName(name);
            List<Figure> figures = new ArrayList<>();
            for (Comparison.Result r : outcome.results()) {
                figures.add(Figure.of(slug + "-strengths-" + r.data(), "Cue strengths (Competition Model) and attention"
                        + " contributions, " + r.data() + ", in log-odds favouring n1", Plots.strengths(name, r.data(),
                        r.cues())));
                figures.add(Figure.of(slug + "-predicted-" + r.data(), "Predicted against observed P(n1 is agent), "
                        + r.data() + "; points on the grey line are predicted exactly",
                        Plots.predictedVsObserved(name, r.data(), r.conditions())));
            }
            figures.add(Figure.of(slug + "-trajectories", "Learning over exposure on one axis of presentations: the delta"
                    + " rule (solid; the Competition Model's error-driven learner), Rescorla-Wagner (dotted) and the"
                    + " attention head (dashed; its last point is the early-stopped head that is reported)", Plots.trajectories(name, study.learning(), study.attention().trajectory())));
            figures.add(Figure.of(slug + "-attention", "Attention weight on n1 and n2 per sentence type (head"
                    + " trained on the corpus; types numbered as in the list below)", Plots.attentionHeatmap(name, "corpus", study.attention())));
            figures.add(Figure.of(slug + "-validity", "Overall cue validity in the corpus against cue strength in"
                    + " both models", Plots.validityVsStrength(name, study.validity(),
                    Comparison.cueLevel(outcome.corpus().cues(), false, study),
                    Comparison.cueLevel(outcome.corpus().cues(), true, study))));
            for (Figure figure : figures) {
                out.writeBytes("plots/" + figure.name() + ".png", figure.png());
                out.writeBytes("plots/" + figure.name() + ".svg", figure.svg());
            }
            sections.add(new HtmlReport.Section(study, outcome.corpus(), outcome.choices(), figures,
                    Plots.heatmapLegend(study.attention(), study.config().features())));
        }
        return sections;
    }

    /** comparison.csv: the contract's {@code language,cue,competition,attention}, then context columns. */
    static Table comparisonTable(List<LanguageOutcome> outcomes) {
        Table table = new Table("language", "cue", "competition", "attention", "data", "competition_se",
                "attention_split", "validity", "conflict_validity");
        for (LanguageOutcome outcome : outcomes) {
            for (Comparison.Result r : outcome.results()) {
                for (Comparison.CueRow row : r.cues()) {
                    table.add(outcome.study().config().name(), row.parameter(), row.competition(), row.attention(),
                            r.data(), row.competitionSe(), row.attentionSplit(), row.validity(),
                            row.conflictValidity());
                }
            }
        }
        return table;
    }

    /** summary.json: the headline numbers per language. */
    static Map<String, Object> summary(RunConfig run, List<LanguageOutcome> outcomes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", run.name());
        json.put("seed", run.seed());
        Map<String, Object> languages = new LinkedHashMap<>();
        for (LanguageOutcome outcome : outcomes) {
            LanguageStudy.Result study = outcome.study();
            Map<String, Object> language = new LinkedHashMap<>();
            language.put("tokens", study.corpus().totalCount());
            language.put("sentenceTypes", study.exposure().design().rows());
            Map<String, Object> validity = new LinkedHashMap<>();
            List<String> cues = study.validity().stream().map(CueValidity.Row::cue).toList();
            validity.put("overallOrdering", Dominance.ordering(cues,
                    study.validity().stream().mapToDouble(CueValidity.Row::validity).toArray()));
            validity.put("conflictOrdering", Dominance.ordering(cues,
                    study.validity().stream().mapToDouble(CueValidity.Row::conflictValidity).toArray()));
            language.put("validity", validity);
            for (Comparison.Result r : outcome.results()) {
                language.put(r.data(), dataSummary(r, study, outcome));
            }
            study.rules().ifPresent(rules -> language.put("bestRuleOnChoices", rules.best().fit().rule()));
            languages.put(study.config().name(), language);
        }
        json.put("languages", languages);
        return json;
    }

    private static Map<String, Object> dataSummary(Comparison.Result r, LanguageStudy.Result study,
                                                   LanguageOutcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pearson", Json.number(r.correlations().pearson()));
        json.put("spearman", Json.number(r.correlations().spearman()));
        json.put("kendall", Json.number(r.correlations().kendall()));
        json.put("parameters", r.correlations().n());
        json.put("competitionOrdering", r.competitionOrder());
        json.put("attentionOrdering", r.attentionOrder());
        Map<String, Object> fits = new LinkedHashMap<>();
        for (Comparison.ModelFit fit : r.fits()) {
            fits.put(fit.model(), Json.object("rmse", Json.number(fit.rmse()), "r", Json.number(fit.r()), "logLik",
                    Json.number(fit.logLik())));
        }
        json.put("fit", fits);
        json.put("conflictConditions", r.conflicts());
        json.put("disagreementsInConflict", r.disagreements().size());
        if (r.data().equals("corpus")) {
            Map<String, Double> competition = Comparison.cueLevel(r.cues(), false, study);
            Map<String, Double> attention = Comparison.cueLevel(r.cues(), true, study);
            Map<String, Double> overall = new LinkedHashMap<>();
            Map<String, Double> conflict = new LinkedHashMap<>();
            for (CueValidity.Row row : study.validity()) {
                overall.put(row.cue(), row.validity());
                conflict.put(row.cue(), row.conflictValidity());
            }
            Map<String, Object> vs = new LinkedHashMap<>();
            vs.put("competitionVsOverallValidity", kendall(competition, overall));
            vs.put("competitionVsConflictValidity", kendall(competition, conflict));
            vs.put("attentionVsOverallValidity", kendall(attention, overall));
            vs.put("attentionVsConflictValidity", kendall(attention, conflict));
            json.put("kendallWithValidity", vs);
        }
        return json;
    }

    /** Kendall's tau between two per-cue maps over the cues both define; null when undefined. */
    private static Double kendall(Map<String, Double> a, Map<String, Double> b) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        a.forEach((cue, value) -> {
            Double other = b.get(cue);
            if (other != null && Double.isFinite(other) && Double.isFinite(value)) {
                x.add(Math.abs(value));
                y.add(other);
            }
        });
        Correlations c = Correlations.of(x.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToDouble(Double::doubleValue).toArray());
        return Json.number(c.kendall());
    }

    /** Published human results beside the fitted orderings of the languages that have them. */
    static List<HtmlReport.Finding> findings(List<LanguageOutcome> outcomes, List<PublishedFinding> published) {
        Map<String, LanguageOutcome> byName = new LinkedHashMap<>();
        outcomes.forEach(o -> byName.put(o.study().config().name(), o));
        List<HtmlReport.Finding> rows = new ArrayList<>();
        for (PublishedFinding finding : published) {
            LanguageOutcome outcome = byName.get(finding.language());
            if (outcome == null && !finding.language().equals("all")) {
                continue;
            }
            if (outcome == null || !finding.ordersCues()) {
                String context = outcome != null && finding.group().equals("corpus")
                        ? String.format(java.util.Locale.ROOT, "in this corpus the first noun is the agent in %.0f%%"
                                + " of clauses", 100 * firstNounAgentShare(outcome.study())) : "";
                rows.add(new HtmlReport.Finding(finding.language(), finding.group(), finding.result(), finding.study(),
                        context, "context only", "", "context only"));
                continue;
            }
            LanguageStudy.Result study = outcome.study();
            PublishedComparison.Verdict competition = PublishedComparison.of(finding,
                    Comparison.cueLevel(outcome.corpus().cues(), false, study));
            PublishedComparison.Verdict attention = PublishedComparison.of(finding,
                    Comparison.cueLevel(outcome.corpus().cues(), true, study));
            rows.add(new HtmlReport.Finding(finding.language(), finding.group(), finding.result(), finding.study(),
                    competition.ordering(), competition.verdict(), attention.ordering(), attention.verdict()));
        }
        return rows;
    }

    /** Share of the corpus's tokens in which n1 is the agent. */
    static double firstNounAgentShare(LanguageStudy.Result study) {
        org.cmsim.competition.Counts agents = study.exposure().agents();
        double n1 = 0;
        for (long count : agents.n1()) {
            n1 += count;
        }
        return n1 / agents.totalTrials();
    }

    /** The verdicts as JSON for summary.json. */
    static List<Map<String, Object>> findingsJson(List<HtmlReport.Finding> findings) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HtmlReport.Finding f : findings) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("language", f.language());
            row.put("group", f.group());
            row.put("study", f.citation());
            row.put("competitionOrdering", f.competition());
            row.put("competitionVerdict", f.competitionVerdict());
            row.put("attentionOrdering", f.attention());
            row.put("attentionVerdict", f.attentionVerdict());
            rows.add(row);
        }
        return rows;
    }
}
