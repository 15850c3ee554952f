package org.cmsim.ndl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.cmsim.model.Cue;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.OrderCue;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/**
 * A sentence corpus as pyndl events: one event per unit of {@code count}, in a seeded random order
 * (a Fisher-Yates shuffle of all tokens). An event's cues are the order ({@code order=NVN}), every
 * known feature value ({@code n1.animacy=animate}, {@code v.number=sg}) and the direction of each
 * non-order cue that is present ({@code agreement=n1}); its outcome is {@code agent=n1} or
 * {@code agent=n2}. The same events, in the same order, drive {@code learn}'s pyndl-style learner,
 * so learning from the exported file reproduces learning from the corpus.
 */
public final class EventExport {

    /** One event: its cues and its outcome. */
    public record Event(List<String> cues, String outcome) {
    }

    private EventExport() {
    }

    /** The events of the corpus in presentation order. */
    public static List<Event> events(SentenceCorpus corpus, List<Cue> cues, long seed) {
        List<Event> types = new ArrayList<>(corpus.size());
        long total = corpus.totalCount();
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the corpus has more tokens than one event list can hold: " + total);
        }
        int[] tokens = new int[(int) total];
        int next = 0;
        for (int row = 0; row < corpus.size(); row++) {
            Sentence sentence = corpus.get(row);
            types.add(new Event(cues(corpus.space(), sentence.stimulus(), cues), "agent=" + sentence.agent().label()));
            for (long c = 0; c < sentence.count(); c++) {
                tokens[next++] = row;
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = tokens.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = tokens[i];
            tokens[i] = tokens[j];
            tokens[j] = swap;
        }
        List<Event> events = new ArrayList<>(tokens.length);
        for (int token : tokens) {
            events.add(types.get(token));
        }
        return events;
    }

    static List<String> cues(FeatureSpace space, Stimulus stimulus, List<Cue> cues) {
        List<String> names = new ArrayList<>();
        names.add(stimulus.order().parameterName());
        for (Slot slot : Slot.values()) {
            for (int f = 0; f < space.size(); f++) {
                if (stimulus.slot(slot).isKnown(f)) {
                    names.add(space.column(slot, f) + "=" + space.feature(f).value(stimulus.slot(slot).get(f)));
                }
            }
        }
        for (Cue cue : cues) {
            int direction = cue instanceof OrderCue ? 0 : cue.direction(stimulus);
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

    /** Writes events as a gzip-compressed pyndl event file (deterministic bytes: gzip header time 0). */
    public static void write(List<Event> events, OutputStream out) {
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            writer.write(EventFiles.HEADER);
            writer.write('\n');
            for (Event event : events) {
                writer.write(String.join("_", event.cues()));
                writer.write('\t');
                writer.write(event.outcome());
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** pyndl-style Rescorla-Wagner on events in memory (the same rule as {@link ReferenceNdl}). */
    public static Weights learn(List<Event> events, NdlParameters p) {
        java.util.Map<String, Integer> cueIds = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> outcomeIds = new java.util.LinkedHashMap<>();
        int[] cueOffsets = new int[events.size() + 1];
        int[] outcomeOffsets = new int[events.size() + 1];
        List<Integer> cueList = new ArrayList<>();
        List<Integer> outcomeList = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            for (String cue : new java.util.LinkedHashSet<>(events.get(e).cues())) {
                cueList.add(cueIds.computeIfAbsent(cue, c -> cueIds.size()));
            }
            outcomeList.add(outcomeIds.computeIfAbsent(events.get(e).outcome(), o -> outcomeIds.size()));
            cueOffsets[e + 1] = cueList.size();
            outcomeOffsets[e + 1] = outcomeList.size();
        }
        FastNdl.Events parsed = new FastNdl.Events(cueOffsets, cueList.stream().mapToInt(Integer::intValue).toArray(),
                outcomeOffsets, outcomeList.stream().mapToInt(Integer::intValue).toArray(),
                new ArrayList<>(cueIds.keySet()), new ArrayList<>(outcomeIds.keySet()));
        return FastNdl.learn(parsed, p);
    }
}
