package org.cmsim.cli;

import java.io.PrintWriter;
import java.util.List;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputDirectory.OutputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code cmsim} command line. Only this class exits, with the sysexits codes of the interface
 * contract: 0 success, 64 usage error, 65 bad input data, 70 internal error.
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
    private static final List<String> COMMANDS = List.of("run", "explain", "playground", "validity", "fit", "simulate", "recover", "learn",
            "attention", "import-conllu", "export-events", "bench", "help");

    /** A new instance of the named command (a switch, not a table of lambdas: those would load every class). */
    private static Object command(String name) {
        return switch (name) {
            case "run" -> new RunCommand();
            case "explain" -> new ExplainCommand();
            case "playground" -> new PlaygroundCommand();
            case "validity" -> new ValidityCommand();
            case "fit" -> new FitCommand();
            case "simulate" -> new SimulateCommand();
            case "recover" -> new RecoverCommand();
            case "learn" -> new LearnCommand();
            case "attention" -> new AttentionCommand();
            case "import-conllu" -> new ImportCommand();
            case "export-events" -> new ExportEventsCommand();
            case "bench" -> new BenchCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 64;
    public static final int EXIT_DATA = 65;
    public static final int EXIT_INTERNAL = 70;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed; see 'cmsim --help'");
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(args, out, err);
        ClassArchive.loadAllIfRecording();
        System.exit(code);
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
        commandLine.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            if (ex instanceof InputException) {
                err.println("cmsim: " + ex.getMessage());
                err.flush();
                return EXIT_DATA;
            }
            if (ex instanceof OutputException) {
                err.println("cmsim: " + ex.getMessage());
                err.flush();
                return EXIT_USAGE;
            }
            err.println("cmsim: internal error: " + ex);
            ex.printStackTrace(err);
            err.flush();
            return EXIT_INTERNAL;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
