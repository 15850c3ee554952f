package org.cmsim.ndl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Byte strings interned to ids 0, 1, 2, ... in order of first appearance: the cue or outcome names of
 * an event file, without building a string per name read. Open addressing over a table of ids; the
 * names' bytes sit end to end in one pool. A name of up to {@value #PACKED} bytes is known by its bytes
 * packed into two longs ({@link #pack}), which the reader builds as the bytes go by: finding it is a
 * comparison of two numbers, not of its bytes. A longer name is found by a hash of its bytes and a
 * comparison of them.
 */
final class Symbols {

    /** The longest name told apart by its packed bytes alone. */
    static final int PACKED = 16;

    private byte[] pool = new byte[1 << 12];
    private int poolSize;
    private int[] offsets = new int[64];
    private int[] lengths = new int[64];
    private int[] hashes = new int[64];
    private long[] lows = new long[64];
    private long[] highs = new long[64];
    private int count;
    private int[] table = new int[128];   // id + 1, 0 = empty

    /**
     * The last (up to) 16 bytes of bytes[from, from + length) packed into {@code {low, high}}: each byte in
     * turn shifted in at the low end of {@code low}, whose top byte moves into {@code high}. With the
     * length, these are the name itself when it has at most {@value #PACKED} bytes.
     */
    static long[] pack(byte[] bytes, int from, int length) {
        long low = 0;
        long high = 0;
        for (int i = from; i < from + length; i++) {
            high = high << 8 | low >>> 56;
            low = low << 8 | bytes[i] & 0xff;
        }
        return new long[] {low, high};
    }

    /** A hash of a long name's bytes: String.hashCode's recurrence. */
    static int bytesHash(byte[] bytes, int from, int length) {
        int hash = 1;
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + bytes[i];
        }
        return hash;
    }

    /** The id of bytes[from, from + length); a new name gets the next id. */
    int intern(byte[] bytes, int from, int length) {
        long[] packed = pack(bytes, from, length);
        return intern(bytes, from, length, packed[0], packed[1]);
    }

    /**
     * The id of bytes[from, from + length), whose {@link #pack packed} bytes are {@code low} and
     * {@code high}; a new name gets the next id.
     */
    int intern(byte[] bytes, int from, int length, long low, long high) {
        boolean packed = length <= PACKED;
        int hash = packed ? packedHash(low, high, length) : bytesHash(bytes, from, length);
        int mask = table.length - 1;
        for (int slot = firstSlot(hash, mask); ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return add(bytes, from, length, hash, low, high, slot);
            }
            int id = entry - 1;
            if (lengths[id] == length && (packed ? lows[id] == low && highs[id] == high
                    : hashes[id] == hash && same(bytes, from, offsets[id], length))) {
                return id;
            }
        }
    }

    /*
     * The hashes and the first slot only spread names over the table: any functions of the bytes would give
     * the same ids, which count names in order of first appearance.
     */

    /** A packed name's hash: its two numbers and length mixed by multiplication, the high half folded in. */
    private static int packedHash(long low, long high, int length) {
        long x = low * 0x9E3779B97F4A7C15L + high * 0xC2B2AE3D27D4EB4FL + length;
        return (int) (x ^ x >>> 32);
    }

    /** Where a name's probe starts: its hash with the high bits folded into the low ones that pick the slot. */
    private static int firstSlot(int hash, int mask) {
        return (hash ^ hash >>> 16) & mask;
    }

    /** Whether the name at {@code from} equals the pooled one at {@code at}. */
    private boolean same(byte[] bytes, int from, int at, int length) {
        return Arrays.equals(bytes, from, from + length, pool, at, at + length);
    }

    private int add(byte[] bytes, int from, int length, int hash, long low, long high, int slot) {
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(bytes, from, pool, poolSize, length);
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
            hashes = Arrays.copyOf(hashes, count * 2);
            lows = Arrays.copyOf(lows, count * 2);
            highs = Arrays.copyOf(highs, count * 2);
        }
        offsets[count] = poolSize;
        lengths[count] = length;
        hashes[count] = hash;
        lows[count] = low;
        highs[count] = high;
        poolSize += length;
        table[slot] = count + 1;
        count++;
        if (count * 2 > table.length) {
            rehash();
        }
        return count - 1;
    }

    private void rehash() {
        int[] larger = new int[table.length * 2];
        int mask = larger.length - 1;
        for (int id = 0; id < count; id++) {
            int slot = firstSlot(hashes[id], mask);
            while (larger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            larger[slot] = id + 1;
        }
        table = larger;
    }

    int size() {
        return count;
    }

    List<String> names() {
        List<String> names = new ArrayList<>(count);
        for (int id = 0; id < count; id++) {
            names.add(new String(pool, offsets[id], lengths[id], StandardCharsets.UTF_8));
        }
        return names;
    }
}
