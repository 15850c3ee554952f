package org.cmsim.output;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.Recovery;
import org.cmsim.competition.Rules;
import org.cmsim.design.Design;
import org.cmsim.io.Numbers;
import org.cmsim.io.Table;

/** The tables of {@code cmsim recover}: parameter recovery and model recovery. */
public final class RecoveryTables {

    private RecoveryTables() {
    }

    public static Table parameters(Recovery.ParameterRecovery r) {
        Table table = new Table("rule", "parameter", "true", "mean", "bias", "rmse", "coverage", "exact");
        for (int j = 0; j < r.parameters().size(); j++) {
            table.add(r.rule(), r.parameters().get(j), r.truth()[j], r.mean()[j], r.bias()[j], r.rmse()[j],
                    r.coverage()[j], r.exact()[j]);
        }
        return table;
    }

    /** One row per generating rule: its parameters, the share each rule won, and how far apart the rules are. */
    public static Table models(Recovery.ModelRecovery m, Design design) {
        List<String> columns = new ArrayList<>(List.of("generator", "generating_parameters"));
        for (String rule : m.rules()) {
            columns.add("won_" + rule);
        }
        for (String rule : m.rules()) {
            columns.add("max_diff_" + rule);
        }
        Table table = new Table(columns);
        List<ChoiceRule> rules = Rules.select("all");
        for (int g = 0; g < m.rules().size(); g++) {
            List<String> names = rules.get(g).parameters(design);
            List<String> described = new ArrayList<>();
            for (int j = 0; j < names.size(); j++) {
                double value = m.generators().get(g)[j];
                if (!Double.isNaN(value)) {
                    described.add(names.get(j) + "=" + Numbers.exact(value));
                } else if (!rules.get(g).mayBeLeftOut(design, j)) {
                    // A hierarchy order direction the fitted data never left to order: it has no value.
                    described.add(names.get(j) + "=not identified");
                }
            }
            List<Object> cells = new ArrayList<>(List.of(m.rules().get(g), String.join(" ", described)));
            for (int w = 0; w < m.rules().size(); w++) {
                cells.add((double) m.wins()[g][w] / m.datasets());
            }
            for (int w = 0; w < m.rules().size(); w++) {
                cells.add(m.separation()[g][w]);
            }
            table.add(cells.toArray());
        }
        return table;
    }

    /** individual-recovery.csv: pooled and mixed fits side by side when participants differ. */
    public static Table individual(org.cmsim.competition.MixedRecovery.Result r) {
        Table table = new Table("parameter", "truth", "sd", "pooled_mean", "pooled_bias", "pooled_coverage",
                "mixed_mean", "mixed_bias", "mixed_coverage", "datasets");
        for (int j = 0; j < r.parameters().size(); j++) {
            table.add(r.parameters().get(j), r.truth()[j], r.sd(), r.pooledMean()[j], r.pooledMean()[j] - r.truth()[j],
                    r.pooledCoverage()[j], r.mixedMean()[j], r.mixedMean()[j] - r.truth()[j], r.mixedCoverage()[j],
                    r.datasets());
        }
        return table;
    }
}
