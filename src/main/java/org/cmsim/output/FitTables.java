package org.cmsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.GoodnessOfFit;
import org.cmsim.competition.HierarchyRule;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.RuleFit;
import org.cmsim.competition.Rules;
import org.cmsim.competition.WaldTest;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.input.StimulusFormat;
import org.cmsim.io.Table;
import org.cmsim.model.FeatureSpace;

/** The tables and JSON that {@code fit} (and {@code run}) write for a model comparison. */
public final class FitTables {

    public static final List<String> STRENGTH_COLUMNS = List.of("rule", "parameter", "estimate", "se", "ci_low", "ci_high",
            "boot_low", "boot_high", "strength", "note", "z", "p_value");

    private FitTables() {
    }

    /** strengths.csv: one row per rule and parameter; {@code strength} as the rule gives it ({@link ChoiceRule#strength}). */
    public static Table strengths(ModelComparison.Result result, List<String> prefix, List<Object> prefixCells) {
        List<String> columns = new ArrayList<>(prefix);
        columns.addAll(STRENGTH_COLUMNS);
        Table table = new Table(columns);
        for (ModelComparison.RuleResult rule : result.rules()) {
            RuleFit fit = rule.fit();
            ChoiceRule choiceRule = Rules.byName(fit.rule()).orElseThrow();
            for (int j = 0; j < fit.parameters().size(); j++) {
                List<Object> cells = new ArrayList<>(prefixCells);
                cells.add(fit.rule());
                cells.add(fit.parameters().get(j));
                cells.add(fit.estimates()[j]);
                cells.add(fit.se()[j]);
                cells.add(fit.waldLow(j));
                cells.add(fit.waldHigh(j));
                cells.add(rule.bootLow()[j]);
                cells.add(rule.bootHigh()[j]);
                cells.add(choiceRule.strength(fit.parameters().get(j), fit.estimates()[j]));
                cells.add(fit.notes().get(j));
                // The hierarchy rule's parameters are a ranking and a lapse rate: 0 is no "no effect" to test.
                double z = fit.rule().equals(HierarchyRule.NAME) ? Double.NaN
                        : WaldTest.z(fit.estimates()[j], fit.se()[j]);
                cells.add(z);
                cells.add(WaldTest.pValue(z));
                table.add(cells.toArray());
            }
        }
        return table;
    }

    public static Table strengths(ModelComparison.Result result) {
        return strengths(result, List.of(), List.of());
    }

    /** predictions.csv in long form: one row per condition and rule. */
    public static Table predictions(ModelComparison.Result result, FeatureSpace space) {
        StimulusFormat format = new StimulusFormat(space, result.design().stimuli());
        List<String> columns = new ArrayList<>(format.columns());
        columns.addAll(List.of("trials", "n1_choices", "observed", "rule", "predicted"));
        Table table = new Table(columns);
        Design design = result.design();
        Counts counts = result.counts();
        for (ModelComparison.RuleResult rule : result.rules()) {
            for (int i = 0; i < design.rows(); i++) {
                List<Object> cells = new ArrayList<>(format.cells(design.stimuli().get(i)));
                cells.add(counts.trials()[i]);
                cells.add(counts.n1()[i]);
                cells.add(counts.proportion(i));
                cells.add(rule.fit().rule());
                cells.add(rule.fit().predicted()[i]);
                table.add(cells.toArray());
            }
        }
        return table;
    }

    /** The comparison as a small table for the terminal and for subject-fit.csv. */
    public static Table goodness(ModelComparison.Result result, List<String> prefix, List<Object> prefixCells) {
        List<String> columns = new ArrayList<>(prefix);
        columns.addAll(List.of("rule", "logLik", "G2", "df", "AIC", "BIC", "akaikeWeight", "rmse", "r", "cvLogLik"));
        Table table = new Table(columns);
        for (ModelComparison.RuleResult rule : result.rules()) {
            GoodnessOfFit g = rule.goodness();
            List<Object> cells = new ArrayList<>(prefixCells);
            cells.addAll(List.of(rule.fit().rule(), g.logLik(), g.g2(), g.df(), g.aic(), g.bic(), rule.akaikeWeight(),
                    g.rmse(), g.r(), rule.cvLogLik()));
            table.add(cells.toArray());
        }
        return table;
    }

    /** fit.json's per-rule block: the contract's numbers plus k, convergence and warnings. */
    public static Map<String, Object> rulesJson(ModelComparison.Result result) {
        Map<String, Object> rules = new LinkedHashMap<>();
        for (ModelComparison.RuleResult rule : result.rules()) {
            GoodnessOfFit g = rule.goodness();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("logLik", Json.number(g.logLik()));
            entry.put("G2", Json.number(g.g2()));
            entry.put("df", g.df());
            entry.put("AIC", Json.number(g.aic()));
            entry.put("BIC", Json.number(g.bic()));
            entry.put("akaikeWeight", Json.number(rule.akaikeWeight()));
            entry.put("rmse", Json.number(g.rmse()));
            entry.put("r", Json.number(g.r()));
            entry.put("k", rule.fit().freeParameters());
            Rules.byName(rule.fit().rule()).orElseThrow().informationCriteriaCaveat()
                    .ifPresent(caveat -> entry.put("aicBic", caveat));
            entry.put("cvLogLik", Json.number(rule.cvLogLik()));
            entry.put("converged", rule.fit().converged());
            Map<String, String> warnings = new LinkedHashMap<>();
            for (int j = 0; j < rule.fit().parameters().size(); j++) {
                String note = rule.fit().notes().get(j);
                if (!note.isEmpty()) {
                    warnings.put(rule.fit().parameters().get(j), note);
                }
            }
            entry.put("warnings", warnings);
            rules.put(rule.fit().rule(), entry);
        }
        return rules;
    }
}
