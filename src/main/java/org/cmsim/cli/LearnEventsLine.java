package org.cmsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputNames;
import org.cmsim.ndl.FastNdl;
import org.cmsim.ndl.NdlParameters;
import org.cmsim.ndl.Weights;
import org.cmsim.output.DirectoryTarget;
import org.cmsim.output.LearnWriter;

/**
 * {@code cmsim learn --events FILE --out DIR} without picocli. Building picocli's model of a command
 * (reflection over its annotations, some 170 classes that class-data sharing cannot keep because they
 * are compiled for Java 5) costs about as much as learning a million events, so {@link Main} runs a
 * plain line of this command, the benchmark against pyndl, directly. Only a line made of
 * {@code --events}, {@code --out}, {@code --force}, {@code --alpha}, {@code --betas} and
 * {@code --lambda}, each at most once and with well-formed values, is taken; anything else (help, a
 * typo, a bad number) goes to picocli, which explains it. {@link LearnCommand} runs the same
 * {@link #learn} with the same defaults.
 */
final class LearnEventsLine {

    static final String DEFAULT_ALPHA = "0.1";
    static final String DEFAULT_BETAS = "0.1,0.1";
    static final String DEFAULT_LAMBDA = "1.0";

    /** A parsed line. */
    record Arguments(Path events, Path out, boolean force, NdlParameters parameters) {
    }

    private LearnEventsLine() {
    }

    /** The line's arguments, or empty when picocli should read it. */
    static Optional<Arguments> parse(String[] args) {
        if (args.length < 3 || !args[0].equals("learn")) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        String events = null;
        String out = null;
        String alpha = DEFAULT_ALPHA;
        String betas = DEFAULT_BETAS;
        String lambda = DEFAULT_LAMBDA;
        boolean force = false;
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!seen.add(name)) {
                return Optional.empty();
            }
            if (name.equals("--force")) {
                if (value != null) {
                    return Optional.empty();
                }
                force = true;
                continue;
            }
            if (value == null) {
                if (i + 1 == args.length) {
                    return Optional.empty();
                }
                value = args[++i];
            }
            if (value.isEmpty() || value.startsWith("-")) {
                return Optional.empty();
            }
            switch (name) {
                case "--events" -> events = value;
                case "--out" -> out = value;
                case "--alpha" -> alpha = value;
                case "--betas" -> betas = value;
                case "--lambda" -> lambda = value;
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (events == null || out == null) {
            return Optional.empty();
        }
        try {
            String[] beta = betas.split(",");
            if (beta.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new Arguments(Path.of(events), Path.of(out), force, new NdlParameters(
                    Double.parseDouble(alpha), Double.parseDouble(beta[0].strip()), Double.parseDouble(beta[1].strip()),
                    Double.parseDouble(lambda))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * pyndl's Rescorla-Wagner over the event file, in file order, into DIR/weights.csv (a DIR that holds
     * the event file is refused); says what it did on {@code print}, and on {@code err} what it removed of
     * earlier runs that were killed.
     */
    static void learn(Path events, NdlParameters parameters, Path outPath, boolean force, PrintWriter print,
                      PrintWriter err) throws InputException, OutputException {
        Weights weights = FastNdl.learn(events, parameters).sorted();
        LearnWriter.writeWeights(new DirectoryTarget(outPath, force, List.of(events),
                line -> err.println("cmsim: " + line)), weights);
        // Not printf: its Formatter loads about a hundred classes (regular expressions, locale data), a tenth
        // of those this whole command loads.
        print.println(new StringBuilder("learned ").append(weights.events()).append(" events: ")
                .append(weights.cues().size()).append(" cues x ").append(weights.outcomes().size())
                .append(" outcomes -> ").append(outPath.resolve(OutputNames.WEIGHTS)));
    }
}
