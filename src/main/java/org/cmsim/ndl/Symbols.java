package org.cmsim.ndl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Byte strings interned to ids 0, 1, 2, ... in order of first appearance: the cue or outcome names of
 * an event file, without building a string per name read. Open addressing over a table of ids; the
 * names' bytes sit end to end in one pool.
 */
final class Symbols {

    /** The hash of the empty name; a name's hash is {@code h = 31 h + byte} over its bytes from here. */
    static final int EMPTY_HASH = 1;

    private byte[] pool = new byte[1 << 12];
    private int poolSize;
    private int[] offsets = new int[64];
    private int[] lengths = new int[64];
    private int[] hashes = new int[64];
    private int count;
    private int[] table = new int[128];   // id + 1, 0 = empty

    /**
     * The hash {@link #intern(byte[], int, int, int)} expects: String.hashCode's recurrence over the bytes.
     * Any function of the bytes would give the same ids (they count names in order of first appearance);
     * this one can be computed while the name's end is searched for, one byte at a time.
     */
    static int hash(byte[] bytes, int from, int length) {
        int hash = EMPTY_HASH;
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + bytes[i];
        }
        return hash;
    }

    int intern(byte[] bytes, int from, int length) {
        return intern(bytes, from, length, hash(bytes, from, length));
    }

    /** The id of bytes[from, from + length), whose {@link #hash} is {@code hash}; a new name gets the next id. */
    int intern(byte[] bytes, int from, int length, int hash) {
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return add(bytes, from, length, hash, slot);
            }
            int id = entry - 1;
            if (hashes[id] == hash && lengths[id] == length && same(bytes, from, offsets[id], length)) {
                return id;
            }
        }
    }

    /** High bits folded into the low ones that pick the slot. */
    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }

    /**
     * Whether the name at {@code from} equals the pooled one at {@code at}. A plain loop: names are a few
     * bytes long, shorter than the set-up of a vectorised comparison ({@code Arrays.equals}).
     */
    private boolean same(byte[] bytes, int from, int at, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[from + i] != pool[at + i]) {
                return false;
            }
        }
        return true;
    }

    private int add(byte[] bytes, int from, int length, int hash, int slot) {
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(bytes, from, pool, poolSize, length);
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        offsets[count] = poolSize;
        lengths[count] = length;
        hashes[count] = hash;
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
            int slot = spread(hashes[id]) & mask;
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
