package org.cmsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.compare.Comparison;
import org.cmsim.competition.GoodnessOfFit;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Trajectory;
import org.cmsim.input.StimulusFormat;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.Table;
import org.cmsim.model.Stimulus;
import org.cmsim.study.LanguageStudy;

/** The files {@code run} writes into each language's folder. */
public final class LanguageFiles {

    private LanguageFiles() {
    }

    public static void write(OutputDirectory out, String folder, LanguageStudy.Result study, Comparison.Result corpus,
                      java.util.Optional<Comparison.Result> choices) {
        String prefix = folder + "/";
        out.writeCsv(prefix + "validity.csv", ValidityTables.of(study.validity()));
        out.writeCsv(prefix + "strengths.csv", strengths(study));
        out.writeJson(prefix + "fit.json", fitJson(study));
        study.rules().ifPresent(rules -> out.writeCsv(prefix + "predictions.csv",
                FitTables.predictions(rules, study.config().features())));
        out.writeCsv(prefix + "trajectory.csv", trajectory(study));
        out.writeCsv(prefix + "asymptote.csv", asymptote(study));
        out.writeCsv(prefix + "attention.csv", AttentionTables.attention(study.attention(), study.config().features()));
        out.writeCsv(prefix + "cue-contributions.csv", AttentionTables.contributions(study.attention()));
        out.writeJson(prefix + "qkv.json", AttentionTables.qkv(study.attention(), study.config().seed()));
        study.attentionOnChoices().ifPresent(head -> {
            out.writeCsv(prefix + "attention-choices.csv", AttentionTables.attention(head, study.config().features()));
            out.writeCsv(prefix + "cue-contributions-choices.csv", AttentionTables.contributions(head));
            out.writeJson(prefix + "qkv-choices.json", AttentionTables.qkv(head, study.config().seed()));
        });
        List<Comparison.Result> results = new ArrayList<>(List.of(corpus));
        choices.ifPresent(results::add);
        out.writeCsv(prefix + "conditions.csv", conditions(study, results));
    }

    /** The exposure fit (data = corpus) and, with choices, every rule fitted to them (data = choices). */
    public static Table strengths(LanguageStudy.Result study) {
        List<String> columns = new ArrayList<>(FitTables.STRENGTH_COLUMNS);
        columns.add("data");
        Table table = new Table(columns);
        appendWithData(table, FitTables.strengths(exposureFit(study)), "corpus");
        study.rules().ifPresent(rules -> appendWithData(table, FitTables.strengths(rules), "choices"));
        return table;
    }

    /**
     * The multiplicative fit to the corpus as a one-rule comparison, so that it is written like any
     * fit: no bootstrap, no cross-validation, and its Akaike weight 1 as the only rule.
     */
    private static ModelComparison.Result exposureFit(LanguageStudy.Result study) {
        RuleFit fit = study.exposureFit();
        double[] none = new double[fit.parameters().size()];
        java.util.Arrays.fill(none, Double.NaN);
        return new ModelComparison.Result(study.exposure().design(), study.exposure().agents(),
                List.of(new ModelComparison.RuleResult(fit, GoodnessOfFit.of(fit, study.exposure().agents()), 1, none,
                        none, Double.NaN)));
    }

    private static void appendWithData(Table into, Table rows, String data) {
        for (int r = 0; r < rows.rowCount(); r++) {
            Object[] cells = new Object[rows.columns().size() + 1];
            for (int c = 0; c < rows.columns().size(); c++) {
                cells[c] = rows.cell(r, c);
            }
            cells[cells.length - 1] = data;
            into.add(cells);
        }
    }

    /** fit.json in a run: the rules' blocks per kind of data, {"corpus": ..., "choices": ...}. */
    public static Map<String, Object> fitJson(LanguageStudy.Result study) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("corpus", FitTables.rulesJson(exposureFit(study)));
        study.rules().ifPresent(rules -> {
            Map<String, Object> choices = new LinkedHashMap<>(FitTables.rulesJson(rules));
            choices.put("best", rules.best().fit().rule());
            json.put("choices", choices);
        });
        return json;
    }

    /** Both learners and the attention head (trained on the corpus, and fitted to choices) on one axis. */
    public static Table trajectory(LanguageStudy.Result study) {
        Table table = new Table("step", "learner", "parameter", "value");
        for (Trajectory learner : study.learning()) {
            AttentionTables.addTrajectory(table, learner);
        }
        AttentionTables.addTrajectory(table, study.attention().trajectory());
        study.attentionOnChoices().ifPresent(head -> {
            Trajectory t = head.trajectory();
            AttentionTables.addTrajectory(table, new Trajectory("attention-choices", t.parameters(), t.steps(),
                    t.values()));
        });
        return table;
    }

    public static Table asymptote(LanguageStudy.Result study) {
        Table table = new Table("learner", "parameter", "value", "note");
        List<String> names = study.exposure().design().parameters();
        study.asymptotes().forEach((learner, values) -> {
            for (int j = 0; j < values.length; j++) {
                if (learner.equals("delta")) {
                    LearningTables.addDeltaAsymptote(table, names.get(j), study.exposureFit(), j);
                } else {
                    table.add(learner, names.get(j), values[j], "");
                }
            }
        });
        return table;
    }

    public static Table conditions(LanguageStudy.Result study, List<Comparison.Result> results) {
        List<Stimulus> all = new ArrayList<>();
        results.forEach(r -> r.conditions().forEach(c -> all.add(c.stimulus())));
        StimulusFormat format = new StimulusFormat(study.config().features(), all);
        List<String> columns = new ArrayList<>(List.of("data"));
        columns.addAll(format.columns());
        columns.addAll(List.of("weight", "observed_n1", "multiplicative", "attention", "conflict", "disagree"));
        Table table = new Table(columns);
        for (Comparison.Result r : results) {
            for (Comparison.ConditionRow c : r.conditions()) {
                List<Object> cells = new ArrayList<>(List.of(r.data()));
                cells.addAll(format.cells(c.stimulus()));
                cells.addAll(List.of(c.weight(), c.observed(), c.multiplicative(), c.attention(), c.conflict(),
                        c.conflict() && c.disagree()));
                table.add(cells.toArray());
            }
        }
        return table;
    }
}
