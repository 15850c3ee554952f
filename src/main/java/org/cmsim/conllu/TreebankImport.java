package org.cmsim.conllu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cmsim.io.InputException;

/**
 * Reads treebanks sentence by sentence and aggregates their active transitive clauses into
 * distinct patterns (order, features of n1, v and n2, agent) with counts. Nothing but the pattern
 * counts is kept (and, with {@code keepText}, the first sentence of each pattern), so memory grows
 * with the number of distinct patterns, not with the treebank.
 */
public final class TreebankImport {

    /** Corpus columns of an imported pattern, in order (without {@code count} and {@code text}). */
    public static final List<String> COLUMNS = columns();

    /** What an import found. */
    public record Result(List<Map.Entry<String, Long>> patterns, Map<String, String> texts, long sentences,
                         long verbs, long clauses, Map<SkipReason, Long> skipped, Map<String, Long> animacy,
                         Map<String, TreeSet<String>> values, long characters) {
    }

    private TreebankImport() {
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("order"));
        ClauseExtractor.NOUN_FEATURES.forEach(f -> columns.add("n1." + f));
        ClauseExtractor.VERB_FEATURES.forEach(f -> columns.add("v." + f));
        ClauseExtractor.NOUN_FEATURES.forEach(f -> columns.add("n2." + f));
        columns.add("agent");
        return List.copyOf(columns);
    }

    public static Result run(List<Path> treebanks, AnimacySources animacy, boolean keepText) throws InputException {
        ClauseExtractor extractor = new ClauseExtractor(animacy);
        Map<String, long[]> counts = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        Map<String, TreeSet<String>> values = new TreeMap<>();
        long sentences = 0;
        long verbs = 0;
        long clauses = 0;
        long characters = 0;
        for (Path treebank : treebanks) {
            try (ConlluReader reader = ConlluReader.open(treebank)) {
                for (ConlluReader.Sentence sentence = reader.next(); sentence != null; sentence = reader.next()) {
                    sentences++;
                    for (ClauseExtractor.Outcome outcome : extractor.extract(sentence.tokens())) {
                        verbs++;
                        if (outcome.clause() == null) {
                            skipped.merge(outcome.reason(), 1L, Long::sum);
                            continue;
                        }
                        clauses++;
                        String key = key(outcome.clause(), values);
                        counts.computeIfAbsent(key, k -> new long[1])[0]++;
                        if (keepText && sentence.text() != null) {
                            texts.putIfAbsent(key, sentence.text());
                        }
                    }
                }
                characters += reader.charactersRead();
            }
        }
        List<Map.Entry<String, Long>> patterns = new ArrayList<>();
        counts.forEach((key, count) -> patterns.add(Map.entry(key, count[0])));
        // Most frequent first; equal counts in the order of their text, so the output is reproducible.
        patterns.sort(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
        return new Result(patterns, texts, sentences, verbs, clauses, skipped, animacy.decided(), values,
                characters);
    }

    /** The pattern's CSV cells (unknown as "-"), and each column's observed values. */
    private static String key(Clause clause, Map<String, TreeSet<String>> values) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(clause.order());
        for (String[] slot : new String[][] {clause.n1(), clause.verb(), clause.n2()}) {
            for (String value : slot) {
                cells.add(value == null ? "-" : value);
            }
        }
        cells.add(clause.agent());
        for (int i = 1; i < cells.size() - 1; i++) {
            if (!cells.get(i).equals("-")) {
                String feature = COLUMNS.get(i).substring(COLUMNS.get(i).indexOf('.') + 1);
                values.computeIfAbsent(feature, f -> new TreeSet<>()).add(cells.get(i));
            }
        }
        return String.join(",", cells);
    }

    /** Skip counts in the order of the reasons, including zeros. */
    public static Map<SkipReason, Long> allReasons(Map<SkipReason, Long> skipped) {
        Map<SkipReason, Long> all = new LinkedHashMap<>();
        for (SkipReason reason : SkipReason.values()) {
            all.put(reason, skipped.getOrDefault(reason, 0L));
        }
        return all;
    }
}
