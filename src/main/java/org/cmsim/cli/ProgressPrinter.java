package org.cmsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.cmsim.study.Progress;

/**
 * Progress as plain lines on stderr: one per finished stage with its time and, while a long stage runs, where it
 * has got to, at most once every {@link #WORKING_INTERVAL_NANOS}; silent with --quiet.
 */
final class ProgressPrinter implements Progress {

    /** Ten seconds: often enough to show that a long stage moves, rarely enough to stay readable in a log. */
    static final long WORKING_INTERVAL_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final LongSupplier clock;
    private long lastLine;

    ProgressPrinter(PrintWriter err, boolean quiet) {
        this(err, quiet, System::nanoTime);
    }

    /** With {@code clock} (nanoseconds) deciding when a stage under way is shown again. */
    ProgressPrinter(PrintWriter err, boolean quiet, LongSupplier clock) {
        this.err = err;
        this.quiet = quiet;
        this.clock = clock;
        this.lastLine = clock.getAsLong();
    }

    @Override
    public synchronized void stageDone(String language, String stage, double seconds) {
        if (!quiet) {
            err.printf(Locale.ROOT, "cmsim: %s: %s (%.1f s)%n", language, stage, seconds);
            err.flush();
            lastLine = clock.getAsLong();
        }
    }

    @Override
    public synchronized void working(String language, String stage, String state) {
        long now = clock.getAsLong();
        if (!quiet && now - lastLine >= WORKING_INTERVAL_NANOS) {
            err.printf(Locale.ROOT, "cmsim: %s: %s: %s ...%n", language, stage, state);
            err.flush();
            lastLine = now;
        }
    }
}
