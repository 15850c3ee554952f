package org.cmsim.output;

import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.io.Table;
import org.cmsim.ndl.Weights;
import org.cmsim.study.LearnStudy;

/**
 * What {@code cmsim learn} writes: trajectory.csv, asymptote.csv, leads.csv and weights.csv of a corpus,
 * or weights.csv alone when it learns from a pyndl event file.
 */
public final class LearnWriter {

    private LearnWriter() {
    }

    public static void write(DirectoryTarget target, LearnStudy.Result result) throws OutputException {
        try (OutputDirectory out = target.open()) {
            out.writeCsv(OutputNames.TRAJECTORY, LearningTables.trajectory(result.trajectories()));
            out.writeCsv(OutputNames.ASYMPTOTE, asymptote(result));
            out.writeCsv(OutputNames.LEADS, LearningTables.leads(result.trajectories()));
            out.writeCsv(OutputNames.WEIGHTS, LearningTables.weights(result.weights()));
            out.commit();
        }
    }

    /** weights.csv of a pyndl event file. */
    public static void writeWeights(DirectoryTarget target, Weights weights) throws OutputException {
        try (OutputDirectory out = target.open()) {
            out.writeCsv(OutputNames.WEIGHTS, LearningTables.weights(weights));
            out.commit();
        }
    }

    /** What the terminal shows: where each learner settles, and when each cue takes the lead. */
    public static String summary(LearnStudy.Result result) {
        return asymptote(result).toText() + "\n"
                + LearningTables.describeLeads(LearningTables.leads(result.trajectories()));
    }

    private static Table asymptote(LearnStudy.Result result) {
        return LearningTables.asymptote(result.maximumLikelihood().parameters(), result.asymptotes(),
                result.maximumLikelihood());
    }
}
