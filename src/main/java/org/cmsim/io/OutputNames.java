package org.cmsim.io;

/**
 * The name of every file and folder cmsim writes, in one place: the commands write them, and the
 * sweep, {@code explain} and the playground read them back from earlier outputs, so a name changed
 * here changes for writer and reader alike. Names of figures are stems: {@link #png} and
 * {@link #svg} add the extension.
 */
public final class OutputNames {

    private OutputNames() {
    }

    // A run's top level (cmsim run).
    public static final String COMPARISON = "comparison.csv";
    public static final String CUE_RANKS = "cue-ranks.csv";
    public static final String CUE_ORDERINGS = "cue-orderings.csv";
    public static final String SUMMARY = "summary.json";
    public static final String REPORT = "report.html";
    public static final String PLAYGROUND = "playground.html";
    /** What reproduces an output: config, versions, checksums (a run's and a sweep's). */
    public static final String MANIFEST = "manifest.json";
    /** The field of manifest.json naming a run's config as a path from the run's own folder. */
    public static final String MANIFEST_CONFIG_FROM_OUTPUT = "configFromOutput";
    /** The folder of a run's figures. */
    public static final String PLOTS = "plots";

    // A language's folder in a run, and the files of validity, fit, learn and attention of the same name.
    public static final String VALIDITY = "validity.csv";
    public static final String STRENGTHS = "strengths.csv";
    public static final String FIT = "fit.json";
    public static final String PREDICTIONS = "predictions.csv";
    public static final String TRAJECTORY = "trajectory.csv";
    public static final String ASYMPTOTE = "asymptote.csv";
    public static final String ATTENTION = "attention.csv";
    public static final String CUE_CONTRIBUTIONS = "cue-contributions.csv";
    public static final String QKV = "qkv.json";
    public static final String ATTENTION_CHOICES = "attention-choices.csv";
    public static final String CUE_CONTRIBUTIONS_CHOICES = "cue-contributions-choices.csv";
    public static final String QKV_CHOICES = "qkv-choices.json";
    public static final String CONDITIONS = "conditions.csv";
    /** The heads' held-out log-likelihood at each L2 of the search, with its standard error. */
    public static final String L2_CURVE = "l2-curve.csv";
    /** The stem of the L2 curve's figure under plots/ ({@code LANGUAGE-l2-curve}). */
    public static final String L2_CURVE_FIGURE = "l2-curve";

    // A run's top level: every model's held-out log-likelihood per language and fold.
    public static final String HELD_OUT = "heldout.csv";

    // cmsim fit with participants and groups.
    public static final String SUBJECT_STRENGTHS = "subject-strengths.csv";
    public static final String SUBJECT_FIT = "subject-fit.csv";
    public static final String RANDOM_EFFECTS = "random-effects.csv";
    public static final String GROUP_STRENGTHS = "group-strengths.csv";
    public static final String GROUP_TESTS = "group-tests.csv";
    public static final String GROUP_RANDOM_EFFECTS = "group-random-effects.csv";
    public static final String RANDOM_CORRELATIONS = "random-correlations.csv";
    public static final String GROUP_RANDOM_CORRELATIONS = "group-random-correlations.csv";
    /** The likelihood-ratio test between two nested random-effects structures ({@code fit --compare}). */
    public static final String RANDOM_LRT = "random-lrt.csv";
    /** Every fitted parameter with its Wald test and interval, one row per rule, parameter and group. */
    public static final String PAPER_TABLE = "paper-table.csv";
    /** The stem of the classic figure ({@code classic.png}; {@code classic-LEVEL} per group). */
    public static final String CLASSIC = "classic";

    // cmsim fit-rt: the linear mixed model of log reaction times.
    public static final String RT_FIXED = "rt-fixed.csv";
    public static final String RT_RANDOM = "rt-random.csv";
    public static final String RT_CORRELATIONS = "rt-random-correlations.csv";
    public static final String RT_CONDITIONS = "rt-conditions.csv";
    public static final String RT_FIT = "rt-fit.json";
    /** cmsim recover with simulated reaction times. */
    public static final String RT_RECOVERY = "rt-recovery.csv";
    public static final String RT_RECOVER = "rt-recover.json";

    // cmsim learn.
    public static final String LEADS = "leads.csv";
    public static final String WEIGHTS = "weights.csv";

    // cmsim simulate and recover.
    public static final String CHOICES = "choices.csv";
    /**
     * Beside an imported corpus: one row per clause, where it is in its treebank and which corpus row counts
     * it. {@code clauses.csv.gz} beside a {@code corpus.csv} (the shipped layout); {@code NAME.clauses.csv.gz}
     * beside any other {@code NAME.csv}, so that two corpora in one folder keep their traces apart.
     */
    public static final String CLAUSES = "clauses.csv.gz";

    /** The trace file of the corpus {@code corpus} ({@link #CLAUSES}). */
    public static java.nio.file.Path clausesBeside(java.nio.file.Path corpus) {
        String name = corpus.getFileName().toString();
        String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return corpus.resolveSibling(stem.equals("corpus") ? CLAUSES : stem + "." + CLAUSES);
    }
    public static final String PARTICIPANTS = "participants.csv";
    public static final String PARAMETER_RECOVERY = "parameter-recovery.csv";
    public static final String MODEL_RECOVERY = "model-recovery.csv";
    public static final String INDIVIDUAL_RECOVERY = "individual-recovery.csv";
    public static final String RECOVER = "recover.json";

    // cmsim bench --out.
    public static final String BENCH = "bench.csv";

    // A sweep's directory (and manifest.json).
    public static final String SWEEP_RESULTS = "results.csv";
    public static final String SWEEP_SUMMARY = "summary.csv";
    public static final String SWEEP_FAILURES = "failures.csv";
    /** The sweep's plan, written first: it tells a sweep's directory from anything else. */
    public static final String SWEEP_RECORD = "sweep.json";
    public static final String SWEEP_FIGURES = "figures";
    public static final String SWEEP_TASKS = "tasks";
    /** Locked by each sweep writing into the directory, so that two never run one task at once. */
    public static final String SWEEP_LOCK = ".sweep.lock";
    /** A task's config, in its folder. */
    public static final String TASK_CONFIG = "sweep-config.json";
    /** A task's settings and seed, written last: a task folder with it is finished. */
    public static final String TASK_RECORD = "sweep-task.json";

    /** A figure's PNG file. */
    public static String png(String stem) {
        return stem + ".png";
    }

    /** A figure's SVG file. */
    public static String svg(String stem) {
        return stem + ".svg";
    }

    // cmsim transfer (and a run's transfer/ folder).
    public static final String TRANSFER = "transfer.csv";
    public static final String TRANSFER_SUMMARY = "transfer-summary.csv";
    /** A run's folder of transfers, one subfolder per pair ({@code FROM-to-TO}). */
    public static final String TRANSFER_FOLDER = "transfer";
}
