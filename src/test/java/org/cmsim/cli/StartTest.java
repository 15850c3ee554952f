package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The entry point's own answer to --version is the one the command line gives through picocli. */
class StartTest {

    @Test
    void versionWithoutPicocliPrintsWhatTheCommandLinePrints() {
        StringWriter viaMain = new StringWriter();
        assertEquals(Main.EXIT_OK, Main.execute(new String[] {"--version"}, new PrintWriter(viaMain),
                new PrintWriter(new StringWriter())));
        PrintStream original = System.out;
        ByteArrayOutputStream viaStart = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(viaStart, true, StandardCharsets.UTF_8));
            Start.main(new String[] {"--version"});
        } finally {
            System.setOut(original);
        }
        assertEquals(viaMain.toString(), viaStart.toString(StandardCharsets.UTF_8));
        assertEquals("cmsim development" + System.lineSeparator() + "Java " + System.getProperty("java.version")
                + System.lineSeparator(), viaMain.toString());
    }
}
