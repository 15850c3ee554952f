package org.cmsim.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Word order as a single cue, for cue validity. The multiplicative rule gives every order level its
 * own parameter ({@code order=NVN}, ...); to count availability and reliability the cue needs a
 * direction per level instead. cmsim takes it from the corpus: a level that the config does not
 * declare neutral points to the slot that is the agent in the majority of that level's sentences
 * (weighted by count); a level with a tie, or absent from the corpus, is neutral.
 * See {@link #withMajorityDirections}.
 */
public record OrderCue(String name, Set<Order> neutral, Map<Order, Integer> levelDirections) implements Cue {

    /** The config's {@code kind} of this cue. */
    public static final String KIND = "order";

    public OrderCue {
        Objects.requireNonNull(name, "name");
        neutral = neutral.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(neutral));
        levelDirections = Map.copyOf(levelDirections);
        for (Map.Entry<Order, Integer> entry : levelDirections.entrySet()) {
            int direction = entry.getValue();
            if (direction < -1 || direction > 1) {
                throw new IllegalArgumentException("order direction must be -1, 0 or +1");
            }
            if (direction != 0 && neutral.contains(entry.getKey())) {
                throw new IllegalArgumentException("order level " + entry.getKey() + " is declared neutral");
            }
        }
    }

    /** An order cue whose level directions are not yet known: it is absent everywhere until resolved. */
    public static OrderCue unresolved(String name, Set<Order> neutral) {
        return new OrderCue(name, neutral, Map.of());
    }

    /** This cue with each non-neutral level pointing to its majority agent in {@code corpus}. */
    public OrderCue withMajorityDirections(SentenceCorpus corpus) {
        Map<Order, long[]> agents = new EnumMap<>(Order.class);
        for (Sentence sentence : corpus.sentences()) {
            long[] tally = agents.computeIfAbsent(sentence.order(), o -> new long[2]);
            tally[sentence.agent() == Slot.N1 ? 0 : 1] += sentence.count();
        }
        Map<Order, Integer> directions = new EnumMap<>(Order.class);
        agents.forEach((order, tally) -> {
            if (!neutral.contains(order)) {
                directions.put(order, Long.compare(tally[0], tally[1]));
            }
        });
        return new OrderCue(name, neutral, directions);
    }

    @Override
    public int direction(Stimulus stimulus) {
        return levelDirections.getOrDefault(stimulus.order(), 0);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean perOrderLevel() {
        return true;
    }

    @Override
    public OrderCue resolvedOn(SentenceCorpus corpus) {
        return withMajorityDirections(corpus);
    }

    /** Order reads no feature: only the position of the verb. */
    @Override
    public List<Integer> featuresRead() {
        return List.of();
    }

    /** The {@code order} column every corpus has. */
    @Override
    public List<List<String>> requiredColumns() {
        return List.of();
    }

    @Override
    public Stimulus withInformationUnknown(Stimulus stimulus) {
        throw new UnsupportedOperationException("word order cannot be unknown: its contribution is read per level");
    }

    @Override
    public String reason(int direction, SentenceWords words) {
        return "word order " + words.order();
    }

    /** {@code neutral}: the levels declared neutral, by name in NVN, NNV, VNN's alphabetical order. */
    @Override
    public Map<String, Object> configEntry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("kind", KIND);
        entry.put("neutral", neutral.stream().map(Enum::name).sorted().toList());
        return entry;
    }

    /** An order cue's entry: {@code "neutral": ["VNN"]} names the order levels that point nowhere. */
    public static OrderCue fromEntry(CueEntry entry, FeatureSpace space) {
        String name = entry.optional("name").orElse(KIND);
        Set<Order> neutral = EnumSet.noneOf(Order.class);
        List<String> levels = entry.optionalList("neutral");
        for (int i = 0; i < levels.size(); i++) {
            String text = levels.get(i);
            int index = i;
            neutral.add(Order.parse(text).orElseThrow(
                    () -> new CueEntry.Invalid("neutral", index, "'" + text + "' is not NVN, NNV or VNN")));
        }
        return unresolved(name, neutral);
    }
}
