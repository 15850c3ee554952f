package org.cmsim.ndl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.cmsim.io.InputException;
import org.cmsim.io.LineReader;

/**
 * Streams a pyndl event file (gzip or plain text, header {@code cues<TAB>outcomes}, names joined by
 * {@code _}) and hands each event to a sink as interned ids, building no string per line. Each line is
 * read in one pass: a name's bytes are packed into two numbers while its end is searched for, and a name
 * of up to 16 bytes is looked up by those alone, so each byte is read once (a search for the line end,
 * the tab and each {@code _}, then a hash and a comparison of the bytes, read it five times). Names within an event are
 * deduplicated, the first kept, as pyndl's {@code remove_duplicates=True}; an empty name ({@code a__b},
 * {@code _c}, an empty column) is a name, as Python's {@code str.split('_')} in pyndl's
 * {@code io.events_from_file} makes it. Blank lines are skipped; a {@code \r} before a line end is dropped.
 */
final class EventReader {

    private static final int BUFFER = 1 << 20;
    /** What {@link #scan} returns for a line without exactly one tab. */
    private static final int MALFORMED = -1;

    /** Receives each event as interned ids: {@code cues[0, nCues)} and {@code outcomes[0, nOutcomes)}. */
    interface EventSink {
        void event(int[] cues, int nCues, int[] outcomes, int nOutcomes, Symbols cueSymbols, Symbols outcomeSymbols);
    }

    private final Path file;
    private final int maxLineBytes;
    private final Column cues = new Column();
    private final Column outcomes = new Column();
    private int stamp;

    private EventReader(Path file, int maxLineBytes) {
        this.file = file;
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads the file, calling {@code sink} per event in file order; returns the cue and outcome symbols. */
    static Symbols[] read(Path file, EventSink sink, int maxLineBytes) throws InputException {
        EventReader reader = new EventReader(file, maxLineBytes);
        try (InputStream in = new ReadAhead(EventFiles.open(file))) {
            reader.lines(in, sink);
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: %s", e.getMessage());
        }
        return new Symbols[] {reader.cues.symbols, reader.outcomes.symbols};
    }

    /**
     * The lines of {@code in}, a buffer at a time: every line complete in the buffer is scanned, the
     * unfinished one moved to its start; a line longer than the buffer makes it grow, to the line limit.
     */
    private void lines(InputStream in, EventSink sink) throws IOException, InputException {
        byte[] buffer = new byte[BUFFER];
        int filled = 0;
        int searched = 0;   // buffer[0, searched) holds no line end: a long line is searched once, not per read
        long consumed = 0;  // bytes of the file before buffer[0]
        long line = 0;
        boolean header = true;
        boolean end = false;
        while (!end) {
            int read = in.read(buffer, filled, buffer.length - filled);
            end = read < 0;
            filled += Math.max(read, 0);
            int complete = lastLineEnd(buffer, searched, filled) + 1;   // the complete lines: buffer[0, complete)
            if (end && complete < filled) {
                // The last line has no line end: give it one, so that it reads as every other line. There is
                // room: a full buffer grows (or moves its unfinished line down) before the next read.
                buffer[filled++] = '\n';
                complete = filled;
            }
            int start = 0;
            while (start < complete) {
                line++;
                int newline;
                if (header) {
                    newline = lineEnd(buffer, start);
                    checkLength(start, newline, line);
                    int stop = newline > start && buffer[newline - 1] == '\r' ? newline - 1 : newline;
                    EventFiles.checkHeader(file, new String(buffer, start, stop - start, StandardCharsets.UTF_8));
                    header = false;
                } else if (buffer[start] == '\n' || buffer[start] == '\r' && buffer[start + 1] == '\n') {
                    newline = lineEnd(buffer, start);   // a blank line
                } else {
                    int known = cues.symbols.size() + outcomes.symbols.size();
                    newline = scan(buffer, start);
                    if (newline < 0) {
                        throw malformed(buffer, start, line);
                    }
                    checkLength(start, newline, line);
                    if (cues.symbols.size() + outcomes.symbols.size() > known
                            && LineReader.firstInvalid(buffer, start, newline) >= 0) {
                        // A new name: check the line is UTF-8 (names seen before were checked then).
                        throw LineReader.invalid(file, line, Arrays.copyOfRange(buffer, start, newline),
                                newline - start, consumed + start);
                    }
                    sink.event(cues.ids, cues.size, outcomes.ids, outcomes.size, cues.symbols, outcomes.symbols);
                }
                start = newline + 1;
            }
            int rest = filled - start;
            searched = rest;   // the unfinished line, moved to the start, holds no line end
            if (start == 0 && rest == buffer.length) {
                if (buffer.length > maxLineBytes) {
                    throw tooLong(line + 1);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, maxLineBytes + 1L));
            } else {
                System.arraycopy(buffer, start, buffer, 0, rest);
            }
            consumed += start;
            filled = rest;
        }
        if (header) {
            EventFiles.checkHeader(file, null);
        }
    }

    /**
     * Scans the event line at {@code b[from]}, which ends at a {@code \n} in {@code b}, into {@link #cues} and
     * {@link #outcomes}; returns the index of its line end, or {@link #MALFORMED} when it has no tab or more
     * than one. Each name's bytes are {@link Symbols#pack packed} as they go by.
     */
    private int scan(byte[] b, int from) {
        int line = nextStamp();
        cues.size = 0;
        outcomes.size = 0;
        int i = from;
        byte c;
        do {   // the cues, up to the tab
            int start = i;
            long low = 0;
            long high = 0;
            while ((c = b[i]) != '_' && c != '\t' && c != '\n') {
                high = high << 8 | low >>> 56;   // Symbols.pack, a byte at a time
                low = low << 8 | c & 0xff;
                i++;
            }
            if (c == '\n') {
                return MALFORMED;
            }
            cues.add(b, start, i - start, low, high, line);
            i++;
        } while (c != '\t');
        do {   // the outcomes, up to the line end
            int start = i;
            long low = 0;
            long high = 0;
            while ((c = b[i]) != '_' && c != '\t' && c != '\n') {
                high = high << 8 | low >>> 56;
                low = low << 8 | c & 0xff;
                i++;
            }
            if (c == '\t') {
                return MALFORMED;
            }
            int length = i - start;
            if (c == '\n' && length > 0 && b[i - 1] == '\r') {
                length--;   // a CRLF line end: the \r is no part of the last name
                long[] packed = Symbols.pack(b, start, length);
                low = packed[0];
                high = packed[1];
            }
            outcomes.add(b, start, length, low, high, line);
            i++;
        } while (c != '\n');
        return i - 1;
    }

    /** A new stamp for the next line's names; on wrapping round, the marks of earlier lines are cleared. */
    private int nextStamp() {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(cues.marks, 0);
            Arrays.fill(outcomes.marks, 0);
            stamp = 1;
        }
        return stamp;
    }

    /** The error for a line {@link #scan} refused: too long, else how many columns it has. */
    private InputException malformed(byte[] b, int start, long line) throws InputException {
        int newline = lineEnd(b, start);
        checkLength(start, newline, line);
        int columns = 1;
        for (int i = start; i < newline; i++) {
            columns += b[i] == '\t' ? 1 : 0;
        }
        return InputException.at(file, line, "an event line has 2 tab-separated columns (cues, outcomes), this one"
                + " has %d", columns);
    }

    private void checkLength(int start, int newline, long line) throws InputException {
        if (newline - start > maxLineBytes) {
            throw tooLong(line);
        }
    }

    private InputException tooLong(long line) {
        return InputException.at(file, line, "the line is longer than %d bytes, the longest line cmsim reads"
                + " (is this the right file?)", maxLineBytes);
    }

    /** The {@code \n} that ends the line at {@code from} (the complete lines end with one). */
    private static int lineEnd(byte[] bytes, int from) {
        int i = from;
        while (bytes[i] != '\n') {
            i++;
        }
        return i;
    }

    /** The last {@code \n} in bytes[from, to), or -1. */
    private static int lastLineEnd(byte[] bytes, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * One column of the line being read: its names' ids, the first of duplicates kept. Which ids the line
     * has named is kept as a stamp per id, so a duplicate is found in constant time and a line of n names
     * costs n lookups, not n^2 comparisons (a line of 400,000 cues took 28 s).
     */
    private static final class Column {
        final Symbols symbols = new Symbols();
        int[] ids = new int[64];
        int size;
        int[] marks = new int[256];

        void add(byte[] b, int from, int length, long low, long high, int line) {
            int id = symbols.intern(b, from, length, low, high);
            if (id >= marks.length) {
                marks = Arrays.copyOf(marks, Math.max(id + 1, 2 * marks.length));
            }
            if (marks[id] != line) {
                marks[id] = line;
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, 2 * size);
                }
                ids[size++] = id;
            }
        }
    }
}
