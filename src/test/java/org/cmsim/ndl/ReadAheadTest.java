package org.cmsim.ndl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    /**
     * The same bytes in the same order, whatever sizes the reader asks for (chunk boundaries included);
     * more chunks than the 16 buffers, so the buffers must go round.
     */
    @Test
    void passesOnEveryByte() throws IOException {
        byte[] data = new byte[5 * (1 << 18) + 12345];
        new SplittableRandom(2).nextBytes(data);
        SplittableRandom sizes = new SplittableRandom(3);
        ByteArrayOutputStream exact = new ByteArrayOutputStream();
        try (InputStream in = new ReadAhead(new ByteArrayInputStream(data))) {
            byte[] buffer = new byte[1 + sizes.nextInt(100_000)];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer, 0, 1 + sizes.nextInt(buffer.length))) {
                exact.write(buffer, 0, n);
            }
        }
        assertArrayEquals(data, exact.toByteArray());
        try (InputStream in = new ReadAhead(new ByteArrayInputStream(new byte[] {7, -1}))) {
            assertEquals(7, in.read());
            assertEquals(255, in.read());
            assertEquals(-1, in.read());
            assertEquals(-1, in.read(new byte[4], 0, 4));
        }
    }

    /** An error of the stream reaches the reader after the bytes that came before it. */
    @Test
    void passesOnTheStreamsError() throws IOException {
        InputStream failing = new InputStream() {
            private int left = 1000;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return 1;
                }
                throw new IOException("disk gone");
            }
        };
        try (InputStream in = new ReadAhead(failing)) {
            IOException e = assertThrows(IOException.class, () -> in.readAllBytes());
            assertEquals("disk gone", e.getMessage());
        }
    }

    /** Closing before the end stops the reading thread. */
    @Test
    void closingStopsTheThread() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        ReadAhead in = new ReadAhead(endless);
        in.read(new byte[10]);
        in.close();
        // close() waits for the thread, and every other test closes its streams: none may be left.
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("cmsim-read-ahead") && t.isAlive()), "thread left running");
    }
}
