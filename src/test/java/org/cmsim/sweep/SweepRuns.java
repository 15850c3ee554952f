package org.cmsim.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cmsim.cli.Main;

/** Test helpers: a small sweep file, and cmsim run in-process as the launcher would run it. */
final class SweepRuns {

    record Result(int code, String out, String err) {
    }

    private SweepRuns() {
    }

    /** Three seeds x two L2 weights of the attention head on the illustrative corpus, 40 epochs to stay quick. */
    static Path seedsByL2(Path dir) throws IOException {
        Path file = dir.resolve("sweep.json");
        Files.writeString(file, "{\"command\": \"attention\", \"config\": \""
                + Path.of("configs/illustrative.json").toAbsolutePath() + "\",\n"
                + " \"grid\": {\"seed\": [1, 2, 3], \"attention.l2\": [0.001, 0.01], \"attention.epochs\": [40]},\n"
                + " \"replicates\": 1}\n");
        return file;
    }

    static Result cmsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
