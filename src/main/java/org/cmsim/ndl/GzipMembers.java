package org.cmsim.ndl;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The text of a gzip file (RFC 1952): one member or several concatenated, each checked against its
 * CRC-32 and length. Unlike {@link java.util.zip.GZIPInputStream}, which silently stops at bytes
 * after the last member that do not start another one, anything there is an error: a file with a
 * tail of garbage is not the file its writer meant.
 */
final class GzipMembers extends InputStream {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream raw;
    private final byte[] input = new byte[1 << 16];
    private int inputStart;
    private int inputEnd;
    private long consumed;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private long memberBytes;
    private boolean finished;

    GzipMembers(InputStream raw) throws IOException {
        this.raw = raw;
        readHeader(true);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (!finished) {
            if (inflater.needsInput()) {
                if (inputStart == inputEnd && !refill()) {
                    throw new EOFException("the gzip data end before their last member does (truncated file)");
                }
                inflater.setInput(input, inputStart, inputEnd - inputStart);
                inputStart = inputEnd;
            }
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new ZipException("corrupt gzip data: " + e.getMessage());
            }
            if (n > 0) {
                crc.update(b, off, n);
                memberBytes += n;
                return n;
            }
            if (inflater.finished()) {
                // Give back what the inflater did not use: the trailer, and what follows it.
                inputStart -= inflater.getRemaining();
                readTrailer();
                readHeader(false);
            } else if (inflater.needsDictionary()) {
                throw new ZipException("corrupt gzip data: a preset dictionary is not allowed");
            }
        }
        return -1;
    }

    private void readTrailer() throws IOException {
        long expectedCrc = readInt();
        long expectedSize = readInt();
        if (expectedCrc != crc.getValue() || expectedSize != (memberBytes & 0xffffffffL)) {
            throw new ZipException("corrupt gzip data: CRC-32 or length of a member does not match");
        }
        inflater.reset();
        crc.reset();
        memberBytes = 0;
    }

    /** Reads a member's header; after the last member, the end of the file (anything else is an error). */
    private void readHeader(boolean first) throws IOException {
        long at = consumed - (inputEnd - inputStart);
        int id1 = readByte(!first);
        if (id1 < 0) {
            finished = true;
            return;
        }
        int id2 = readByte(false);
        if (id1 != 0x1f || id2 != 0x8b) {
            throw new ZipException(first ? "not in gzip format"
                    : "unexpected bytes after the end of the gzip data, at byte " + at + " of the file");
        }
        if (readByte(false) != 8) {
            throw new ZipException("unsupported gzip compression method");
        }
        int flags = readByte(false);
        for (int i = 0; i < 6; i++) {
            readByte(false);  // modification time, extra flags, operating system
        }
        if ((flags & FEXTRA) != 0) {
            int length = readByte(false) | readByte(false) << 8;
            for (int i = 0; i < length; i++) {
                readByte(false);
            }
        }
        for (int flag : new int[] {FNAME, FCOMMENT}) {
            if ((flags & flag) != 0) {
                while (readByte(false) != 0) {
                    // a zero-terminated name or comment
                }
            }
        }
        if ((flags & FHCRC) != 0) {
            readByte(false);
            readByte(false);
        }
    }

    private long readInt() throws IOException {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value |= (long) readByte(false) << (8 * i);
        }
        return value;
    }

    /** The next raw byte; -1 at the end only where {@code endAllowed}, else the file is truncated. */
    private int readByte(boolean endAllowed) throws IOException {
        if (inputStart == inputEnd && !refill()) {
            if (endAllowed) {
                return -1;
            }
            throw new EOFException("the gzip data end in the middle of a member (truncated file)");
        }
        return input[inputStart++] & 0xff;
    }

    private boolean refill() throws IOException {
        int n = raw.read(input, 0, input.length);
        if (n < 0) {
            return false;
        }
        inputStart = 0;
        inputEnd = n;
        consumed += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        raw.close();
    }
}
