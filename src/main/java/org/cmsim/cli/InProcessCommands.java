package org.cmsim.cli;

import java.io.PrintWriter;
import org.cmsim.sweep.Commands;

/** A sweep task runs the very command line a user would type, in this JVM (or a Spark executor's). */
final class InProcessCommands implements Commands {

    private static final long serialVersionUID = 1L;

    @Override
    public int execute(String[] args, PrintWriter out, PrintWriter err) {
        return Main.execute(args, out, err);
    }
}
