package org.cmsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cmsim.competition.MixedFit;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.StructureComparison;
import org.cmsim.io.Numbers;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.io.Table;
import org.cmsim.model.LanguageConfig;
import org.cmsim.report.ClassicFigure;
import org.cmsim.report.Figure;
import org.cmsim.report.FigureFormat;
import org.cmsim.study.ChoiceFitStudy;

/**
 * What {@code cmsim fit} writes: strengths.csv, predictions.csv and fit.json of the pooled fit, the classic
 * figure (and one per group), and with participants and groups the per-subject, random-effect and group
 * files.
 */
public final class FitWriter {

    private FitWriter() {
    }

    public static void write(DirectoryTarget target, LanguageConfig language, ChoiceFitStudy.Result study)
            throws OutputException {
        write(target, language, study, FigureFormat.DEFAULT);
    }

    /** As {@link #write(DirectoryTarget, LanguageConfig, ChoiceFitStudy.Result)}, the figures in {@code figures}. */
    public static void write(DirectoryTarget target, LanguageConfig language, ChoiceFitStudy.Result study,
                             Set<FigureFormat> figures) throws OutputException {
        ModelComparison.Result pooled = study.pooled();
        try (OutputDirectory out = target.open()) {
            Table strengths = strengths(study);
            out.writeCsv(OutputNames.STRENGTHS, strengths);
            Table groupStrengths = study.request().byGroup() ? ParticipantTables.groupStrengths(study.groups()) : null;
            out.writeCsv(OutputNames.PAPER_TABLE, PaperTable.of(strengths, groupStrengths));
            out.writeCsv(OutputNames.PREDICTIONS, FitTables.predictions(pooled, language.features()));
            out.writeJson(OutputNames.FIT, json(language, study));
            if (!study.subjects().isEmpty()) {
                out.writeCsv(OutputNames.SUBJECT_STRENGTHS, subjectStrengths(study));
                out.writeCsv(OutputNames.SUBJECT_FIT, subjectFit(study));
            }
            writeFigure(out, ClassicFigure.of(OutputNames.CLASSIC, language.name(), pooled, study.mixed()), figures);
            for (ChoiceFitStudy.GroupFit level : study.groups()) {
                writeFigure(out, ClassicFigure.of(OutputNames.CLASSIC + "-" + ClassicFigure.fileSafe(level.level()),
                        level.level(), level.pooled(), level.mixed()), figures);
            }
            if (study.mixed() != null) {
                out.writeCsv(OutputNames.RANDOM_EFFECTS, ParticipantTables.randomEffects(study.mixed()));
                out.writeCsv(OutputNames.RANDOM_CORRELATIONS, ParticipantTables.randomCorrelations(study.mixed()));
            }
            if (study.comparison() != null) {
                out.writeCsv(OutputNames.RANDOM_LRT, ParticipantTables.structureTest(study.comparison()));
            }
            if (study.request().byGroup()) {
                out.writeCsv(OutputNames.GROUP_STRENGTHS, groupStrengths);
                out.writeCsv(OutputNames.GROUP_TESTS, ParticipantTables.groupTests(study.tests()));
                if (study.mixed() != null) {
                    out.writeCsv(OutputNames.GROUP_RANDOM_EFFECTS,
                            ParticipantTables.groupRandomEffects(study.groups()));
                    out.writeCsv(OutputNames.GROUP_RANDOM_CORRELATIONS,
                            ParticipantTables.groupRandomCorrelations(study.groups()));
                }
            }
            out.commit();
        }
    }

    /**
     * What the terminal shows: the strengths and each rule's goodness of fit, the best rule by name; with random
     * effects the mixed model's fit and its standard deviations; with groups the tests between them.
     */
    public static String summary(ChoiceFitStudy.Result study) {
        StringBuilder text = new StringBuilder(strengths(study).toText()).append('\n')
                .append(FitTables.goodness(study.pooled(), List.of(), List.of()).toText())
                .append("best rule: ").append(study.pooled().best().fit().rule()).append(" (by ")
                .append(study.pooled().criterion()).append(")\n");
        MixedFit mixed = study.mixed();
        if (mixed != null) {
            text.append('\n').append(String.format(java.util.Locale.ROOT,
                    "%s: logLik %.2f, AIC %.1f, BIC %.1f, %d parameters (Laplace)%s%s%nrandom effects: %s%n",
                    ParticipantTables.MIXED_RULE, mixed.logLik(), mixed.aic(), mixed.bic(), mixed.freeParameters(),
                    mixed.converged() ? "" : ", NOT converged", mixed.singular() ? ", SINGULAR (a boundary fit)" : "",
                    mixed.structure()));
            text.append(ParticipantTables.randomEffects(mixed).toText());
            if (!mixed.correlations().isEmpty()) {
                text.append(ParticipantTables.randomCorrelations(mixed).toText());
            }
            mixed.warnings().forEach(w -> text.append("warning: ").append(w).append('\n'));
            for (ChoiceFitStudy.GroupFit group : study.groups()) {
                if (group.mixed().singular()) {
                    text.append("warning: group ").append(group.level()).append(": singular fit (a boundary fit; ")
                            .append(OutputNames.GROUP_RANDOM_EFFECTS).append(")\n");
                }
            }
        }
        if (study.comparison() != null) {
            StructureComparison test = study.comparison();
            text.append('\n').append(String.format(java.util.Locale.ROOT,
                    "likelihood-ratio test, %s against %s: chi-square %.2f, df %d, p %s%n", test.bigger(),
                    test.smaller(), test.statistic(), test.df(), Numbers.readable(test.pValue())));
            if (test.boundary()) {
                text.append("  a variance tested at zero lies on the boundary: the p-value is conservative (too"
                        + " large)\n");
            }
        }
        if (study.request().byGroup()) {
            text.append('\n').append("tests between the groups (").append(OutputNames.GROUP_TESTS).append("):\n")
                    .append(ParticipantTables.groupTests(study.tests()).toText());
        }
        return text.toString();
    }

    /** Every rule's strengths, and the mixed rule's rows when it was fitted. */
    private static Table strengths(ChoiceFitStudy.Result study) {
        Table strengths = FitTables.strengths(study.pooled());
        if (study.mixed() != null) {
            ParticipantTables.addMixedStrengths(strengths, study.mixed());
        }
        return strengths;
    }

    /** fit.json: the data fitted, every rule's block, the best rule and the settings of the fit. */
    private static Map<String, Object> json(LanguageConfig language, ChoiceFitStudy.Result study) {
        ModelComparison.Result pooled = study.pooled();
        ChoiceFitStudy.Request request = study.request();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("language", language.name());
        json.put("choices", language.choices().orElseThrow().toString());
        json.put("conditions", pooled.design().rows());
        json.put("trials", pooled.counts().totalTrials());
        Map<String, Object> rules = FitTables.rulesJson(pooled);
        if (study.mixed() != null) {
            rules.put(ParticipantTables.MIXED_RULE, ParticipantTables.mixedJson(study.mixed()));
        }
        json.put("rules", rules);
        json.put("best", pooled.best().fit().rule());
        json.put("bestBy", pooled.criterion());
        json.put("resampling", study.resampledSubjects() ? "subjects" : "trials");
        json.put("random", study.mixed() == null ? null : study.mixed().structure());
        json.put("singular", study.mixed() == null ? null : study.singular());
        if (study.request().byGroup() && study.mixed() != null) {
            Map<String, Object> singular = new LinkedHashMap<>();
            study.groups().forEach(g -> singular.put(g.level(), g.mixed().singular()));
            json.put("groupSingular", singular);
        }
        if (study.comparison() != null) {
            StructureComparison test = study.comparison();
            Map<String, Object> lrt = new LinkedHashMap<>();
            lrt.put("random", test.bigger());
            lrt.put("compare", test.smaller());
            lrt.put("statistic", Json.number(test.statistic()));
            lrt.put("df", test.df());
            lrt.put("p_value", Json.number(test.pValue()));
            lrt.put("boundary", test.boundary());
            json.put("randomTest", lrt);
        }
        json.put("by", request.by().orElse(null));
        json.put("bootstrap", request.options().bootstrap());
        json.put("cvFolds", request.options().folds());
        json.put("seed", request.options().seed());
        json.put("subjects", study.data().hasSubjects() ? study.data().conditionsBySubject().size() : 0);
        json.put("warnings", study.warnings());
        return json;
    }

    /** Each subject's strengths, a subject column first. */
    private static Table subjectStrengths(ChoiceFitStudy.Result study) {
        List<String> columns = new ArrayList<>(List.of("subject"));
        columns.addAll(FitTables.STRENGTH_COLUMNS);
        Table table = new Table(columns);
        study.subjects().forEach((subject, fit) ->
                append(table, FitTables.strengths(fit, List.of("subject"), List.of(subject))));
        return table;
    }

    /** Each subject's goodness of fit, a subject column first. */
    private static Table subjectFit(ChoiceFitStudy.Result study) {
        Table table = null;
        for (Map.Entry<String, ModelComparison.Result> subject : study.subjects().entrySet()) {
            Table goodness = FitTables.goodness(subject.getValue(), List.of("subject"), List.of(subject.getKey()));
            table = table == null ? goodness : append(table, goodness);
        }
        return table;
    }

    private static void writeFigure(OutputDirectory out, Figure figure, Set<FigureFormat> formats) {
        for (FigureFormat format : formats) {
            out.writeBytes(format.file(figure.name()), figure.bytes(format));
        }
    }

    private static Table append(Table into, Table rows) {
        for (int r = 0; r < rows.rowCount(); r++) {
            Object[] cells = new Object[rows.columns().size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = rows.cell(r, c);
            }
            into.add(cells);
        }
        return into;
    }
}
