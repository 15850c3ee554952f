package org.cmsim.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cmsim.io.OutputNames;

/**
 * The cmsim commands a sweep can repeat, each with the table of its output that goes into the sweep's
 * {@code results.csv} and the columns that name a reported parameter and hold its value.
 */
public enum SweptCommand {
    /** {@code comparison.csv}: per language, kind of data and cue, both models' log-odds side by side. */
    RUN(OutputNames.COMPARISON, List.of("language", "data", "cue"), List.of("competition", "attention"), Rows.ALL,
            "log-odds favouring n1"),
    /** {@code strengths.csv}: every rule's parameter estimates. */
    FIT(OutputNames.STRENGTHS, List.of("rule", "parameter"), List.of("estimate"), Rows.ALL,
            "estimate (multiplicative: log-odds; additive: probability; hierarchy: rank, lapse)"),
    /** {@code trajectory.csv} at its last checkpoint: where each learner's weights ended. */
    LEARN(OutputNames.TRAJECTORY, List.of("learner", "parameter"), List.of("value"), Rows.LAST_STEP,
            "final weight (delta: log-odds; Rescorla-Wagner: signed outcome units)"),
    /** {@code cue-contributions.csv}: the head's contribution of each cue and order level. */
    ATTENTION(OutputNames.CUE_CONTRIBUTIONS, List.of("cue"), List.of("contribution"), Rows.ALL,
            "log-odds favouring n1");

    /** The column of a trajectory that numbers its checkpoints. */
    static final String STEP = "step";

    /** Which rows of the command's table a sweep reports. */
    public enum Rows {
        ALL,
        /** The rows of each learner's largest {@code step}: the final values of a trajectory. */
        LAST_STEP
    }

    private final String table;
    private final List<String> keys;
    private final List<String> measures;
    private final Rows rows;
    private final String unit;

    SweptCommand(String table, List<String> keys, List<String> measures, Rows rows, String unit) {
        this.unit = unit;
        this.table = table;
        this.keys = keys;
        this.measures = measures;
        this.rows = rows;
    }

    /** The file of the command's output that results.csv is made of. */
    public String table() {
        return table;
    }

    /** Columns that together name a reported parameter. */
    public List<String> keys() {
        return keys;
    }

    /** Columns whose values the summary and its figures average across replicates. */
    public List<String> measures() {
        return measures;
    }

    /** The unit of the measures, for the summary figures' axis. */
    public String unit() {
        return unit;
    }

    public Rows rows() {
        return rows;
    }

    /** The columns of the table a sweep reads: the keys, the measures and, for a trajectory, its step. */
    List<String> columnsRead() {
        List<String> columns = new ArrayList<>(keys);
        columns.addAll(measures);
        if (rows == Rows.LAST_STEP) {
            columns.add(STEP);
        }
        return columns;
    }

    /** The columns whose cells a sweep reads as numbers. */
    List<String> numberColumns() {
        List<String> columns = new ArrayList<>(measures);
        if (rows == Rows.LAST_STEP) {
            columns.add(STEP);
        }
        return columns;
    }

    /** The name used on the command line and in sweep files. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SweptCommand parse(String text) {
        for (SweptCommand command : values()) {
            if (command.configName().equals(text)) {
                return command;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not run, fit, learn or attention");
    }

    /**
     * The command line of one task. Tasks run one after another inside a worker, so commands that can
     * use threads get one: the sweep's parallelism is across tasks.
     */
    public List<String> arguments(Path config, Path out) {
        return switch (this) {
            case RUN -> List.of("run", config.toString(), "--out", out.toString(), "--quiet", "--threads", "1");
            case FIT -> List.of("fit", "--config", config.toString(), "--out", out.toString(), "--quiet", "--threads",
                    "1");
            case LEARN, ATTENTION -> List.of(configName(), "--config", config.toString(), "--out", out.toString());
        };
    }
}
