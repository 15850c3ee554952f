package org.cmsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.PartialOutputs;
import org.cmsim.model.MissingCorpusException;
import org.cmsim.sweep.EngineUnavailableException;
import org.cmsim.sweep.SweepBusyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code cmsim} command line. Only this class exits, with these sysexits codes: 0 success, 64 usage
 * error, 65 bad input data, 70 internal error; a sweep adds 69 (engine not available) and 75 (some tasks
 * failed, or another sweep runs them).
 */
@Command(name = "cmsim",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Competition Model of sentence interpretation, paired with a single attention head.",
            "Cues (word order, animacy, case, agreement) compete to pick the agent of a sentence;",
            "cmsim measures their validity in a corpus and their strength in listeners."})
public final class Main implements Runnable {

    /**
     * The commands, in the order {@code --help} lists them. They are registered lazily: picocli builds
     * a command's model by reflection over its annotations, so a command line naming one command
     * builds only that one (start-up time); a line naming none, or {@code help}, builds them all.
     */
    public static final List<String> COMMANDS = List.of("run", "explain", "playground", "validity", "fit", "fit-rt",
            "simulate", "recover", "learn", "attention", "transfer", "import-conllu", "export-events", "sweep",
            "sweep-merge", "bench", "help");

    /** A new instance of the named command (a switch, not a table of lambdas: those would load every class). */
    private static Object command(String name) {
        return switch (name) {
            case "run" -> new RunCommand();
            case "explain" -> new ExplainCommand();
            case "playground" -> new PlaygroundCommand();
            case "validity" -> new ValidityCommand();
            case "fit" -> new FitCommand();
            case "fit-rt" -> new FitRtCommand();
            case "simulate" -> new SimulateCommand();
            case "recover" -> new RecoverCommand();
            case "learn" -> new LearnCommand();
            case "attention" -> new AttentionCommand();
            case "transfer" -> new TransferCommand();
            case "import-conllu" -> new ImportCommand();
            case "export-events" -> new ExportEventsCommand();
            case "sweep" -> new SweepCommand();
            case "sweep-merge" -> new SweepMergeCommand();
            case "bench" -> new BenchCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 64;
    public static final int EXIT_DATA = 65;
    public static final int EXIT_INTERNAL = 70;
    /** Reading or writing failed below the command: a full disk, an unwritable folder (sysexits EX_IOERR). */
    public static final int EXIT_IO = 74;
    /** A sweep engine that is not available here (sysexits EX_UNAVAILABLE): the Spark jar or its libraries. */
    public static final int EXIT_UNAVAILABLE = 69;
    /**
     * Some sweep tasks failed while the others finished (sysexits EX_TEMPFAIL: rerunning the sweep retries
     * just those); their settings and errors are in failures.csv. Also a sweep that does not start because
     * another one is running its tasks in the same directory: rerun it when that one has finished.
     */
    public static final int EXIT_TASKS_FAILED = 75;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed; see 'cmsim --help'");
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        // SIGTERM and SIGINT run shutdown hooks: delete the hidden partial outputs of this process.
        Runtime.getRuntime().addShutdownHook(new Thread(PartialOutputs::deleteAll, "cmsim-cleanup"));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(args, out, err);
        ClassArchive.loadAllIfRecording();
        System.exit(code);
    }

    /** One line: what ran out, and how to give more (or, when no heap is large enough, to ask for less). */
    static String outOfMemory(OutOfMemoryError e) {
        String what = String.valueOf(e.getMessage());
        if (what.contains("array size exceeds")) {
            return "cmsim: out of memory: a table of the size asked for cannot exist in Java (" + what
                    + "); ask for less (fewer replicates, presentations or epochs)";
        }
        return "cmsim: out of memory (" + what + "); give Java more, e.g. CMSIM_JAVA_OPTS=-Xmx" + suggestedHeapGb()
                + "g ./cmsim ..., or ask for less";
    }

    /** Twice the heap this JVM was allowed, in whole gigabytes. */
    private static long suggestedHeapGb() {
        return Math.max(1, 2 * Runtime.getRuntime().maxMemory() / (1L << 30) + 1);
    }

    /** Runs one command line and returns its exit code; what it prints goes to {@code out} and {@code err}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        String first = args.length > 0 ? args[0] : "";
        if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
            // What picocli would print, without building its command model first.
            for (String line : new Version().getVersion()) {
                out.println(line);
            }
            out.flush();
            return EXIT_OK;
        }
        Optional<LearnEventsLine.Arguments> learnEvents = LearnEventsLine.parse(args);
        if (learnEvents.isPresent()) {
            LearnEventsLine.Arguments line = learnEvents.get();
            try {
                LearnEventsLine.learn(line.events(), line.parameters(), line.out(), line.force(), out, err);
                return EXIT_OK;
            } catch (Exception e) {
                return failure(e, err);
            } catch (OutOfMemoryError e) {
                err.println(outOfMemory(e));
                return EXIT_INTERNAL;
            } finally {
                out.flush();
                err.flush();
            }
        }
        CommandLine commandLine = new CommandLine(new Main());
        if (COMMANDS.contains(first) && !first.equals("help")) {
            commandLine.addSubcommand(first, command(first));
        } else {
            for (String name : COMMANDS) {
                commandLine.addSubcommand(name, command(name));
            }
        }
        commandLine.setUsageHelpWidth(110);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println("cmsim: " + ex.getMessage());
            CommandLine failed = ex.getCommandLine();
            err.println("Try 'cmsim " + (failed.getParent() == null ? "" : failed.getCommandName() + " ")
                    + "--help' for usage.");
            err.flush();
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, failed, parseResult) -> failure(ex, err));
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // The command's partial output is deleted by its try-with-resources on the way here.
            err.println(outOfMemory(e));
            code = EXIT_INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The exit code of a command that failed, after saying why on {@code err}. */
    private static int failure(Exception ex, PrintWriter err) {
        if (ex instanceof InputException || ex instanceof MissingCorpusException) {
            err.println("cmsim: " + ex.getMessage());
            err.flush();
            return EXIT_DATA;
        }
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.cmsim.model.DivergenceException diverged) {   // the settings made a learner diverge
                err.println("cmsim: " + diverged.getMessage());
                err.flush();
                return EXIT_DATA;
            }
        }
        if (ex instanceof EngineUnavailableException) {
            err.println("cmsim: " + ex.getMessage());
            err.flush();
            return EXIT_UNAVAILABLE;
        }
        if (ex instanceof SweepBusyException) {
            err.println("cmsim: " + ex.getMessage());
            err.flush();
            return EXIT_TASKS_FAILED;
        }
        if (ex instanceof OutputException output) {
            err.println("cmsim: " + output.getMessage() + (output.replaceable() ? "; pass --force to replace it" : ""));
            err.flush();
            return EXIT_USAGE;
        }
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError oom) {   // in a worker thread
                err.println(outOfMemory(oom));
                err.flush();
                return EXIT_INTERNAL;
            }
        }
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            // a write that failed (a full disk, a folder that became unwritable): what is half-written is
            // already removed; the user needs the reason, not a stack trace
            if (cause instanceof java.io.IOException io) {
                err.println("cmsim: input/output failed: " + io.getMessage()
                        + "; nothing was left half-written (free some space or choose another --out)");
                err.flush();
                return EXIT_IO;
            }
        }
        err.println("cmsim: internal error: " + ex);
        ex.printStackTrace(err);
        err.flush();
        return EXIT_INTERNAL;
    }
}
