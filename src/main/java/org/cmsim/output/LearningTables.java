package org.cmsim.output;

import java.util.List;
import org.cmsim.competition.ExposureLearning;
import org.cmsim.competition.LearningRule;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Exposure;
import org.cmsim.design.Trajectory;
import org.cmsim.io.Table;
import org.cmsim.model.LearnSettings;
import org.cmsim.ndl.Weights;

/** The tables of {@code cmsim learn}: trajectories, asymptotes, leads and pyndl-style weights. */
public final class LearningTables {

    private LearningTables() {
    }

    /** What the note of a parameter without a finite asymptote says. */
    public static final String UNBOUNDED = "unbounded: the corpus separates this parameter, so the delta rule"
            + " keeps drifting (diverging) and settles nowhere; ";

    /**
     * The delta rule's asymptote for parameter j: the maximum-likelihood fit of the multiplicative
     * rule to the corpus where it exists; where the corpus separates the parameter there is none (the
     * value is empty, the note says "unbounded"), and the number the prior sets is not an asymptote.
     */
    public static void addDeltaAsymptote(Table table, String parameter, RuleFit fit, int j) {
        boolean bounded = fit.estimability().get(j) == org.cmsim.competition.ParameterStatus.MEASURED;
        table.add("delta", parameter, bounded ? fit.estimates()[j] : Double.NaN,
                bounded ? fit.notes().get(j) : UNBOUNDED + fit.notes().get(j));
    }

    /** weights.csv: one row per cue, one column per outcome. */
    public static Table weights(Weights weights) {
        List<String> columns = new java.util.ArrayList<>(List.of("cue"));
        columns.addAll(weights.outcomes());
        Table table = new Table(columns);
        for (int c = 0; c < weights.cues().size(); c++) {
            Object[] cells = new Object[columns.size()];
            cells[0] = weights.cues().get(c);
            for (int o = 0; o < weights.outcomes().size(); o++) {
                cells[o + 1] = weights.values()[c][o];
            }
            table.add(cells);
        }
        return table;
    }

    /** The three tables of a learning run. */
    public record Result(Table trajectory, Table asymptote, Table leads, List<Trajectory> trajectories) {
    }

    public static Result learn(Exposure exposure, LearnSettings settings, long seed) {
        long[] steps = Trajectory.logSpacedSteps(settings.presentations(), settings.checkpoints());
        Table trajectory = new Table("step", "learner", "parameter", "value");
        Table asymptote = new Table("learner", "parameter", "value", "note");
        Table leads = new Table("learner", "step", "parameter", "value");
        List<LearningRule> rules = LearningRule.all();
        List<Trajectory> trajectories = new java.util.ArrayList<>();
        RuleFit maximumLikelihood = new MultiplicativeRule().fit(exposure.design(), exposure.agents());
        for (LearningRule rule : rules) {
            Trajectory learned = ExposureLearning.learn(exposure, rule, settings.presentations(), settings.rate(),
                    steps, seed);
            trajectories.add(learned);
            for (int c = 0; c < steps.length; c++) {
                for (int j = 0; j < learned.parameters().size(); j++) {
                    trajectory.add(steps[c], rule.name(), learned.parameters().get(j), learned.values()[c][j]);
                }
            }
            boolean delta = rule.name().equals("delta");
            double[] settled = delta ? maximumLikelihood.estimates() : rule.asymptote(exposure.design(), exposure.agents());
            for (int j = 0; j < settled.length; j++) {
                if (delta) {
                    addDeltaAsymptote(asymptote, learned.parameters().get(j), maximumLikelihood, j);
                } else {
                    asymptote.add(rule.name(), learned.parameters().get(j), settled[j], "");
                }
            }
            for (Trajectory.Lead lead : learned.leads()) {
                leads.add(rule.name(), lead.step(), lead.parameter(), lead.value());
            }
        }
        return new Result(trajectory, asymptote, leads, trajectories);
    }
}
