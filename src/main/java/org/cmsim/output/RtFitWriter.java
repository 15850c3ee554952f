package org.cmsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cmsim.input.StimulusFormat;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.io.Table;
import org.cmsim.model.LanguageConfig;
import org.cmsim.reactiontime.LinearMixedFit;
import org.cmsim.reactiontime.MixedLinearDesign;
import org.cmsim.reactiontime.RtPredictors;
import org.cmsim.study.RtFitStudy;

/**
 * What {@code cmsim fit-rt} writes: rt-fixed.csv (lmerTest's coefficient table), rt-random.csv (lme4's random SDs,
 * the residual last), rt-random-correlations.csv, rt-conditions.csv (each sentence's predictors and mean RT) and
 * rt-fit.json (the criteria, the model as an lme4 formula, the inputs and their checksums); and the terminal's
 * summary of them.
 */
public final class RtFitWriter {

    /** The residual's row in rt-random.csv, as lme4's summary names it (lower case, as cmsim's factors). */
    public static final String RESIDUAL = "residual";

    private RtFitWriter() {
    }

    public static void write(DirectoryTarget target, LanguageConfig language, RtFitStudy.Request request,
                             RtFitStudy.Result study) throws OutputException {
        try (OutputDirectory out = target.open()) {
            out.writeCsv(OutputNames.RT_FIXED, fixed(study.fit()));
            out.writeCsv(OutputNames.RT_RANDOM, random(study.fit()));
            out.writeCsv(OutputNames.RT_CORRELATIONS, correlations(study.fit()));
            out.writeCsv(OutputNames.RT_CONDITIONS, conditions(language, study));
            out.writeJson(OutputNames.RT_FIT, json(language, request, study));
            out.commit();
        }
    }

    /** The model, its criteria, random SDs and fixed effects, as lme4's and lmerTest's summary show them. */
    public static String summary(RtFitStudy.Result study) {
        LinearMixedFit fit = study.fit();
        StringBuilder text = new StringBuilder();
        text.append("linear mixed model fit by REML: ").append(formula(study)).append('\n');
        text.append(String.format(Locale.ROOT, "%d trials with an RT%s; %s%n", study.timedTrials(),
                study.untimedTrials() == 0 ? "" : " (" + study.untimedTrials() + " without, left out)",
                levels(fit)));
        text.append(String.format(Locale.ROOT, "REML criterion %.2f, logLik %.2f, AIC %.2f%s%s%n", fit.reml(),
                fit.logLik(), fit.aic(), fit.singular() ? ", SINGULAR fit (a random SD at zero)" : "",
                fit.converged() ? "" : ", NOT converged"));
        text.append('\n').append("random effects (").append(OutputNames.RT_RANDOM).append("):\n")
                .append(random(fit).toText());
        if (!fit.correlations().isEmpty()) {
            text.append(correlations(fit).toText());
        }
        text.append('\n').append("fixed effects on log RT, Satterthwaite df (").append(OutputNames.RT_FIXED)
                .append("):\n").append(fixed(fit).toText());
        text.append("conflict: the present cues point to both nouns (word order by ")
                .append(study.orderSource() == RtFitStudy.OrderSource.CORPUS ? "the corpus's majority agent"
                        : "the sign of the fitted order parameters")
                .append("); certainty: |logit P(n1)| of the multiplicative rule\n");
        return text.toString();
    }

    static Table fixed(LinearMixedFit fit) {
        Table table = new Table("parameter", "estimate", "se", "df", "t", "p_value");
        fit.fixed().forEach(f -> table.add(f.name(), f.estimate(), f.se(), f.df(), f.t(), f.p()));
        return table;
    }

    static Table random(LinearMixedFit fit) {
        Table table = new Table("factor", "parameter", "sd");
        fit.sds().forEach(sd -> table.add(sd.factor(), sd.effect(), sd.sd()));
        table.add(RESIDUAL, "", fit.sigma());
        return table;
    }

    static Table correlations(LinearMixedFit fit) {
        Table table = new Table("factor", "parameter", "parameter2", "correlation");
        fit.correlations().forEach(c -> table.add(c.factor(), c.effect(), c.effect2(), c.correlation()));
        return table;
    }

    private static Table conditions(LanguageConfig language, RtFitStudy.Result study) {
        StimulusFormat format = new StimulusFormat(language.features(),
                study.conditions().stream().map(RtPredictors.Condition::stimulus).toList());
        List<String> columns = new ArrayList<>(format.columns());
        columns.addAll(List.of(RtPredictors.CONFLICT, "p_n1", RtPredictors.CERTAINTY, "trials", "mean_rt"));
        Table table = new Table(columns);
        for (RtPredictors.Condition condition : study.conditions()) {
            List<Object> cells = new ArrayList<>(format.cells(condition.stimulus()));
            cells.addAll(List.of(condition.conflict() ? 1 : 0, condition.pN1(), condition.certainty(),
                    condition.trials(), condition.meanRt()));
            table.add(cells.toArray());
        }
        return table;
    }

    /** The model in lme4's notation, to refit it in R: {@code log(rt) ~ conflict + certainty + (1 | subject)}. */
    static String formula(RtFitStudy.Result study) {
        List<String> predictors = new ArrayList<>();
        for (LinearMixedFit.Fixed f : study.fit().fixed()) {
            if (!f.name().equals(MixedLinearDesign.INTERCEPT)) {
                predictors.add(f.name());
            }
        }
        return "log(rt) ~ " + String.join(" + ", predictors) + " + " + study.structure();
    }

    private static String levels(LinearMixedFit fit) {
        List<String> parts = new ArrayList<>();
        fit.levels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getValue() + " " + e.getKey() + (e.getValue() == 1 ? "" : "s")));
        return String.join(", ", parts);
    }

    private static Map<String, Object> json(LanguageConfig language, RtFitStudy.Request request,
                                            RtFitStudy.Result study) {
        LinearMixedFit fit = study.fit();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("REML", fit.reml());
        json.put("logLik", fit.logLik());
        json.put("AIC", fit.aic());
        json.put("singular", fit.singular());
        json.put("converged", fit.converged());
        json.put("sigma", fit.sigma());
        json.put("parameters", fit.parameters());
        json.put("theta", fit.theta());
        json.put("formula", formula(study));
        json.put("random", study.structure().toString());
        json.put("choicePredictor", request.choice() == RtPredictors.Choice.PREDICTOR);
        json.put("orderDirections", study.orderSource() == RtFitStudy.OrderSource.CORPUS ? "corpus"
                : "fitted order parameters");
        json.put("trials", study.timedTrials());
        json.put("trialsWithoutRt", study.untimedTrials());
        json.put("levels", new java.util.TreeMap<>(fit.levels()));
        json.put("language", language.name());
        Map<String, Object> inputs = new LinkedHashMap<>();
        try {
            if (language.file() != null) {
                inputs.put(language.file().toString(), Manifest.sha256(language.file()));
            }
            if (language.hasCorpus()) {
                inputs.put(language.corpus().toString(), Manifest.sha256(language.corpus()));
            }
            inputs.put(language.choices().orElseThrow().toString(), Manifest.sha256(language.choices().get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.put("inputs", inputs);
        return json;
    }
}
