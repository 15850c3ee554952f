package org.cmsim.ndl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.cmsim.model.Cue;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/**
 * A sentence corpus as pyndl events: one event per unit of {@code count}, in a seeded random order
 * (every order of the tokens equally likely: {@link TokenOrder} over the distinct events). An event's cues are the order
 * ({@code order=NVN}), every known feature value ({@code n1.animacy=animate}, {@code v.number=sg}; a set
 * of values is one cue, {@code n1.case=nom|acc}) and
 * the direction of each non-order cue that is present ({@code agreement=n1}); its outcome is
 * {@code agent=n1} or {@code agent=n2}. The same events, in the same order, drive {@code learn}'s
 * pyndl-style learner, so learning from the exported file reproduces learning from the corpus.
 * The events are produced one at a time: memory follows the corpus's rows, not its counts.
 */
public final class EventExport {

    /** One event: its cues and its outcome. */
    public record Event(List<String> cues, String outcome) {
    }

    /** The distinct events, in order of their first row, and how many tokens each has. */
    private final List<Event> rows;
    private final long[] counts;
    private final long tokens;

    private EventExport(List<Event> rows, long[] counts) {
        this.rows = rows;
        this.counts = counts;
        long total = 0;
        for (long count : counts) {
            total = Math.addExact(total, count);
        }
        this.tokens = total;
    }

    /**
     * The corpus's events; an {@link IllegalArgumentException} (before anything is written) when a cue
     * name holds a character pyndl's format uses as a separator. Rows with the same sentence type and
     * agent make one event with their counts added, so memory follows the distinct events.
     */
    public static EventExport of(SentenceCorpus corpus, List<Cue> cues) {
        record Key(Stimulus stimulus, Slot agent) {
        }
        Map<Key, Integer> index = new HashMap<>();
        List<Event> events = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int row = 0; row < corpus.size(); row++) {
            Sentence sentence = corpus.get(row);
            Integer event = index.get(new Key(sentence.stimulus(), sentence.agent()));
            if (event == null) {
                event = events.size();
                index.put(new Key(sentence.stimulus(), sentence.agent()), event);
                events.add(new Event(cues(corpus.space(), sentence.stimulus(), cues),
                        "agent=" + sentence.agent().label()));
                counts.add(0L);
            }
            counts.set(event, Math.addExact(counts.get(event), sentence.count()));
        }
        return new EventExport(events, counts.stream().mapToLong(Long::longValue).toArray());
    }

    /** How many events there are: the corpus's tokens. */
    public long size() {
        return tokens;
    }

    /** Hands each event to {@code sink}, in the presentation order of {@code seed}. */
    public void forEach(long seed, Consumer<Event> sink) {
        TokenOrder order = new TokenOrder(counts, seed);
        while (order.left() > 0) {
            sink.accept(rows.get(order.next()));
        }
    }

    static List<String> cues(FeatureSpace space, Stimulus stimulus, List<Cue> cues) {
        List<String> names = new ArrayList<>();
        names.add(stimulus.order().parameterName());
        for (Slot slot : Slot.values()) {
            for (int f = 0; f < space.size(); f++) {
                if (stimulus.slot(slot).isKnown(f)) {
                    names.add(space.column(slot, f) + "=" + space.feature(f).text(stimulus.slot(slot).allowed(f)));
                }
            }
        }
        for (Cue cue : cues) {
            int direction = cue.perOrderLevel() ? 0 : cue.direction(stimulus);
            if (direction != 0) {
                names.add(cue.name() + "=" + (direction > 0 ? "n1" : "n2"));
            }
        }
        for (String name : names) {
            if (name.indexOf('_') >= 0 || name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("cue '" + name + "' contains '_' or a tab, which pyndl's event"
                        + " format uses as separators");
            }
        }
        return names;
    }

    /** Writes the events, in the order of {@code seed}, as a gzip-compressed pyndl event file (gzip header time 0). */
    public void write(long seed, OutputStream out) {
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            writer.write(EventFiles.HEADER);
            writer.write('\n');
            String[] lines = new String[rows.size()];
            for (int row = 0; row < lines.length; row++) {
                lines[row] = String.join("_", rows.get(row).cues()) + '\t' + rows.get(row).outcome() + '\n';
            }
            TokenOrder order = new TokenOrder(counts, seed);
            while (order.left() > 0) {
                writer.write(lines[order.next()]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * pyndl-style Rescorla-Wagner on the events in the order of {@code seed} (the rule of
     * {@link ReferenceNdl}, the arithmetic of {@link FastNdl}): cues and outcomes get ids in order of
     * first appearance, and only the outcomes seen so far are updated, as when reading the file.
     */
    public Weights learn(long seed, NdlParameters p) {
        Map<String, Integer> cueIds = new LinkedHashMap<>();
        Map<String, Integer> outcomeIds = new LinkedHashMap<>();
        for (Event event : rows) {
            event.cues().forEach(cue -> cueIds.putIfAbsent(cue, cueIds.size()));
            outcomeIds.putIfAbsent(event.outcome(), outcomeIds.size());
        }
        int stride = outcomeIds.size();
        double[] w = new double[cueIds.size() * stride];
        double[] activation = new double[Math.max(1, stride)];
        // Ids by first appearance in the event order: the numbering FastNdl gives when it reads the file.
        Map<String, Integer> cueOrder = new LinkedHashMap<>();
        Map<String, Integer> outcomeOrder = new LinkedHashMap<>();
        int[][] rowCues = new int[rows.size()][];
        int[][] rowOutcome = new int[rows.size()][];
        TokenOrder order = new TokenOrder(counts, seed);
        int seen = 0;
        while (order.left() > 0) {
            int row = order.next();
            if (rowCues[row] == null) {
                Event event = rows.get(row);
                rowCues[row] = new LinkedHashSet<>(event.cues()).stream()
                        .mapToInt(cue -> cueOrder.computeIfAbsent(cue, c -> cueOrder.size())).toArray();
                rowOutcome[row] = new int[] {outcomeOrder.computeIfAbsent(event.outcome(), o -> outcomeOrder.size())};
            }
            seen = Math.max(seen, rowOutcome[row][0] + 1);
            FastNdl.update(w, stride, rowCues[row], 0, rowCues[row].length, rowOutcome[row], 0, 1, seen, p, activation);
        }
        double[][] values = new double[cueOrder.size()][outcomeOrder.size()];
        for (int c = 0; c < values.length; c++) {
            System.arraycopy(w, c * stride, values[c], 0, outcomeOrder.size());
        }
        return new Weights(new ArrayList<>(cueOrder.keySet()), new ArrayList<>(outcomeOrder.keySet()), values, tokens);
    }
}
