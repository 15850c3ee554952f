package org.cmsim.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Lines of a UTF-8 text, read strictly: a byte sequence that is not UTF-8 is an error naming the
 * line and its byte offset in the file, never a silent replacement character; a line longer than
 * the limit (by default {@link #MAX_LINE_BYTES}) is an error naming the line and the limit, never a
 * {@code NegativeArraySizeException}. Lines end at {@code \n}; a {@code \r} before it is dropped.
 */
public final class LineReader implements AutoCloseable {

    /** The longest line cmsim reads: 1 GiB, half the largest Java array, so a line always fits. */
    public static final int MAX_LINE_BYTES = 1 << 30;

    private final Path file;
    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int filled;
    private boolean end;
    private byte[] lineBytes = new byte[256];
    private long line;
    private long offset;

    /** Reads {@code in}; {@code file} names it in errors. */
    public LineReader(Path file, InputStream in) {
        this(file, in, MAX_LINE_BYTES);
    }

    LineReader(Path file, InputStream in, int maxLineBytes) {
        this.file = file;
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The number of the line last returned (from 1). */
    public long line() {
        return line;
    }

    /** The next line without its line end, or null at the end of the text. */
    public String readLine() throws InputException {
        long start = offset;
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == filled && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int newline = -1;
            for (int i = position; i < filled; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int stop = newline < 0 ? filled : newline;
            int chunk = stop - position;
            if ((long) length + chunk > maxLineBytes) {
                throw InputException.at(file, line + 1, "the line is longer than %d bytes, the longest line"
                        + " cmsim reads (is this the right file?)", maxLineBytes);
            }
            if (length + chunk > lineBytes.length) {
                lineBytes = Arrays.copyOf(lineBytes, (int) Math.min((long) maxLineBytes,
                        Math.max(2L * lineBytes.length, (long) length + chunk)));
            }
            System.arraycopy(buffer, position, lineBytes, length, chunk);
            length += chunk;
            offset += chunk;
            position = stop;
            if (newline >= 0) {
                position++;
                offset++;
                break;
            }
        }
        line++;
        if (length > 0 && lineBytes[length - 1] == '\r') {
            length--;
        }
        return decode(lineBytes, length, start);
    }

    private String decode(byte[] bytes, int length, long lineStart) throws InputException {
        if (firstInvalid(bytes, 0, length) >= 0) {
            throw invalid(file, line, bytes, length, lineStart);
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /**
     * The error for a line that is not UTF-8 ({@code bytes[0, length)}, starting at byte
     * {@code lineStart} of the file): where the first bad byte is, and what it is.
     */
    public static InputException invalid(Path file, long line, byte[] bytes, int length, long lineStart) {
        int bad = firstInvalid(bytes, 0, length);
        return InputException.at(file, line, "not valid UTF-8 at byte offset %d of the file (byte 0x%02X, column"
                + " %d of the line); save the file as UTF-8", lineStart + bad, bytes[bad] & 0xff, bad + 1);
    }

    /**
     * Index in {@code bytes} of the first byte of {@code [from, to)} that is not valid UTF-8 (RFC 3629:
     * no overlong forms, no surrogates, nothing above U+10FFFF), or -1. No allocation: it runs on
     * every line of a treebank.
     */
    public static int firstInvalid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int c = bytes[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int continuation = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (continuation < 0 || i + continuation >= to) {
                return i;
            }
            for (int k = 1; k <= continuation; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            int second = bytes[i + 1] & 0xff;
            if (c == 0xE0 && second < 0xA0 || c == 0xED && second > 0x9F || c == 0xF0 && second < 0x90
                    || c == 0xF4 && second > 0x8F) {
                return i;
            }
            i += continuation + 1;
        }
        return -1;
    }

    private boolean fill() throws InputException {
        if (end) {
            return false;
        }
        try {
            int read = in.read(buffer, 0, buffer.length);
            if (read < 0) {
                end = true;
                return false;
            }
            position = 0;
            filled = read;
            return true;
        } catch (IOException e) {
            throw InputException.at(file, line + 1, "cannot read: %s", e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
