package org.cmsim.ndl;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cmsim.io.InputException;
import org.cmsim.io.LineReader;

/**
 * The fast path of pyndl-compatible Rescorla-Wagner learning ({@link ReferenceNdl} gives the rule):
 * {@link EventReader} streams the event file as bytes and interns cues and outcomes to ints without
 * building strings, and each event is learned as soon as it is read, so memory holds only the weights.
 * Cues and outcomes within an event are deduplicated (first occurrence kept), as pyndl's
 * preprocessing does. The arithmetic is the reference's, in the same order, so the two agree.
 */
public final class FastNdl {

    private FastNdl() {
    }

    /** Reads and learns in one pass: the end-to-end path. */
    public static Weights learn(Path file, NdlParameters p) throws InputException {
        return learn(file, p, LineReader.MAX_LINE_BYTES);
    }

    static Weights learn(Path file, NdlParameters p, int maxLineBytes) throws InputException {
        Learner learner = new Learner(p);
        EventReader.read(file, learner, maxLineBytes);
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
        Symbols[] symbols = EventReader.read(file, (cues, nCues, outcomes, nOutcomes, cueSymbols, outcomeSymbols) -> {
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

    /**
     * The weights and the update rule, on interned ids: the reader's sink itself, so that one call per event
     * reaches the update (a chain of small calls made the JIT compile the same inlined update once per link).
     */
    private static final class Learner implements EventReader.EventSink {
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

        /**
         * Learns one event. Names are interned as they are read, so the symbol tables hold every cue and
         * outcome up to this event: those are the ones that take part (pyndl's outcomes seen so far).
         */
        @Override
        public void event(int[] cues, int nCues, int[] outcomes, int nOutcomes, Symbols cueNames,
                          Symbols outcomeNames) {
            cueSymbols = cueNames;
            outcomeSymbols = outcomeNames;
            if (cueNames.size() > cueCount || outcomeNames.size() > outcomeCount) {
                grow(cueNames.size(), outcomeNames.size());
            }
            events++;
            update(w, capacity, cues, 0, nCues, outcomes, 0, nOutcomes, outcomeCount, p, activation);
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
