package org.cmsim.ndl;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream on a second thread, a few chunks ahead of its reader: with a gzip event file the
 * inflating then runs on one core while the parsing and learning run on the other, instead of taking
 * turns. The bytes, their order and the errors are those of the stream itself; an error while reading
 * ahead is thrown to the reader where it would have met it. A fixed set of buffers goes round between
 * the two threads, so reading allocates nothing.
 */
final class ReadAhead extends InputStream {

    private static final int CHUNK = 1 << 16;
    private static final int CHUNKS = 16;

    /** A filled buffer; {@code length} -1 marks the end, a non-null {@code error} the stream's failure. */
    private record Chunk(byte[] bytes, int length, Exception error) {
    }

    private final InputStream source;
    private final BlockingQueue<byte[]> empty = new ArrayBlockingQueue<>(CHUNKS);
    private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread reader;
    private volatile boolean closed;
    private Chunk current = new Chunk(new byte[0], 0, null);
    private int position;
    private boolean ended;

    ReadAhead(InputStream source) {
        this.source = source;
        for (int c = 0; c < CHUNKS; c++) {
            empty.add(new byte[CHUNK]);
        }
        this.reader = new Thread(this::readAhead, "cmsim-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAhead() {
        try {
            while (!closed) {
                byte[] buffer = empty.take();
                int length = 0;
                for (int n = 0; n >= 0 && length < buffer.length; ) {
                    n = source.read(buffer, length, buffer.length - length);
                    length += Math.max(n, 0);
                }
                if (length == 0) {
                    hand(new Chunk(buffer, -1, null));
                    return;
                }
                hand(new Chunk(buffer, length, null));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            hand(new Chunk(new byte[0], 0, e));
        }
    }

    /** Queues a chunk, giving up when the reader has closed the stream. */
    private void hand(Chunk chunk) {
        try {
            while (!closed && !filled.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                // The reader is behind; wait for room.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == current.length()) {
            if (ended || !next()) {
                return -1;
            }
        }
        int n = Math.min(length, current.length() - position);
        System.arraycopy(current.bytes(), position, into, offset, n);
        position += n;
        return n;
    }

    /** Gives the spent buffer back and takes the next chunk; false at the end of the stream. */
    private boolean next() throws IOException {
        if (current.bytes().length == CHUNK) {
            empty.add(current.bytes());
        }
        try {
            current = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        }
        position = 0;
        if (current.error() instanceof IOException e) {
            throw e;
        }
        if (current.error() instanceof RuntimeException e) {
            throw e;
        }
        if (current.length() < 0) {
            ended = true;
            current = new Chunk(new byte[0], 0, null);
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        filled.clear();
        source.close();
    }
}
