package org.cmsim.sweep;

import java.nio.file.Path;

/**
 * Another sweep is writing the tasks this one would run, or the directory this one would replace; the CLI
 * exits 75, as for tasks that failed: running the sweep again later does what is left.
 */
public final class SweepBusyException extends Exception {

    private static final long serialVersionUID = 1L;

    SweepBusyException(Path dir) {
        super("another sweep is writing to " + dir + "; run this one again when it has finished");
    }
}
