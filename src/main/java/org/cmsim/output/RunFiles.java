package org.cmsim.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.compare.Comparison;
import org.cmsim.compare.Correlations;
import org.cmsim.compare.Dominance;
import org.cmsim.compare.HeldOut;
import org.cmsim.compare.ModelAgreement;
import org.cmsim.compare.PairedDifference;
import org.cmsim.compare.RelationVerdicts;
import org.cmsim.io.Table;
import org.cmsim.model.ConfigNames;
import org.cmsim.model.RunConfig;
import org.cmsim.numeric.L2Path;
import org.cmsim.study.FindingVerdicts;
import org.cmsim.study.Headline;
import org.cmsim.study.LanguageOutcome;
import org.cmsim.study.LanguageStudy;
import org.cmsim.validity.CueValidity;

/** The run-level files: comparison.csv and summary.json (with the findings beside the fitted orderings). */
public final class RunFiles {

    private RunFiles() {
    }

    /**
     * comparison.csv: the contract's {@code language,cue,competition,attention}, the intervals, seeds,
     * support and status (an infinite interval bound is an empty cell), then context columns.
     */
    public static Table comparisonTable(List<LanguageOutcome> outcomes) {
        Table table = new Table("language", "cue", "competition", "attention", "competition_low", "competition_high",
                "attention_low", "attention_high", "seeds", "present", "status", "data", "competition_se",
                "attention_split", "attention_reading", "validity", "conflict_validity");
        for (LanguageOutcome outcome : outcomes) {
            for (Comparison.Result r : outcome.comparisons()) {
                for (Comparison.CueRow row : r.cues()) {
                    table.add(outcome.study().config().name(), row.parameter(), row.competition(), row.attention(),
                            finite(row.competitionLow()), finite(row.competitionHigh()), row.attentionLow(),
                            row.attentionHigh(), (long) row.seeds(), row.present(), row.status().configName(),
                            r.data(), row.competitionSe(), row.attentionSplit(),
                            row.attentionReading().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                            row.validity(), row.conflictValidity());
                }
            }
        }
        return table;
    }

    /** An infinite bound is written as an empty cell. */
    static double finite(double bound) {
        return Double.isFinite(bound) ? bound : Double.NaN;
    }

    /** summary.json: the headline numbers per language. */
    public static Map<String, Object> summary(RunConfig run, List<LanguageOutcome> outcomes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", run.name());
        json.put("seed", run.seed());
        Map<String, Object> languages = new LinkedHashMap<>();
        for (LanguageOutcome outcome : outcomes) {
            LanguageStudy.Result study = outcome.study();
            LanguageStudy.CorpusAnalysis analysis = study.analysis();
            Map<String, Object> language = new LinkedHashMap<>();
            language.put("tokens", study.corpus().totalCount());
            language.put("sentenceTypes", analysis.exposure().design().rows());
            Map<String, Object> validity = new LinkedHashMap<>();
            List<String> cues = analysis.validity().stream().map(CueValidity.Row::cue).toList();
            validity.put("overallOrdering", Dominance.ordering(cues,
                    analysis.validity().stream().mapToDouble(CueValidity.Row::validity).toArray()));
            validity.put("conflictOrdering", Dominance.ordering(cues,
                    analysis.validity().stream().mapToDouble(CueValidity.Row::conflictValidity).toArray()));
            language.put("validity", validity);
            for (Comparison.Result r : outcome.comparisons()) {
                language.put(r.data(), dataSummary(r, study, outcome));
            }
            study.choices().ifPresent(choices -> language.put("bestRuleOnChoices",
                    choices.rules().best().fit().rule()));
            language.put("heldOut", crossValidationJson(study.heads().ensemble(), study.heads().heldOut(),
                    analysis.exposureFit().logLik()));
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
        Headline headline = outcome.headlines().stream().filter(h -> h.data().equals(r.data())).findFirst()
                .orElseThrow();
        json.put("competitionOrdering", headline.competition().texts());
        json.put("competitionOrderingShare", Json.number(headline.competitionShare()));
        json.put("attentionOrdering", headline.attention().texts());
        json.put("attentionOrderingShare", Json.number(headline.attentionShare()));
        json.put("notMeasured", headline.competition().notMeasured());
        headline.agreement().ifPresent(a -> {
            json.put("replicatePairs", a.replicatePairs());
            json.put("pairsOrderedAlike", Json.number(a.pairsAlike()));
            json.put("sameStrongest", Json.number(a.sameStrongest()));
            json.put("pearsonInterval", Arrays.asList(Json.number(a.pearsonLow()), Json.number(a.pearsonHigh())));
            List<Object> pairs = new ArrayList<>();
            for (ModelAgreement.Pair p : a.pairs()) {
                pairs.add(Json.object("first", p.first(), "second", p.second(), "alike", Json.number(p.same()),
                        "opposite", Json.number(p.opposite()), "undecided", Json.number(p.undecided())));
            }
            json.put("cuePairs", pairs);
        });
        Map<String, Object> fits = new LinkedHashMap<>();
        for (Comparison.ModelFit fit : r.fits()) {
            fits.put(fit.model(), Json.object("rmse", Json.number(fit.rmse()), "r", Json.number(fit.r()), "logLik",
                    Json.number(fit.logLik())));
        }
        json.put("fit", fits);
        json.put("conflictConditions", r.conflicts());
        json.put("disagreementsInConflict", r.disagreements().size());
        if (r.data().equals("corpus")) {
            Map<String, Double> competition = Comparison.cueStrengths(r.cues(), study.config().cues(), false);
            Map<String, Double> attention = Comparison.cueStrengths(r.cues(), study.config().cues(), true);
            Map<String, Double> overall = new LinkedHashMap<>();
            Map<String, Double> conflict = new LinkedHashMap<>();
            for (CueValidity.Row row : study.analysis().validity()) {
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

    /**
     * The heads' L2 curve and the held-out comparison of five models in nested cross-validation on the same
     * folds: log-likelihoods summed over the held-out tokens of every fold, the head's differences from the
     * others with their intervals, and the in-sample log-likelihoods beside them.
     */
    static Map<String, Object> crossValidationJson(HeadEnsemble.Result heads, HeldOut heldOut,
                                                   double multiplicativeInSample) {
        HeadEnsemble.CrossValidation cv = heads.crossValidation();
        List<Object> curve = new ArrayList<>();
        List<Double> oneSe = cv.oneSeSet();
        for (L2Path.Point point : cv.curve().points()) {
            curve.add(Json.object("l2", point.l2(), "logLik", Json.number(point.logLik()), "se",
                    Json.number(point.se()), "withinOneSe", oneSe.contains(point.l2())));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("folds", cv.folds());
        json.put("foldSeed", cv.seed());
        json.put("tokens", Json.number(cv.tokens()));
        json.put("l2Choice", ConfigNames.of(cv.l2Choice()));
        json.put("l2Curve", curve);
        json.put("chosenL2", cv.chosenL2());
        json.put("chosenL2Interior", cv.chosenIsInterior());
        json.put("oneSeL2", oneSe);
        json.put("seeds", heads.heads().size());
        Map<String, Object> totals = new LinkedHashMap<>();
        Map<String, Object> models = new LinkedHashMap<>();
        for (HeldOut.ModelScore model : heldOut.models()) {
            totals.put(model.model(), Json.number(model.logLik()));
            Map<String, Object> score = new LinkedHashMap<>();
            score.put("logLik", Json.number(model.logLik()));
            score.put("foldLogLik", numbers(model.foldLogLik()));
            if (model.penalised()) {
                score.put("foldL2", Arrays.stream(model.foldL2()).boxed().toList());
                List<Boolean> interior = new ArrayList<>();
                for (boolean b : model.foldL2Interior()) {
                    interior.add(b);
                }
                score.put("foldL2Interior", interior);
            }
            models.put(model.model(), score);
        }
        json.put("heldOutLogLik", totals);
        json.put("models", models);
        List<Object> differences = new ArrayList<>();
        for (PairedDifference d : heldOut.differences()) {
            differences.add(Json.object("model", d.model(), "baseline", d.baseline(), "difference",
                    Json.number(d.total()), "tokenInterval", numbers(d.tokenLow(), d.tokenHigh()),
                    "replicates", d.replicates(), "verdict", d.verdict().text(),
                    "foldDifferences", numbers(d.byFold()), "meanOverFolds", Json.number(d.meanOverFolds()),
                    "foldInterval", numbers(d.foldLow(), d.foldHigh())));
        }
        json.put("differences", differences);
        json.put("inSampleLogLik", Json.object(HeldOut.RULE, Json.number(multiplicativeInSample),
                HeldOut.HEAD, Json.number(heads.inSampleLogLik())));
        return json;
    }

    private static List<Double> numbers(double... values) {
        return Arrays.stream(values).mapToObj(Json::number).toList();
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
            row.put("competitionRelations", relationsJson(f.competitionRelations()));
            row.put("attentionRelations", relationsJson(f.attentionRelations()));
            row.put("earlyLearning", f.early().map(e -> Json.object("corpus", e.corpus(), "basis", e.basis(),
                    "ordering", e.ordering(), "verdict", e.verdict(), "relations", relationsJson(e.relations())))
                    .orElse(null));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> relationsJson(List<RelationVerdicts.Relation> relations) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RelationVerdicts.Relation r : relations) {
            rows.add(Json.object("stronger", r.stronger(), "weaker", r.weaker(), "verdict", r.verdict(),
                    "share", Json.number(r.share()), "reverseShare", Json.number(r.reverseShare()),
                    "replicates", r.replicates(), "caveat", r.caveat().isEmpty() ? null : r.caveat()));
        }
        return rows;
    }
}
