package org.cmsim.ndl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cmsim.io.InputException;
import org.cmsim.io.LineReader;

/**
 * The fast path of pyndl-compatible Rescorla-Wagner learning ({@link ReferenceNdl} gives the rule):
 * the event file is streamed as bytes, cues and outcomes are interned to ints without building
 * strings, and each event is learned as soon as it is parsed, so memory holds only the weights.
 * Cues and outcomes within an event are deduplicated (first occurrence kept), as pyndl's
 * preprocessing does. The arithmetic is the reference's, in the same order, so the two agree.
 */
public final class FastNdl {

    private static final int BUFFER = 1 << 20;

    private FastNdl() {
    }

    /** Reads and learns in one pass: the end-to-end path. */
    public static Weights learn(Path file, NdlParameters p) throws InputException {
        return learn(file, p, LineReader.MAX_LINE_BYTES);
    }

    static Weights learn(Path file, NdlParameters p, int maxLineBytes) throws InputException {
        Learner learner = new Learner(p);
        parse(file, learner::learn, maxLineBytes);
        return learner.weights();
    }

    /** Events parsed to ints, for timing the learning loop alone. */
    public record Events(int[] cueOffsets, int[] cueIds, int[] outcomeOffsets, int[] outcomeIds, List<String> cues,
                         List<String> outcomes) {
        public int size() {
            return cueOffsets.length - 1;
        }
    }

    public static Events read(Path file) throws InputException {
        IntList cueOffsets = new IntList();
        IntList cueIds = new IntList();
        IntList outcomeOffsets = new IntList();
        IntList outcomeIds = new IntList();
        cueOffsets.add(0);
        outcomeOffsets.add(0);
        Symbols[] symbols = parse(file, (cues, nCues, outcomes, nOutcomes, cueSymbols, outcomeSymbols) -> {
            for (int k = 0; k < nCues; k++) {
                cueIds.add(cues[k]);
            }
            for (int k = 0; k < nOutcomes; k++) {
                outcomeIds.add(outcomes[k]);
            }
            cueOffsets.add(cueIds.size);
            outcomeOffsets.add(outcomeIds.size);
        }, LineReader.MAX_LINE_BYTES);
        return new Events(cueOffsets.toArray(), cueIds.toArray(), outcomeOffsets.toArray(), outcomeIds.toArray(),
                symbols[0].names(), symbols[1].names());
    }

    /** The learning loop alone, over events already in memory. */
    public static Weights learn(Events events, NdlParameters p) {
        int outcomes = events.outcomes().size();
        double[] w = new double[events.cues().size() * outcomes];
        double[] activation = new double[Math.max(1, outcomes)];
        int[] cueIds = events.cueIds();
        int[] outcomeIds = events.outcomeIds();
        int[] cueOffsets = events.cueOffsets();
        int[] outcomeOffsets = events.outcomeOffsets();
        int seen = 0;
        for (int e = 0; e < events.size(); e++) {
            for (int k = outcomeOffsets[e]; k < outcomeOffsets[e + 1]; k++) {
                seen = Math.max(seen, outcomeIds[k] + 1);
            }
            update(w, outcomes, cueIds, cueOffsets[e], cueOffsets[e + 1], outcomeIds, outcomeOffsets[e],
                    outcomeOffsets[e + 1], seen, p, activation);
        }
        double[][] values = new double[events.cues().size()][outcomes];
        for (int c = 0; c < values.length; c++) {
            System.arraycopy(w, c * outcomes, values[c], 0, outcomes);
        }
        return new Weights(events.cues(), events.outcomes(), values, events.size());
    }

    /**
     * One event's update of the weights {@code w[cue * stride + outcome]}, for the outcomes seen so far
     * ({@code outcomeCount}): the reference's rule with its loops fused. Each outcome's activation
     * sums the same weights in the same order, and an outcome's update touches only its own column,
     * so computing all activations first and then all updates gives the reference's numbers exactly.
     */
    static void update(double[] w, int stride, int[] cueIds, int cueFrom, int cueTo, int[] outcomeIds,
                       int outcomeFrom, int outcomeTo, int outcomeCount, NdlParameters p, double[] activation) {
        if (outcomeCount == 2 && outcomeTo - outcomeFrom == 1) {
            updateTwo(w, stride, cueIds, cueFrom, cueTo, outcomeIds[outcomeFrom], p);
            return;
        }
        Arrays.fill(activation, 0, outcomeCount, 0.0);
        for (int k = cueFrom; k < cueTo; k++) {
            int row = cueIds[k] * stride;
            for (int o = 0; o < outcomeCount; o++) {
                activation[o] += w[row + o];
            }
        }
        for (int o = 0; o < outcomeCount; o++) {
            boolean present = false;
            for (int k = outcomeFrom; k < outcomeTo; k++) {
                present |= outcomeIds[k] == o;
            }
            double update = present ? p.beta1() * (p.lambda() - activation[o]) : p.beta2() * (0.0 - activation[o]);
            activation[o] = p.alpha() * update;
        }
        for (int k = cueFrom; k < cueTo; k++) {
            int row = cueIds[k] * stride;
            for (int o = 0; o < outcomeCount; o++) {
                w[row + o] += activation[o];
            }
        }
    }

    /**
     * {@link #update} for the commonest case, two outcomes of which the event has one: the same
     * operations in the same order, with the two activations held in registers.
     */
    private static void updateTwo(double[] w, int stride, int[] cueIds, int cueFrom, int cueTo, int outcome,
                                  NdlParameters p) {
        double first = 0.0;
        double second = 0.0;
        for (int k = cueFrom; k < cueTo; k++) {
            int row = cueIds[k] * stride;
            first += w[row];
            second += w[row + 1];
        }
        double stepFirst = p.alpha() * (outcome == 0 ? p.beta1() * (p.lambda() - first) : p.beta2() * (0.0 - first));
        double stepSecond = p.alpha() * (outcome == 1 ? p.beta1() * (p.lambda() - second) : p.beta2() * (0.0 - second));
        for (int k = cueFrom; k < cueTo; k++) {
            int row = cueIds[k] * stride;
            w[row] += stepFirst;
            w[row + 1] += stepSecond;
        }
    }

    /** Receives each parsed event as interned ids. */
    interface EventSink {
        void event(int[] cues, int nCues, int[] outcomes, int nOutcomes, Symbols cueSymbols, Symbols outcomeSymbols);
    }

    /** Streams the file, calling {@code sink} per event; returns the cue and outcome symbol tables. */
    private static Symbols[] parse(Path file, EventSink sink, int maxLineBytes) throws InputException {
        Symbols cueSymbols = new Symbols();
        Symbols outcomeSymbols = new Symbols();
        int[] cues = new int[64];
        int[] outcomes = new int[64];
        Seen cueSeen = new Seen();
        Seen outcomeSeen = new Seen();
        try (InputStream in = new ReadAhead(EventFiles.open(file))) {
            byte[] buffer = new byte[BUFFER];
            int filled = 0;
            long line = 0;
            long consumed = 0;   // bytes of the file before buffer[0]
            boolean header = true;
            // bytes at the start of the buffer already searched for a line end: a long line is searched once,
            // not again from its start after every read (which made time grow with its square)
            int searched = 0;
            while (true) {
                int read = in.read(buffer, filled, buffer.length - filled);
                boolean end = read < 0;
                if (!end) {
                    filled += read;
                }
                int start = 0;
                while (true) {
                    int newline = indexOf(buffer, Math.max(start, searched), filled, (byte) '\n');
                    if (newline < 0) {
                        if (!end || start == filled) {
                            break;
                        }
                        newline = filled;   // last line without a line end
                    }
                    line++;
                    if (newline - start > maxLineBytes) {
                        throw tooLong(file, line, maxLineBytes);
                    }
                    int stop = newline > start && buffer[newline - 1] == '\r' ? newline - 1 : newline;
                    if (header) {
                        EventFiles.checkHeader(file, new String(buffer, start, stop - start, StandardCharsets.UTF_8));
                        header = false;
                    } else if (stop > start) {
                        int tab = indexOf(buffer, start, stop, (byte) '\t');
                        if (tab < 0 || indexOf(buffer, tab + 1, stop, (byte) '\t') >= 0) {
                            throw InputException.at(file, line, "an event line has 2 tab-separated columns (cues,"
                                    + " outcomes), this one has %d", tab < 0 ? 1 : 3);
                        }
                        int known = cueSymbols.size() + outcomeSymbols.size();
                        int nCues = split(buffer, start, tab, cueSymbols, cues, cueSeen);
                        if (nCues > cues.length) {
                            cues = Arrays.copyOf(cues, nCues * 2);
                            nCues = split(buffer, start, tab, cueSymbols, cues, cueSeen);
                        }
                        int nOutcomes = split(buffer, tab + 1, stop, outcomeSymbols, outcomes, outcomeSeen);
                        if (nOutcomes > outcomes.length) {
                            outcomes = Arrays.copyOf(outcomes, nOutcomes * 2);
                            nOutcomes = split(buffer, tab + 1, stop, outcomeSymbols, outcomes, outcomeSeen);
                        }
                        if (cueSymbols.size() + outcomeSymbols.size() > known) {
                            // A new name: check it is UTF-8 (names seen before were checked then).
                            int bad = LineReader.firstInvalid(buffer, start, stop);
                            if (bad >= 0) {
                                throw LineReader.invalid(file, line, Arrays.copyOfRange(buffer, start, stop),
                                        stop - start, consumed + start);
                            }
                        }
                        sink.event(cues, nCues, outcomes, nOutcomes, cueSymbols, outcomeSymbols);
                    }
                    start = newline + 1;
                    if (start > filled) {
                        break;
                    }
                }
                if (end) {
                    break;
                }
                // Keep the unfinished line; grow the buffer when one line fills it.
                int rest = filled - start;
                searched = rest;   // the unfinished line, moved to the start, holds no line end
                if (start == 0 && rest == buffer.length) {
                    if (buffer.length > maxLineBytes) {
                        throw tooLong(file, line + 1, maxLineBytes);
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
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: %s", e.getMessage());
        }
        return new Symbols[] {cueSymbols, outcomeSymbols};
    }

    private static InputException tooLong(Path file, long line, int maxLineBytes) {
        return InputException.at(file, line, "the line is longer than %d bytes, the longest line cmsim reads"
                + " (is this the right file?)", maxLineBytes);
    }

    private static int indexOf(byte[] bytes, int from, int to, byte target) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == target) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Interns the '_'-separated names in bytes[from..to) into ids, keeping the first of duplicates;
     * returns how many there are (which may exceed {@code into.length}: then only counts). An empty
     * name ({@code a__b}, {@code _c}, an empty column) is a name, as in pyndl, which splits with
     * Python's {@code str.split('_')} (pyndl/io.py, {@code events_from_file}).
     */
    private static int split(byte[] bytes, int from, int to, Symbols symbols, int[] into, Seen seen) {
        int n = 0;
        int start = from;
        int stamp = seen.next();
        for (int i = from; i <= to; i++) {
            if (i == to || bytes[i] == '_') {
                int id = symbols.intern(bytes, start, i - start);
                if (seen.mark(id, stamp)) {
                    if (n < into.length) {
                        into[n] = id;
                    }
                    n++;
                }
                start = i + 1;
            }
        }
        return n;
    }

    /**
     * Which ids a line has already named, by a stamp per line: a duplicate is found in constant time,
     * so a line of n names costs n lookups, not n^2 comparisons (a line of 400,000 cues took 28 s).
     */
    private static final class Seen {
        private int[] marks = new int[256];
        private int stamp;

        int next() {
            if (++stamp == Integer.MAX_VALUE) {
                java.util.Arrays.fill(marks, 0);
                stamp = 1;
            }
            return stamp;
        }

        /** True when {@code id} is new on this line (and marks it). */
        boolean mark(int id, int line) {
            if (id >= marks.length) {
                marks = java.util.Arrays.copyOf(marks, Math.max(id + 1, 2 * marks.length));
            }
            if (marks[id] == line) {
                return false;
            }
            marks[id] = line;
            return true;
        }
    }

    /** The weights and the update rule, on interned ids. */
    private static final class Learner {
        private final NdlParameters p;
        private double[] w = new double[0];   // [cue * capacity + outcome]
        private int capacity = 2;
        private int cueCount;
        private int outcomeCount;
        private long events;
        private double[] activation = new double[8];
        private Symbols cueSymbols;
        private Symbols outcomeSymbols;

        Learner(NdlParameters p) {
            this.p = p;
        }

        void learn(int[] cues, int nCues, int[] outcomes, int nOutcomes, Symbols cueNames, Symbols outcomeNames) {
            cueSymbols = cueNames;
            outcomeSymbols = outcomeNames;
            learnIds(cues, nCues, outcomes, nOutcomes, cueNames.size(), outcomeNames.size());
        }

        void learnIds(int[] cues, int nCues, int[] outcomes, int nOutcomes, int knownCues, int knownOutcomes) {
            grow(knownCues, Math.max(outcomeCount, maxPlusOne(outcomes, nOutcomes)));
            events++;
            update(w, capacity, cues, 0, nCues, outcomes, 0, nOutcomes, outcomeCount, p, activation);
        }

        private static int maxPlusOne(int[] ids, int n) {
            int max = 0;
            for (int k = 0; k < n; k++) {
                max = Math.max(max, ids[k] + 1);
            }
            return max;
        }

        /** Makes room for {@code cues} cues and {@code outcomes} outcomes (outcomes seen so far take part). */
        private void grow(int cues, int outcomes) {
            if (outcomes > activation.length) {
                activation = new double[outcomes * 2];
            }
            if (outcomes > capacity) {
                int newCapacity = Math.max(outcomes, capacity * 2);
                double[] wider = new double[Math.max(cues, cueCount) * newCapacity];
                for (int c = 0; c < cueCount; c++) {
                    System.arraycopy(w, c * capacity, wider, c * newCapacity, capacity);
                }
                w = wider;
                capacity = newCapacity;
            }
            if (cues * capacity > w.length) {
                w = Arrays.copyOf(w, Math.max(cues * capacity, w.length * 2));
            }
            cueCount = Math.max(cueCount, cues);
            outcomeCount = Math.max(outcomeCount, outcomes);
        }

        Weights weights() {
            return weights(cueSymbols == null ? List.of() : cueSymbols.names(),
                    outcomeSymbols == null ? List.of() : outcomeSymbols.names());
        }

        Weights weights(List<String> cueNames, List<String> outcomeNames) {
            double[][] values = new double[cueNames.size()][outcomeNames.size()];
            for (int c = 0; c < cueNames.size(); c++) {
                for (int o = 0; o < outcomeNames.size(); o++) {
                    values[c][o] = c < cueCount && o < outcomeCount ? w[c * capacity + o] : 0;
                }
            }
            return new Weights(cueNames, outcomeNames, values, events);
        }
    }

    /** Byte strings interned to ids 0, 1, 2, ... in order of first appearance (open addressing). */
    static final class Symbols {
        private byte[] pool = new byte[1 << 12];
        private int poolSize;
        private int[] offsets = new int[64];
        private int[] lengths = new int[64];
        private int[] hashes = new int[64];
        private int count;
        private int[] table = new int[128];   // id + 1, 0 = empty

        int intern(byte[] bytes, int from, int length) {
            int hash = internHash(bytes, from, length);
            int mask = table.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                int entry = table[slot];
                if (entry == 0) {
                    return add(bytes, from, length, hash, slot);
                }
                int id = entry - 1;
                if (hashes[id] == hash && lengths[id] == length
                        && Arrays.equals(pool, offsets[id], offsets[id] + length, bytes, from, from + length)) {
                    return id;
                }
            }
        }

        /**
         * The slot a name starts probing from. Any function of the bytes would give the same ids (they count
         * names in order of first appearance); this one (String.hashCode's, high bits folded in) only
         * spreads names over the table.
         */
        private static int internHash(byte[] bytes, int from, int length) {
            int hash = 1;
            for (int i = from; i < from + length; i++) {
                hash = 31 * hash + bytes[i];
            }
            return hash ^ hash >>> 16;
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
                int slot = hashes[id] & mask;
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

    /** A growable int array. */
    private static final class IntList {
        private int[] values = new int[1 << 10];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
