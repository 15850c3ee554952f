package org.cmsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.GroupTests;
import org.cmsim.competition.HierarchyRule;
import org.cmsim.competition.MixedFit;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.Rules;
import org.cmsim.competition.StructureComparison;
import org.cmsim.competition.WaldTest;
import org.cmsim.io.Table;
import org.cmsim.study.ChoiceFitStudy;

/**
 * The tables and JSON of participants and groups:
 * {@code multiplicative-mixed} rows for strengths.csv, random-effects.csv, the mixed block of fit.json,
 * group-strengths.csv and group-tests.csv.
 */
public final class ParticipantTables {

    public static final String MIXED_RULE = "multiplicative-mixed";
    public static final List<String> GROUP_STRENGTH_COLUMNS = List.of("group", "rule", "parameter", "estimate", "se",
            "ci_low", "ci_high", "boot_low", "boot_high", "strength", "note", "z", "p_value");

    private ParticipantTables() {
    }

    /** Adds the mixed fit's fixed effects to a strengths table (strengths.csv's columns; no bootstrap). */
    public static void addMixedStrengths(Table strengths, MixedFit fit) {
        for (int j = 0; j < fit.parameters().size(); j++) {
            String parameter = fit.parameters().get(j);
            double z = WaldTest.z(fit.estimates()[j], fit.se()[j]);
            strengths.add(MIXED_RULE, parameter, fit.estimates()[j], fit.se()[j], fit.waldLow(j), fit.waldHigh(j),
                    Double.NaN, Double.NaN,
                    parameter.startsWith("order=") ? Double.NaN : MultiplicativeRule.strength(fit.estimates()[j]),
                    fit.notes().get(j), z, WaldTest.pValue(z));
        }
    }

    /** random-effects.csv: {@code factor,parameter,sd}; a random intercept's parameter is {@code intercept}. */
    public static Table randomEffects(MixedFit fit) {
        Table table = new Table("factor", "parameter", "sd");
        for (MixedFit.RandomSd sd : fit.sds()) {
            table.add(sd.factor(), sd.parameter(), sd.sd());
        }
        return table;
    }

    /** random-correlations.csv: {@code factor,parameter,parameter2,correlation}, within correlated terms. */
    public static Table randomCorrelations(MixedFit fit) {
        Table table = new Table("factor", "parameter", "parameter2", "correlation");
        for (MixedFit.RandomCorrelation r : fit.correlations()) {
            table.add(r.factor(), r.parameter(), r.parameter2(), r.correlation());
        }
        return table;
    }

    /** group-random-correlations.csv: each group's mixed fit's correlations. */
    public static Table groupRandomCorrelations(List<ChoiceFitStudy.GroupFit> groups) {
        Table table = new Table("group", "factor", "parameter", "parameter2", "correlation");
        for (ChoiceFitStudy.GroupFit group : groups) {
            for (MixedFit.RandomCorrelation r : group.mixed().correlations()) {
                table.add(group.level(), r.factor(), r.parameter(), r.parameter2(), r.correlation());
            }
        }
        return table;
    }

    /** random-lrt.csv: the likelihood-ratio test between two nested structures. */
    public static Table structureTest(StructureComparison test) {
        Table table = new Table("random", "compare", "logLik", "compare_logLik", "statistic", "df", "p_value",
                "boundary");
        table.add(test.bigger(), test.smaller(), test.biggerLogLik(), test.smallerLogLik(), test.statistic(),
                test.df(), test.pValue(), test.boundary());
        return table;
    }

    /** group-random-effects.csv: each group's mixed fit's SDs. */
    public static Table groupRandomEffects(List<ChoiceFitStudy.GroupFit> groups) {
        Table table = new Table("group", "factor", "parameter", "sd");
        for (ChoiceFitStudy.GroupFit group : groups) {
            for (MixedFit.RandomSd sd : group.mixed().sds()) {
                table.add(group.level(), sd.factor(), sd.parameter(), sd.sd());
            }
        }
        return table;
    }

    /** fit.json's {@code multiplicative-mixed} block. */
    public static Map<String, Object> mixedJson(MixedFit fit) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("logLik", Json.number(fit.logLik()));
        entry.put("AIC", Json.number(fit.aic()));
        entry.put("BIC", Json.number(fit.bic()));
        entry.put("k", fit.freeParameters());
        entry.put("converged", fit.converged());
        entry.put("method", "Laplace approximation (as lme4 glmer, nAGQ = 1)");
        entry.put("random", fit.structure());
        // lme4's isSingular: a diagonal element of a relative covariance factor below 1e-4.
        entry.put("singular", fit.singular());
        // The Wald intervals' t degrees of freedom (subjects - 1); null: normal quantiles (no subject factor).
        entry.put("intervalDf", Double.isInfinite(fit.intervalDf()) ? null : (long) fit.intervalDf());
        Map<String, Object> sds = new LinkedHashMap<>();
        for (MixedFit.RandomSd sd : fit.sds()) {
            sds.put(sd.factor() + ":" + sd.parameter(), Json.number(sd.sd()));
        }
        entry.put("sd", sds);
        Map<String, Object> correlations = new LinkedHashMap<>();
        for (MixedFit.RandomCorrelation r : fit.correlations()) {
            correlations.put(r.factor() + ":" + r.parameter() + ":" + r.parameter2(), Json.number(r.correlation()));
        }
        entry.put("correlation", correlations);
        List<String> warnings = new ArrayList<>(fit.warnings());
        for (int j = 0; j < fit.parameters().size(); j++) {
            if (!fit.notes().get(j).isEmpty()) {
                warnings.add(fit.parameters().get(j) + ": " + fit.notes().get(j));
            }
        }
        entry.put("warnings", warnings);
        return entry;
    }

    /** group-strengths.csv: every rule (and the mixed rule) fitted to each group alone. */
    public static Table groupStrengths(List<ChoiceFitStudy.GroupFit> groups) {
        Table table = new Table(GROUP_STRENGTH_COLUMNS);
        for (ChoiceFitStudy.GroupFit group : groups) {
            for (ModelComparison.RuleResult rule : group.pooled().rules()) {
                var fit = rule.fit();
                ChoiceRule choiceRule = Rules.byName(fit.rule()).orElseThrow();
                for (int j = 0; j < fit.parameters().size(); j++) {
                    double z = fit.rule().equals(HierarchyRule.NAME) ? Double.NaN
                            : WaldTest.z(fit.estimates()[j], fit.se()[j]);
                    table.add(group.level(), fit.rule(), fit.parameters().get(j), fit.estimates()[j], fit.se()[j],
                            fit.waldLow(j), fit.waldHigh(j), rule.bootLow()[j], rule.bootHigh()[j],
                            choiceRule.strength(fit.parameters().get(j), fit.estimates()[j]), fit.notes().get(j), z,
                            WaldTest.pValue(z));
                }
            }
            MixedFit mixed = group.mixed();
            if (mixed != null) {
                for (int j = 0; j < mixed.parameters().size(); j++) {
                    String parameter = mixed.parameters().get(j);
                    double z = WaldTest.z(mixed.estimates()[j], mixed.se()[j]);
                    table.add(group.level(), MIXED_RULE, parameter, mixed.estimates()[j],
                            mixed.se()[j], mixed.waldLow(j), mixed.waldHigh(j), Double.NaN, Double.NaN,
                            parameter.startsWith("order=") ? Double.NaN : MultiplicativeRule.strength(mixed.estimates()[j]),
                            mixed.notes().get(j), z, WaldTest.pValue(z));
                }
            }
        }
        return table;
    }

    /** group-tests.csv: {@code test,parameter,statistic,df,p_value}. */
    public static Table groupTests(List<GroupTests.Test> tests) {
        Table table = new Table("test", "parameter", "statistic", "df", "p_value");
        for (GroupTests.Test test : tests) {
            table.add(test.test(), test.parameter(), test.statistic(), test.df(), test.pValue());
        }
        return table;
    }
}
