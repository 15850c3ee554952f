package org.cmsim.output;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Trajectory;
import org.cmsim.io.Table;
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

    /** trajectory.csv: every learner's weights at every checkpoint. */
    public static Table trajectory(List<Trajectory> trajectories) {
        Table table = new Table("step", "learner", "parameter", "value");
        for (Trajectory learned : trajectories) {
            for (int c = 0; c < learned.steps().length; c++) {
                for (int j = 0; j < learned.parameters().size(); j++) {
                    table.add(learned.steps()[c], learned.learner(), learned.parameters().get(j),
                            learned.values()[c][j]);
                }
            }
        }
        return table;
    }

    /**
     * asymptote.csv: where each learner settles, parameter by parameter; the delta rule's row comes from
     * the maximum-likelihood {@code fit} ({@link #addDeltaAsymptote}).
     */
    public static Table asymptote(List<String> parameters, Map<String, double[]> asymptotes, RuleFit fit) {
        Table table = new Table("learner", "parameter", "value", "note");
        asymptotes.forEach((learner, values) -> {
            for (int j = 0; j < values.length; j++) {
                if (learner.equals("delta")) {
                    addDeltaAsymptote(table, parameters.get(j), fit, j);
                } else {
                    table.add(learner, parameters.get(j), values[j], "");
                }
            }
        });
        return table;
    }

    /** leads.csv: when each cue takes the lead in each learner. */
    public static Table leads(List<Trajectory> trajectories) {
        Table table = new Table("learner", "step", "parameter", "value");
        for (Trajectory learned : trajectories) {
            for (Trajectory.Lead lead : learned.leads()) {
                table.add(learned.learner(), lead.step(), lead.parameter(), lead.value());
            }
        }
        return table;
    }

    /** The leads as sentences, a line per learner: who leads from which step, and who overtakes when. */
    public static String describeLeads(Table leads) {
        StringBuilder text = new StringBuilder();
        String learner = null;
        for (int r = 0; r < leads.rowCount(); r++) {
            String name = (String) leads.cell(r, 0);
            if (!name.equals(learner)) {
                text.append(learner == null ? "" : "\n").append(name).append(": ");
                learner = name;
                text.append(String.format(Locale.ROOT, "%s leads from step %d", leads.cell(r, 2),
                        (Long) leads.cell(r, 1)));
            } else {
                text.append(String.format(Locale.ROOT, "; %s overtakes at step %d", leads.cell(r, 2),
                        (Long) leads.cell(r, 1)));
            }
        }
        return text.append('\n').toString();
    }
}
