package org.cmsim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cmsim.explain.Explainer;
import org.cmsim.explain.ExplanationJson;
import org.cmsim.explain.ListenerModels;
import org.cmsim.explain.Playground;
import org.cmsim.explain.WordFinder;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CueColumns;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listeners read back from the cache explain every sentence exactly as a fresh fit does; bad entries are rebuilt. */
class ListenerCacheTest {

    private static final List<String> SENTENCES = List.of("the pencil kicks the cow", "the cow kicks the pencil",
            "the cows kick the pencil");

    private static LanguageConfig english;
    private static SentenceCorpus corpus;
    private static WordFinder finder;
    private static ListenerModels fresh;

    @BeforeAll
    static void fitEnglish() throws Exception {
        LanguageConfig config = ConfigReader.readLanguage(Path.of("configs", "english.json"));
        // A short-trained head: the cache must give back whatever was trained, bit for bit.
        english = config.withAttention(config.attention().withEpochs(20));
        corpus = CueColumns.readCorpus(english.corpus(), english.features(), english.cues());
        finder = Explainer.finder(english);
        fresh = ListenerModels.fit(english, corpus);
    }

    /**
     * The playground without a run asks the fitter (the cache, in use) for each default language with its corpus
     * and keeps the config's order; languages are read side by side, yet the error is the first language's, in
     * that order, that fails.
     */
    @Test
    void thePlaygroundWithoutARunGetsEachDefaultLanguageFromTheFitterInOrder() throws Exception {
        List<String> asked = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<Playground.Language> languages = Playground.fromDefaultRun((config, read) -> {
            asked.add(config.name() + " " + read.size());
            return fresh;
        });
        List<String> defaults = ConfigReader.readRun(Explainer.defaultRun()).languages().stream()
                .map(LanguageConfig::name).toList();
        assertEquals(defaults.size(), languages.size());
        assertTrue(languages.stream().allMatch(l -> l.models() == fresh));
        // asked from two threads, so in no fixed order: each default language once
        assertEquals(java.util.Set.copyOf(defaults), java.util.Set.copyOf(asked.stream().map(a -> a.split(" ")[0])
                .toList()));
        assertEquals(defaults.size(), asked.size());
        assertTrue(asked.stream().noneMatch(a -> a.endsWith(" 0")), "each with its corpus: " + asked);
        InputException e = assertThrows(InputException.class, () -> Playground.fromDefaultRun((config, read) -> {
            if (config.name().equals(defaults.get(0))) {
                return fresh;
            }
            throw InputException.in(config.corpus(), "cannot fit " + config.name());
        }));
        assertTrue(e.getMessage().contains("cannot fit " + defaults.get(1)), e.getMessage());
    }

    @Test
    void cachedListenersExplainEverySentenceAsAFreshFit(@TempDir Path dir) throws Exception {
        ListenerCache cache = new ListenerCache(dir, "test");
        Path entry = cache.entry(english).orElseThrow();
        ListenerModels first = cache.fit(english, corpus);   // a miss: fitted, then written
        assertTrue(Files.isRegularFile(entry));
        // Mark the entry so that a read is told apart from a second fit (which would give the same numbers).
        List<String> lines = Files.readAllLines(entry);
        Files.write(entry, lines.stream().map(l -> l.startsWith("source\t") ? "source\tfrom the cache" : l).toList());
        assertEquals("from the cache", cache.fit(english, corpus).source());
        Files.write(entry, lines);
        ListenerModels second = cache.fit(english, corpus);
        assertEquals(fresh.source(), first.source());
        assertEquals(fresh.source(), second.source());
        assertEquals(fresh.strengths(), second.strengths());
        assertEquals(fresh.rules(), second.rules());
        assertArrayEquals(fresh.head().export().wk(), second.head().export().wk());
        for (String sentence : SENTENCES) {
            assertEquals(explained(fresh, sentence), explained(second, sentence), sentence);
        }
    }

    @Test
    void aTruncatedOrForeignEntryIsIgnoredAndRebuilt(@TempDir Path dir) throws Exception {
        ListenerCache cache = new ListenerCache(dir, "test");
        Path entry = cache.entry(english).orElseThrow();
        cache.fit(english, corpus);
        List<String> whole = Files.readAllLines(entry);
        Files.write(entry, whole.subList(0, whole.size() - 1));   // no end line: cut short while written
        assertEquals(explained(fresh, SENTENCES.get(0)), explained(cache.fit(english, corpus), SENTENCES.get(0)));
        assertEquals(whole, Files.readAllLines(entry));
        Files.writeString(entry, "not a cache entry\n");
        assertEquals(fresh.strengths(), cache.fit(english, corpus).strengths());
        assertEquals(whole, Files.readAllLines(entry));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(entry), files.toList());   // no temporary file left behind
        }
    }

    @Test
    void entriesAreKeyedBySettingsCorpusAndProgram(@TempDir Path dir) throws Exception {
        ListenerCache cache = new ListenerCache(dir, "test");
        Path entry = cache.entry(english).orElseThrow();
        assertEquals(entry, new ListenerCache(dir, "test").entry(english).orElseThrow());
        Path copy = dir.resolve("corpus.csv");
        Files.copy(english.corpus(), copy);
        Path sameBytes = cache.entry(english.withCorpus(copy)).orElseThrow();
        assertNotEquals(entry, sameBytes);   // the config names another file
        Files.writeString(copy, "# one more line\n", java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(sameBytes, cache.entry(english.withCorpus(copy)).orElseThrow());
        assertNotEquals(entry, cache.entry(english.withAttention(english.attention().withEpochs(21))).orElseThrow());
        assertNotEquals(entry, new ListenerCache(dir, "another build").entry(english).orElseThrow());
    }

    private static String explained(ListenerModels models, String sentence) throws Exception {
        Explainer explainer = new Explainer(english, finder, models);
        return OutputDirectory.jsonText(ExplanationJson.of(explainer.explain(sentence, List.of())));
    }
}
