package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The picocli-free reading of {@code learn --events} agrees with picocli's, and hands picocli the rest. */
class LearnEventsLineTest {

    private static final String EVENTS = "src/test/resources/ndl/events.tab";

    @TempDir
    Path dir;

    /** Same values as picocli reads into LearnCommand, defaults included. */
    @Test
    void readsWhatPicocliReads() {
        List<String[]> lines = List.of(
                new String[] {"learn", "--events", EVENTS, "--out", "o"},
                new String[] {"learn", "--out=o", "--events=" + EVENTS, "--force"},
                new String[] {"learn", "--events", EVENTS, "--alpha", "0.3", "--betas", "0.05, 0.2", "--lambda", "2",
                    "--out", "x/y"});
        for (String[] line : lines) {
            LearnEventsLine.Arguments direct = LearnEventsLine.parse(line).orElseThrow();
            LearnCommand command = new LearnCommand();
            new CommandLine(command).parseArgs(java.util.Arrays.copyOfRange(line, 1, line.length));
            assertEquals(command.events, direct.events());
            assertEquals(command.output.out, direct.out());
            assertEquals(command.output.force, direct.force());
            assertEquals(command.alpha, direct.parameters().alpha());
            String[] betas = command.betas.split(",");
            assertEquals(Double.parseDouble(betas[0].strip()), direct.parameters().beta1());
            assertEquals(Double.parseDouble(betas[1].strip()), direct.parameters().beta2());
            assertEquals(command.lambda, direct.parameters().lambda());
        }
    }

    /** Anything unusual is left to picocli, which explains it with exit 64. */
    @Test
    void leavesOtherLinesToPicocli() {
        List<String[]> refused = List.of(
                new String[] {"learn", "--events", EVENTS, "--out", "o", "--help"},
                new String[] {"learn", "--events", EVENTS, "--out", "o", "--out", "p"},
                new String[] {"learn", "--events", EVENTS, "--out", "o", "--alpha", "fast"},
                new String[] {"learn", "--events", EVENTS, "--out", "o", "--betas", "0.1"},
                new String[] {"learn", "--events", EVENTS, "--out", "o", "--lambda", "NaN"},
                new String[] {"learn", "--events", EVENTS, "--out", "o", "--force=yes"},
                new String[] {"learn", "--events", EVENTS, "--out", "o", "--seed", "3"},
                new String[] {"learn", "--events", EVENTS, "--out"},
                new String[] {"learn", "--events", EVENTS, "--alpha", "0.2"},
                new String[] {"fit", "--events", EVENTS, "--out", "o"});
        for (String[] line : refused) {
            assertEquals(Optional.empty(), LearnEventsLine.parse(line), String.join(" ", line));
        }
        Cli.Result bad = Cli.run("learn", "--events", EVENTS, "--out", dir.resolve("o").toString(), "--alpha", "fast");
        assertEquals(Main.EXIT_USAGE, bad.code());
        assertTrue(bad.err().contains("--alpha"), bad.err());
        assertTrue(Files.notExists(dir.resolve("o")));
    }

    /** The direct line and picocli's command write the same bytes and print the same line; errors map alike. */
    @Test
    void runsAsTheCommandDoes() throws Exception {
        Path direct = dir.resolve("direct");
        Cli.Result result = Cli.run("learn", "--events", EVENTS, "--alpha", "0.2", "--out", direct.toString());
        assertEquals(0, result.code(), result.err());
        Path viaPicocli = dir.resolve("picocli");
        StringWriter printed = new StringWriter();
        CommandLine picocli = new CommandLine(new LearnCommand());
        picocli.setOut(new PrintWriter(printed));
        assertEquals(0, picocli.execute("--events", EVENTS, "--alpha", "0.2", "--out", viaPicocli.toString()));
        assertEquals(Files.readString(viaPicocli.resolve("weights.csv")), Files.readString(direct.resolve("weights.csv")));
        assertEquals(printed.toString().replace(viaPicocli.toString(), "DIR"), result.out().replace(direct.toString(), "DIR"));
        Cli.Result missing = Cli.run("learn", "--events", dir.resolve("none.tab").toString(), "--out",
                dir.resolve("m").toString());
        assertEquals(Main.EXIT_DATA, missing.code());
        assertTrue(missing.err().contains("none.tab"), missing.err());
        Cli.Result exists = Cli.run("learn", "--events", EVENTS, "--out", direct.toString());
        assertEquals(Main.EXIT_USAGE, exists.code());
        assertTrue(exists.err().contains("already exists"), exists.err());
    }

    /**
     * A malformed event line stops the direct line with exit 65 and {@code file:line}, the number of columns
     * the line has, and no output folder: gzip or not, LF or CRLF line ends.
     */
    @Test
    void malformedEventLinesExitWith65NamingTheirLine() throws Exception {
        Path fourColumns = Files.writeString(dir.resolve("four.tab"), "cues\toutcomes\r\na_b\tX\r\n\r\nc\tX\tY\tZ\r\n");
        Path oneColumn = dir.resolve("one.tab.gz");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(oneColumn))) {
            out.write("cues\toutcomes\na\tX\nb_c\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (Object[] expected : new Object[][] {{fourColumns, 4, 4}, {oneColumn, 3, 1}}) {
            Path out = dir.resolve("out-" + expected[2]);
            Cli.Result bad = Cli.run("learn", "--events", expected[0].toString(), "--out", out.toString());
            assertEquals(Main.EXIT_DATA, bad.code(), bad.err());
            assertEquals("cmsim: " + expected[0] + ":" + expected[1] + ": an event line has 2 tab-separated columns"
                    + " (cues, outcomes), this one has " + expected[2], bad.err().strip());
            assertTrue(Files.notExists(out));
        }
    }
}
