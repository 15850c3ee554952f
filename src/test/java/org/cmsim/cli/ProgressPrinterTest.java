package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Where a long stage has got to is shown at most every ten seconds, and never with --quiet; a clock stands in
 * for time.
 */
class ProgressPrinterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aStageUnderWayIsShownEveryTenSecondsAtMost() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), false, now::get);
        printer.working("t", "the mixed multiplicative rule", "search, 1 deviances evaluated, lowest 12.5");
        now.addAndGet(9 * SECOND);
        printer.working("t", "the mixed multiplicative rule", "search, 90 deviances evaluated, lowest 11.2");
        assertEquals("", text.toString(), "nothing within ten seconds of the start");
        now.addAndGet(SECOND);
        printer.working("t", "the mixed multiplicative rule", "search, 100 deviances evaluated, lowest 11.1");
        now.addAndGet(SECOND);
        printer.working("t", "the mixed multiplicative rule", "search, 110 deviances evaluated, lowest 11.0");
        printer.stageDone("t", "the mixed multiplicative rule", 12.0);
        now.addAndGet(5 * SECOND);
        printer.working("t", "the rules fitted to each subject (9 subjects)", "5 of 9 subjects");
        assertEquals("""
                cmsim: t: the mixed multiplicative rule: search, 100 deviances evaluated, lowest 11.1 ...
                cmsim: t: the mixed multiplicative rule (12.0 s)
                """, text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void quietPrintsNothing() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), true, now::get);
        now.addAndGet(60 * SECOND);
        printer.working("t", "stage", "state");
        printer.stageDone("t", "stage", 60);
        assertEquals("", text.toString());
    }
}
