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
import org.cmsim.io.Table;

/**
 * Reads treebanks sentence by sentence and aggregates their active transitive clauses
 * ({@link ClauseExtractor}) into distinct patterns (order, features of n1, v and n2, agent, source,
 * genre) with counts. Nothing but the pattern counts is kept (and, with an example text column,
 * the first sentence of each pattern), so memory grows with the number of distinct patterns, not
 * with the treebank.
 */
public final class TreebankImport {

    /** Corpus columns of an imported pattern, in order: the pattern, then {@link #COUNT_AND_AFTER}. */
    public static final List<String> COLUMNS = columns();
    /** The columns after the pattern: its count, then where it comes from. */
    public static final List<String> COUNT_AND_AFTER = List.of("count", "source", "genre");

    /** One pattern's cells (CSV-quoted where needed), without count, source and genre. */
    public record Pattern(String cells, String source, String genre) {
    }

    /** What an import found; {@code lexicon} is null unless the settings ask for the word list. */
    public record Result(List<Map.Entry<Pattern, Long>> patterns, Map<Pattern, String> texts, long sentences,
                         long filteredOut, long verbs, long clauses, Map<SkipReason, Long> skipped,
                         Map<String, Long> animacy, Map<String, TreeSet<String>> values, long characters,
                         Map<String, Long> clausesByGenre, Lexicon lexicon) {
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

    /**
     * Imports the treebanks in the order given. {@code lexiconAnimacy} resolves the animacy of the word
     * list (a resolver of its own, so the counts of {@code animacy} are of argument nouns only); it is
     * used only when the settings ask for the word list.
     */
    public static Result run(List<Path> treebanks, AnimacySources animacy, AnimacyResolver lexiconAnimacy,
                             ImportSettings settings) throws InputException {
        ClauseExtractor extractor = new ClauseExtractor(settings.language(), animacy, settings.orderRule());
        Provenance provenance = new Provenance(settings.genres());
        Lexicon lexicon = settings.wordList() == ImportSettings.WordList.COUNT ? new Lexicon(lexiconAnimacy) : null;
        Map<Pattern, long[]> counts = new HashMap<>();
        Map<Pattern, String> texts = new HashMap<>();
        Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        Map<String, TreeSet<String>> values = new TreeMap<>();
        Map<String, Long> byGenre = new TreeMap<>();
        long sentences = 0;
        long filteredOut = 0;
        long verbs = 0;
        long clauses = 0;
        long characters = 0;
        for (Path treebank : treebanks) {
            String source = Provenance.source(treebank);
            try (ConlluReader reader = ConlluReader.open(treebank)) {
                for (ConlluReader.Sentence sentence = reader.next(); sentence != null; sentence = reader.next()) {
                    if (!kept(sentence, settings.filters())) {
                        filteredOut++;
                        continue;
                    }
                    sentences++;
                    if (lexicon != null) {
                        lexicon.add(sentence.tokens());
                    }
                    String genre = provenance.genre(source, sentence);
                    for (ClauseExtractor.Outcome outcome : extractor.extract(sentence.tokens())) {
                        verbs++;
                        if (outcome.clause() == null) {
                            skipped.merge(outcome.reason(), 1L, Long::sum);
                            continue;
                        }
                        clauses++;
                        byGenre.merge(genre, 1L, Long::sum);
                        Pattern key = new Pattern(cells(outcome.clause(), values), source, genre);
                        counts.computeIfAbsent(key, k -> new long[1])[0]++;
                        if (settings.text() == ImportSettings.TextColumn.EXAMPLE && sentence.text() != null) {
                            texts.putIfAbsent(key, sentence.text());
                        }
                    }
                }
                characters += reader.charactersRead();
            }
        }
        List<Map.Entry<Pattern, Long>> patterns = new ArrayList<>();
        counts.forEach((key, count) -> patterns.add(Map.entry(key, count[0])));
        // Most frequent first; equal counts in the order of their cells, source and genre, so the output is reproducible.
        patterns.sort(Comparator.comparing((Map.Entry<Pattern, Long> e) -> -e.getValue())
                .thenComparing(e -> e.getKey().cells()).thenComparing(e -> e.getKey().source())
                .thenComparing(e -> e.getKey().genre()));
        return new Result(patterns, texts, sentences, filteredOut, verbs, clauses, skipped, animacy.decided(), values,
                characters, byGenre, lexicon);
    }

    private static boolean kept(ConlluReader.Sentence sentence, List<SentenceFilter> filters) {
        for (SentenceFilter filter : filters) {
            if (!filter.keeps(sentence)) {
                return false;
            }
        }
        return true;
    }

    /** The pattern's CSV cells (unknown as "-", quoted where needed), and each column's observed values. */
    private static String cells(Clause clause, Map<String, TreeSet<String>> values) {
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
            cells.set(i, Table.quote(cells.get(i)));
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
