package org.cmsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.compare.Comparison;
import org.cmsim.compare.Correlations;
import org.cmsim.compare.Dominance;
import org.cmsim.io.Table;
import org.cmsim.model.RunConfig;
import org.cmsim.study.FindingVerdicts;
import org.cmsim.study.LanguageOutcome;
import org.cmsim.study.LanguageStudy;
import org.cmsim.validity.CueValidity;

/** The run-level files: comparison.csv and summary.json (with the findings beside the fitted orderings). */
public final class RunFiles {

    private RunFiles() {
    }

    /** comparison.csv: the contract's {@code language,cue,competition,attention}, then context columns. */
    public static Table comparisonTable(List<LanguageOutcome> outcomes) {
        Table table = new Table("language", "cue", "competition", "attention", "data", "competition_se",
                "attention_split", "validity", "conflict_validity");
        for (LanguageOutcome outcome : outcomes) {
            for (Comparison.Result r : outcome.comparisons()) {
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
    public static Map<String, Object> summary(RunConfig run, List<LanguageOutcome> outcomes) {
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
            for (Comparison.Result r : outcome.comparisons()) {
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
            Map<String, Double> competition = Comparison.cueLevel(r.cues(), false, study.language());
            Map<String, Double> attention = Comparison.cueLevel(r.cues(), true, study.language());
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

    /** The verdicts as JSON for summary.json. */
    public static List<Map<String, Object>> findingsJson(List<FindingVerdicts.Finding> findings) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FindingVerdicts.Finding f : findings) {
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
