package org.cmsim.sweep;

import java.io.PrintWriter;
import java.io.Serializable;

/**
 * Runs one cmsim command line in this JVM, as {@code ./cmsim ARGS} would, and returns its exit code.
 * The command line layer provides it, so a sweep task is exactly the command a user would type;
 * serializable so that a Spark executor can receive it.
 */
public interface Commands extends Serializable {

    int execute(String[] args, PrintWriter out, PrintWriter err);
}
