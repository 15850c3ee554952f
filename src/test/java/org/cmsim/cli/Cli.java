package org.cmsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs cmsim in-process, as the launcher would, capturing what it prints. */
final class Cli {

    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
