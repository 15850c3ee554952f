package org.cmsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Lets tests in other packages run the command line and get its exit code, and what it printed. */
public final class MainAccess {

    /** A command's exit code, stdout and stderr. */
    public record Run(int code, String out, String err) {
    }

    private MainAccess() {
    }

    public static int run(String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    public static Run capture(String... args) {
        Cli.Result result = Cli.run(args);
        return new Run(result.code(), result.out(), result.err());
    }
}
