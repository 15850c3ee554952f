package org.cmsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.compare.Comparison;
import org.cmsim.competition.GoodnessOfFit;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Exposure;
import org.cmsim.design.Trajectory;
import org.cmsim.input.StimulusFormat;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.io.Table;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Stimulus;
import org.cmsim.study.LanguageOutcome;
import org.cmsim.study.LanguageStudy;
import org.cmsim.study.RunStudy;

/** The files {@code run} writes into each language's folder (named by {@link RunStudy#folderName}). */
public final class LanguageFiles {

    private LanguageFiles() {
    }

    /** Writes a language's files into its folder of the run. */
    public static void write(OutputDirectory out, LanguageOutcome outcome) {
        LanguageStudy.Result study = outcome.study();
        FeatureSpace features = study.config().features();
        long seed = study.config().seed();
        String prefix = RunStudy.folderName(study.config().name()) + "/";
        out.writeCsv(prefix + OutputNames.VALIDITY, ValidityTables.of(study.analysis().validity()));
        out.writeCsv(prefix + OutputNames.STRENGTHS, strengths(study));
        out.writeJson(prefix + OutputNames.FIT, fitJson(study));
        study.choices().ifPresent(choices -> out.writeCsv(prefix + OutputNames.PREDICTIONS,
                FitTables.predictions(choices.rules(), features)));
        out.writeCsv(prefix + OutputNames.TRAJECTORY, trajectory(study));
        out.writeCsv(prefix + OutputNames.ASYMPTOTE, asymptote(study));
        AttentionStudy.Result head = study.heads().first();
        out.writeCsv(prefix + OutputNames.ATTENTION, AttentionTables.attention(head, features));
        out.writeCsv(prefix + OutputNames.CUE_CONTRIBUTIONS, AttentionTables.contributions(head));
        out.writeJson(prefix + OutputNames.QKV, AttentionTables.qkv(head, seed));
        study.choices().map(LanguageStudy.Choices::firstHead).ifPresent(onChoices -> {
            out.writeCsv(prefix + OutputNames.ATTENTION_CHOICES, AttentionTables.attention(onChoices, features));
            out.writeCsv(prefix + OutputNames.CUE_CONTRIBUTIONS_CHOICES, AttentionTables.contributions(onChoices));
            out.writeJson(prefix + OutputNames.QKV_CHOICES, AttentionTables.qkv(onChoices, seed));
        });
        out.writeCsv(prefix + OutputNames.CONDITIONS, conditions(study, outcome.comparisons()));
    }

    /** The exposure fit (data = corpus) and, with choices, every rule fitted to them (data = choices). */
    public static Table strengths(LanguageStudy.Result study) {
        List<String> columns = new ArrayList<>(FitTables.STRENGTH_COLUMNS);
        columns.add("data");
        Table table = new Table(columns);
        appendWithData(table, FitTables.strengths(exposureFit(study)), "corpus");
        study.choices().ifPresent(choices -> appendWithData(table, FitTables.strengths(choices.rules()), "choices"));
        return table;
    }

    /**
     * The multiplicative fit to the corpus as a one-rule comparison, so that it is written like any
     * fit: no bootstrap, no cross-validation, and its Akaike weight 1 as the only rule.
     */
    private static ModelComparison.Result exposureFit(LanguageStudy.Result study) {
        RuleFit fit = study.analysis().exposureFit();
        Exposure exposure = study.analysis().exposure();
        double[] none = new double[fit.parameters().size()];
        java.util.Arrays.fill(none, Double.NaN);
        return new ModelComparison.Result(exposure.design(), exposure.agents(),
                List.of(new ModelComparison.RuleResult(fit, GoodnessOfFit.of(fit, exposure.agents()), 1, none, none,
                        Double.NaN)));
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
        study.choices().map(LanguageStudy.Choices::rules).ifPresent(rules -> {
            Map<String, Object> choices = new LinkedHashMap<>(FitTables.rulesJson(rules));
            choices.put("best", rules.best().fit().rule());
            json.put("choices", choices);
        });
        return json;
    }

    /** Both learners and the attention head (trained on the corpus, and fitted to choices) on one axis. */
    public static Table trajectory(LanguageStudy.Result study) {
        Table table = new Table("step", "learner", "parameter", "value");
        for (Trajectory learner : study.learning().trajectories()) {
            AttentionTables.addTrajectory(table, learner);
        }
        AttentionTables.addTrajectory(table, study.heads().first().trajectory());
        study.choices().map(LanguageStudy.Choices::firstHead).ifPresent(head -> {
            Trajectory t = head.trajectory();
            AttentionTables.addTrajectory(table, new Trajectory("attention-choices", t.parameters(), t.steps(),
                    t.values()));
        });
        return table;
    }

    /** Where each learner settles on the language's corpus. */
    public static Table asymptote(LanguageStudy.Result study) {
        return LearningTables.asymptote(study.analysis().exposure().design().parameters(),
                study.learning().asymptotes(), study.analysis().exposureFit());
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
