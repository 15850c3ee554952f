package org.cmsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.cmsim.study.Progress;

/** Progress of a run as plain lines on stderr, one per finished stage with its time; silent with --quiet. */
final class ProgressPrinter implements Progress {

    private final PrintWriter err;
    private final boolean quiet;

    ProgressPrinter(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void stageDone(String language, String stage, double seconds) {
        if (!quiet) {
            err.printf(Locale.ROOT, "cmsim: %s: %s (%.1f s)%n", language, stage, seconds);
            err.flush();
        }
    }
}
