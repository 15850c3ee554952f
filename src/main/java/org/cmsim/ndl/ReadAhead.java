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
 * ahead is thrown to the reader where it would have met it.
 */
final class ReadAhead extends InputStream {

    private static final int CHUNK = 1 << 18;
    private static final int CHUNKS_AHEAD = 8;
    private static final byte[] END = new byte[0];

    private final InputStream source;
    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    ReadAhead(InputStream source) {
        this.source = source;
        this.reader = new Thread(this::readAhead, "cmsim-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAhead() {
        try {
            while (!closed) {
                byte[] chunk = source.readNBytes(CHUNK);
                if (chunk.length == 0) {
                    hand(END);
                    return;
                }
                hand(chunk);
            }
        } catch (IOException | RuntimeException e) {
            hand(e);
        }
    }

    /** Queues a chunk, an end or an error, giving up when the reader has closed the stream. */
    private void hand(Object item) {
        try {
            while (!closed && !chunks.offer(item, 50, TimeUnit.MILLISECONDS)) {
                // The reader is busy; wait for room.
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
        while (position == current.length) {
            if (ended || !next()) {
                return -1;
            }
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, into, offset, n);
        position += n;
        return n;
    }

    /** Takes the next chunk; false at the end of the stream. */
    private boolean next() throws IOException {
        Object item;
        try {
            item = chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        }
        if (item instanceof IOException e) {
            throw e;
        }
        if (item instanceof RuntimeException e) {
            throw e;
        }
        if (item == END) {
            ended = true;
            return false;
        }
        current = (byte[]) item;
        position = 0;
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
        chunks.clear();
        current = new byte[0];
        source.close();
    }
}
