package org.cmsim.conllu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import java.util.zip.GZIPOutputStream;
import org.cmsim.io.InputException;
import org.cmsim.io.Table;
import org.cmsim.listener.ClauseReading;
import org.cmsim.listener.ClauseWords;
import org.cmsim.listener.LanguageForms;
import org.cmsim.listener.ListenerReader;
import org.cmsim.listener.Phrase;
import org.cmsim.listener.Role;
import org.cmsim.listener.SlotReading;
import org.cmsim.listener.Word;
import org.cmsim.model.Order;

/**
 * Reads treebanks and counts their clauses as a listener hears them. The treebank's syntax decides
 * the clause ({@link ClauseExtractor}: the verb, the two noun phrases, the agent); the features come
 * from the words' forms alone, through the word list the import builds from the same treebanks
 * ({@link WordListBuilder}) and the listener's reader ({@link ListenerReader}), the reader {@code explain} and
 * the playground use. Clauses are aggregated into distinct patterns (order, features of n1, v and
 * n2, agent, source, genre) with counts; each clause is also kept as a trace row (treebank file,
 * sentence id, token ids, the pattern it was counted in), never its text.
 */
public final class TreebankImport {

    /** Corpus columns of an imported pattern, in order: the pattern, then {@link #COUNT_AND_AFTER}. */
    public static final List<String> COLUMNS = columns();
    /** The columns after the pattern: its count, then where it comes from. */
    public static final List<String> COUNT_AND_AFTER = List.of("count", "source", "genre");
    /** The columns of the trace file written beside a corpus. */
    /**
     * Separates a trace line's pattern number from its document in memory (a control character no CoNLL-U comment
     * holds), so the writer finds the number without parsing the quoted fields around it.
     */
    public static final char DOCUMENT_MARK = '\u001F';
    /** The CoNLL-U comment that opens a document ({@code # newdoc id = ...}). */
    private static final String NEW_DOCUMENT = "newdoc id";
    public static final List<String> TRACE_COLUMNS = List.of("source", "sent_id", "n1", "verb", "n2", "row", "doc");

    /** One pattern's cells (CSV-quoted where needed), without count, source and genre. */
    public record Pattern(String cells, String source, String genre) {
    }

    /**
     * What an import found. {@code animacy} counts the argument nouns by the animacy the word list
     * gives them ({@code animate}, {@code inanimate}, {@code unknown}); {@code wordList} is the word
     * list the features were read with; {@code traces} holds one line per clause, gzipped, as
     * {@code source,sent_id,n1,verb,n2,PATTERN} and, after {@link #DOCUMENT_MARK}, {@code doc}, where PATTERN is the pattern's number in the order the
     * patterns were first met ({@link #rows} turns it into the corpus row) and doc the sentence's document
     * (empty where the file marks none).
     */
    public record Result(List<Map.Entry<Pattern, Long>> patterns, Map<Pattern, String> texts, long sentences,
                         long filteredOut, long verbs, long clauses, long passives, Map<SkipReason, Long> skipped,
                         Map<String, Long> animacy, Map<String, TreeSet<String>> values, long characters,
                         Map<String, Long> clausesByGenre, org.cmsim.listener.Lexicon wordList, byte[] traces,
                         Map<Pattern, Integer> patternNumbers) {

        /** The corpus row (1 = the first row after the header) of each pattern number of {@code traces}. */
        public int[] rows() {
            int[] rows = new int[patterns.size()];
            for (int i = 0; i < patterns.size(); i++) {
                rows[patternNumbers.get(patterns.get(i).getKey())] = i + 1;
            }
            return rows;
        }
    }

    private TreebankImport() {
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("order"));
        ListenerReader.NOUN_FEATURES.forEach(f -> columns.add("n1." + f));
        ListenerReader.VERB_FEATURES.forEach(f -> columns.add("v." + f));
        ListenerReader.NOUN_FEATURES.forEach(f -> columns.add("n2." + f));
        columns.add("agent");
        return List.copyOf(columns);
    }

    /**
     * Imports the treebanks in the order given, in two passes so that memory grows with the vocabulary
     * and the number of patterns, not with the treebanks: the first counts the word forms into the word
     * list, the second finds the clauses and reads each with the completed word list.
     */
    public static Result run(List<Path> treebanks, AnimacyResolver animacy, ImportSettings settings)
            throws InputException {
        WordListBuilder counted = new WordListBuilder(settings.language(), animacy);
        long characters = 0;
        for (Path treebank : treebanks) {
            try (ConlluReader reader = ConlluReader.open(treebank)) {
                for (ConlluReader.Sentence sentence = reader.next(); sentence != null; sentence = reader.next()) {
                    if (kept(sentence, settings.filters())) {
                        counted.add(sentence.tokens());
                    }
                }
                characters += reader.charactersRead();
            }
        }
        org.cmsim.listener.Lexicon wordList = counted.wordList();
        ClauseExtractor extractor = new ClauseExtractor(settings.language());
        ListenerReader listener = new ListenerReader(settings.language());
        Provenance provenance = new Provenance(settings.genres());
        Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        Map<Pattern, long[]> counts = new HashMap<>();
        Map<Pattern, Integer> numbers = new HashMap<>();
        Map<Pattern, String> texts = new HashMap<>();
        Map<String, TreeSet<String>> values = new TreeMap<>();
        Map<String, Long> byGenre = new TreeMap<>();
        Map<String, Long> animacyCounts = new LinkedHashMap<>();
        ByteArrayOutputStream traceBytes = new ByteArrayOutputStream();
        long sentences = 0;
        long filteredOut = 0;
        long verbs = 0;
        long clauses = 0;
        long passives = 0;
        try (Writer traces = new OutputStreamWriter(new GZIPOutputStream(traceBytes), StandardCharsets.UTF_8)) {
            for (Path treebank : treebanks) {
                String source = Provenance.source(treebank);
                long ordinal = 0;
                // The document a sentence belongs to: the last '# newdoc id' at or before it in this file, none
                // before the first. Clauses of one document are resampled together where the file marks them.
                String document = "";
                try (ConlluReader reader = ConlluReader.open(treebank)) {
                    for (ConlluReader.Sentence sentence = reader.next(); sentence != null; sentence = reader.next()) {
                        ordinal++;
                        if (sentence.meta(NEW_DOCUMENT) != null) {
                            document = sentence.meta(NEW_DOCUMENT);
                        }
                        if (!kept(sentence, settings.filters())) {
                            filteredOut++;
                            continue;
                        }
                        sentences++;
                        String genre = provenance.genre(source, sentence);
                        for (ClauseExtractor.Outcome outcome : extractor.extract(sentence.tokens())) {
                            verbs++;
                            if (outcome.clause() == null) {
                                skipped.merge(outcome.reason(), 1L, Long::sum);
                                continue;
                            }
                            Clause clause = outcome.clause();
                            ClauseReading reading = listener.read(words(clause, wordList));
                            Order order = settings.orderRule() == OrderRule.LEXICAL ? lexicalOrder(clause)
                                    : reading.order();
                            Pattern key = new Pattern(cells(order, reading, clause.agent(), values), source, genre);
                            counts.computeIfAbsent(key, k -> new long[1])[0]++;
                            Integer number = numbers.computeIfAbsent(key, k -> numbers.size());
                            if (settings.text() == ImportSettings.TextColumn.EXAMPLE && sentence.text() != null) {
                                texts.putIfAbsent(key, sentence.text());
                            }
                            clauses++;
                            byGenre.merge(genre, 1L, Long::sum);
                            passives += clause.passive() ? 1 : 0;
                            for (SlotReading noun : List.of(reading.n1(), reading.n2())) {
                                List<String> a = noun.get("animacy");
                                animacyCounts.merge(a.size() == 1 ? a.get(0) : "unknown", 1L, Long::sum);
                            }
                            String sentId = sentence.meta("sent_id") != null ? sentence.meta("sent_id") : "#" + ordinal;
                            traces.write(Table.quote(source) + "," + Table.quote(sentId) + "," + clause.n1().head().id()
                                    + "," + clause.verb().id() + "," + clause.n2().head().id() + "," + number + DOCUMENT_MARK
                                    + Table.quote(document) + "\n");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // writing to memory fails only when memory does
        }
        List<Map.Entry<Pattern, Long>> patterns = new ArrayList<>();
        counts.forEach((key, count) -> patterns.add(Map.entry(key, count[0])));
        // Most frequent first; equal counts in the order of their cells, source and genre, so the output is reproducible.
        patterns.sort(Comparator.comparing((Map.Entry<Pattern, Long> e) -> -e.getValue())
                .thenComparing(e -> e.getKey().cells()).thenComparing(e -> e.getKey().source())
                .thenComparing(e -> e.getKey().genre()));
        return new Result(patterns, texts, sentences, filteredOut, verbs, clauses, passives, skipped, animacyCounts,
                values, characters, byGenre, wordList, traceBytes.toByteArray(), numbers);
    }

    /**
     * The clause's words as the listener's reader takes them: each token's form with the analyses the
     * word list gives the form in the token's role, as {@code explain}'s parser looks them up.
     */
    public static ClauseWords words(Clause clause, org.cmsim.listener.Lexicon wordList) {
        List<Word> group = new ArrayList<>();
        Word verb = null;
        for (Token t : clause.verbGroup()) {
            Word w = word(t, wordList);
            group.add(w);
            verb = t == clause.verb() ? w : verb;
        }
        return new ClauseWords(phrase(clause.n1(), wordList), group, verb, phrase(clause.n2(), wordList));
    }

    private static Phrase phrase(Clause.PhraseTokens tokens, org.cmsim.listener.Lexicon wordList) {
        return new Phrase(word(tokens.head(), wordList), words(tokens.determiners(), Role.DETERMINER, wordList),
                words(tokens.adjectives(), Role.ADJECTIVE, wordList), markers(tokens.markers(), wordList),
                tokens.coordinated());
    }

    /**
     * Determiners and adjectives in the role their relation gives them, where the word list has the form
     * in that role (Spanish "lo" of "lo que", tagged PRON, is read as the determiner it is there); else
     * in the role of their part of speech.
     */
    private static List<Word> words(List<Token> tokens, Role role, org.cmsim.listener.Lexicon wordList) {
        List<Word> out = new ArrayList<>();
        for (Token t : tokens) {
            String form = LanguageForms.normalised(t.form());
            List<org.cmsim.listener.Lexicon.Analysis> inRole = wordList.analyses(form).stream()
                    .filter(a -> Role.of(a.upos()) == role).toList();
            out.add(inRole.isEmpty() ? word(t, wordList) : new Word(t.id() - 1, form, role, inRole, Word.Source.LEXICON));
        }
        return out;
    }

    private static List<Word> markers(List<Token> tokens, org.cmsim.listener.Lexicon wordList) {
        List<Word> out = new ArrayList<>();
        for (Token t : tokens) {
            String form = LanguageForms.normalised(t.form());
            out.add(new Word(t.id() - 1, form, Role.MARKER, wordList.analyses(form).stream()
                    .filter(a -> a.upos().equals(t.upos())).toList(), Word.Source.LEXICON));
        }
        return out;
    }

    /** A token as a word in the role of its part of speech, with the word list's analyses in that role. */
    private static Word word(Token t, org.cmsim.listener.Lexicon wordList) {
        String form = LanguageForms.normalised(t.form());
        Role role = Role.of(t.upos());
        return new Word(t.id() - 1, form, role, wordList.analyses(form).stream()
                .filter(a -> Role.of(a.upos()) == role).toList(), Word.Source.LEXICON);
    }

    /** {@link OrderRule#LEXICAL}: the order read from the lexical verb, as the first corpora did. */
    private static Order lexicalOrder(Clause clause) {
        int verb = clause.verb().id();
        return verb < clause.n1().head().id() ? Order.VNN : verb < clause.n2().head().id() ? Order.NVN : Order.NNV;
    }

    private static boolean kept(ConlluReader.Sentence sentence, List<SentenceFilter> filters) {
        for (SentenceFilter filter : filters) {
            if (!filter.keeps(sentence)) {
                return false;
            }
        }
        return true;
    }

    /** The pattern's CSV cells (unknown as "-", a set as its values joined by "|"), and each column's values. */
    private static String cells(Order order, ClauseReading reading, String agent, Map<String, TreeSet<String>> values) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(order.name());
        for (String f : ListenerReader.NOUN_FEATURES) {
            cells.add(reading.n1().cell(f));
        }
        for (String f : ListenerReader.VERB_FEATURES) {
            cells.add(reading.v().cell(f));
        }
        for (String f : ListenerReader.NOUN_FEATURES) {
            cells.add(reading.n2().cell(f));
        }
        cells.add(agent);
        for (int i = 1; i < cells.size() - 1; i++) {
            if (!cells.get(i).equals("-")) {
                String feature = COLUMNS.get(i).substring(COLUMNS.get(i).indexOf('.') + 1);
                for (String value : cells.get(i).split("\\|")) {
                    values.computeIfAbsent(feature, x -> new TreeSet<>()).add(value);
                }
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
