package org.cmsim.cli;

import java.io.PrintWriter;
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
            "cmsim measures their validity in a corpus and their strength in listeners."},
        subcommands = {RunCommand.class, ExplainCommand.class, PlaygroundCommand.class, ValidityCommand.class, FitCommand.class, SimulateCommand.class, RecoverCommand.class, LearnCommand.class, AttentionCommand.class, ImportCommand.class, ExportEventsCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

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
        System.exit(execute(args, out, err));
    }

    /** Runs one command line and returns its exit code; what it prints goes to {@code out} and {@code err}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
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
