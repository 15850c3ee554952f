package org.cmsim.conllu;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.cmsim.io.InputException;

/**
 * Random access into a dictzip file (the {@code .dict.dz} of a dictd dictionary): a gzip file whose
 * deflate stream is flushed every CHLEN uncompressed bytes, with the compressed length of each chunk
 * in the gzip header's "RA" extra field (dictzip(1); RFC 1952 for the header). Reading bytes
 * [offset, offset + length) inflates only the chunks that hold them; recent chunks are kept.
 */
final class DictZip implements AutoCloseable {

    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int FHCRC = 2;
    private static final int CHUNKS_KEPT = 32;

    private final Path path;
    private final RandomAccessFile file;
    private final int chunkLength;
    private final long[] chunkStart;
    private final int[] chunkSize;
    private final Map<Integer, byte[]> recent = new LinkedHashMap<>(CHUNKS_KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> eldest) {
            return size() > CHUNKS_KEPT;
        }
    };

    private DictZip(Path path, RandomAccessFile file, int chunkLength, long[] chunkStart, int[] chunkSize) {
        this.path = path;
        this.file = file;
        this.chunkLength = chunkLength;
        this.chunkStart = chunkStart;
        this.chunkSize = chunkSize;
    }

    /** Opens a dictzip file. */
    static DictZip open(Path path) throws InputException {
        try {
            return read(path);
        } catch (IOException e) {
            throw InputException.in(path, "cannot read the dictionary: %s", e.getMessage());
        }
    }

    private static DictZip read(Path path) throws IOException, InputException {
        RandomAccessFile file = new RandomAccessFile(path.toFile(), "r");
        try {
            byte[] head = new byte[12];
            if (file.length() < head.length) {
                throw InputException.in(path, "not a dictzip file (%d bytes, shorter than a gzip header)", file.length());
            }
            file.readFully(head);
            int flags = head[3] & 0xff;
            if ((head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b || head[2] != 8 || (flags & FEXTRA) == 0) {
                throw InputException.in(path, "not a dictzip file (no gzip extra field)");
            }
            byte[] extra = new byte[(head[10] & 0xff) | (head[11] & 0xff) << 8];
            file.readFully(extra);
            int chunkLength = 0;
            int[] sizes = null;
            for (int at = 0; at + 4 <= extra.length; ) {
                int length = u16(extra, at + 2);
                if (extra[at] == 'R' && extra[at + 1] == 'A') {
                    chunkLength = u16(extra, at + 6);
                    sizes = new int[u16(extra, at + 8)];
                    for (int i = 0; i < sizes.length; i++) {
                        sizes[i] = u16(extra, at + 10 + 2 * i);
                    }
                }
                at += 4 + length;
            }
            if (sizes == null) {
                throw InputException.in(path, "not a dictzip file (no RA field in the gzip header)");
            }
            skipZeroTerminated(file, flags & FNAME);
            skipZeroTerminated(file, flags & FCOMMENT);
            long data = file.getFilePointer() + ((flags & FHCRC) != 0 ? 2 : 0);
            long[] starts = new long[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                starts[i] = data;
                data += sizes[i];
            }
            return new DictZip(path, file, chunkLength, starts, sizes);
        } catch (IOException | InputException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** The UTF-8 text of bytes [offset, offset + length) of the uncompressed dictionary. */
    String text(long offset, int length) throws IOException {
        byte[] out = new byte[length];
        int done = 0;
        while (done < length) {
            long at = offset + done;
            int chunk = (int) (at / chunkLength);
            if (chunk >= chunkStart.length) {
                throw new IOException(path + ": offset " + at + " is past the end of the dictionary");
            }
            byte[] bytes = chunk(chunk);
            int from = (int) (at - (long) chunk * chunkLength);
            int n = Math.min(length - done, bytes.length - from);
            if (n <= 0) {
                throw new IOException(path + ": offset " + at + " is past the end of the dictionary");
            }
            System.arraycopy(bytes, from, out, done, n);
            done += n;
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private byte[] chunk(int index) throws IOException {
        byte[] kept = recent.get(index);
        if (kept != null) {
            return kept;
        }
        byte[] compressed = new byte[chunkSize[index]];
        file.seek(chunkStart[index]);
        file.readFully(compressed);
        // Each chunk ends on a full flush, so it inflates on its own as raw deflate data.
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            byte[] out = new byte[chunkLength];
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int got = inflater.inflate(out, n, out.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            byte[] bytes = n == out.length ? out : java.util.Arrays.copyOf(out, n);
            recent.put(index, bytes);
            return bytes;
        } catch (DataFormatException e) {
            throw new IOException(path + ": chunk " + index + " is corrupt: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private static void skipZeroTerminated(RandomAccessFile file, int present) throws IOException {
        if (present != 0) {
            while (file.read() > 0) {
                // skip to the terminating zero byte
            }
        }
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
