package org.cmsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Lets tests in other packages run the command line and get its exit code. */
public final class MainAccess {

    private MainAccess() {
    }

    public static int run(String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }
}
