package org.cmsim.conllu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The precomputed table against extJWNL walking the same WordNet synset by synset (the former lookup). */
class WordNetAnimacyTableTest {

    /** Lemmas drawn from the table and checked one by one through extJWNL. */
    private static final int SAMPLE = 2000;

    @Test
    void tableAgreesWithExtJwnlOnASampleOfNouns() throws JWNLException {
        Map<String, WordNetAnimacyTable.Noun> table = WordNetAnimacyTable.compute();
        assertTrue(table.size() > 110_000, "WordNet 3.1 has about 117,000 noun lemmas: " + table.size());
        Dictionary dictionary = Dictionary.getResourceInstance("/net/sf/extjwnl/data/wordnet/wn31/res_properties.xml");
        Set<Long> roots = new HashSet<>();
        for (String root : WordNetAnimacyTable.ANIMATE_ROOTS) {
            roots.add(dictionary.getIndexWord(POS.NOUN, root.replace('_', ' ')).getSenses().get(0).getOffset());
        }
        List<String> lemmas = new ArrayList<>(new java.util.TreeSet<>(table.keySet()));
        Collections.shuffle(lemmas, new Random(7));
        List<String> sample = new ArrayList<>(lemmas.subList(0, SAMPLE));
        sample.addAll(List.of("teacher", "dog", "god", "government", "ball", "paris", "einstein", "person", "animal"));
        sample.addAll(List.of("shakespeare", "madrid", "italia", "rosa", "papa"));
        int animate = 0;
        int instances = 0;
        for (String lemma : sample) {
            IndexWord word = dictionary.getIndexWord(POS.NOUN, lemma.replace('_', ' '));
            assertTrue(word != null, lemma);
            boolean expected = reaches(word.getSenses().get(0), roots);
            assertEquals(expected, table.get(lemma).animate(), lemma);
            animate += expected ? 1 : 0;
            boolean instance = !word.getSenses().get(0).getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty();
            assertEquals(instance ? WordNetAnimacyTable.FirstSense.INSTANCE : WordNetAnimacyTable.FirstSense.CLASS,
                    table.get(lemma).firstSense(), lemma);
            instances += instance ? 1 : 0;
        }
        assertTrue(animate > SAMPLE / 10, "a sample with animate nouns in it: " + animate);
        assertTrue(instances > SAMPLE / 100, "a sample with named individuals in it: " + instances);
        WordNetAnimacy wordNet = WordNetAnimacy.of(table);
        assertEquals("animate", wordNet.namedEntityAnimacy("Shakespeare"));
        assertEquals("inanimate", wordNet.namedEntityAnimacy("Italia"));
        assertNull(wordNet.namedEntityAnimacy("Rosa"), "the rose genus is a class, not a named individual");
        assertNull(wordNet.namedEntityAnimacy("Papa"), "dad");
    }

    @Test
    void cacheIsWrittenOnceAndReadBackWhole(@TempDir Path dir) throws Exception {
        AnimacyTableCache cache = new AnimacyTableCache(dir);
        Map<String, WordNetAnimacyTable.Noun> computed = cache.table();
        assertTrue(Files.isRegularFile(cache.file()));
        Map<String, WordNetAnimacyTable.Noun> read = cache.table();
        assertEquals(computed, read);
        // A truncated file is not trusted: the table is computed again and the file rewritten.
        List<String> lines = Files.readAllLines(cache.file());
        Files.write(cache.file(), lines.subList(0, lines.size() / 2));
        assertEquals(computed, cache.table());
        assertEquals(lines.size(), Files.readAllLines(cache.file()).size());
    }

    private static boolean reaches(Synset first, Set<Long> roots) throws JWNLException {
        Deque<Synset> frontier = new ArrayDeque<>(List.of(first));
        Set<Long> seen = new HashSet<>();
        while (!frontier.isEmpty()) {
            Synset synset = frontier.pop();
            if (!seen.add(synset.getOffset())) {
                continue;
            }
            if (roots.contains(synset.getOffset())) {
                return true;
            }
            for (PointerType type : List.of(PointerType.HYPERNYM, PointerType.INSTANCE_HYPERNYM)) {
                for (Pointer pointer : synset.getPointers(type)) {
                    frontier.push(pointer.getTargetSynset());
                }
            }
        }
        return false;
    }
}
