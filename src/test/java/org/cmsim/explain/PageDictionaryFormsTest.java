package org.cmsim.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.cmsim.listener.CaseMarkers;
import org.cmsim.listener.Lexicon;
import org.cmsim.listener.Word;
import org.cmsim.model.Language;
import org.cmsim.model.LanguageConfig;
import org.junit.jupiter.api.Test;

/**
 * The playground reads the example sentences it offers as explain reads them, also where an example's word is in
 * no treebank and explain finds it in the language's morphological dictionary (Russian "читает" in "книгу читает
 * мальчик"): the page carries the dictionary's analyses of the examples' words, as it carries WordNet's for
 * English.
 */
class PageDictionaryFormsTest {

    @Test
    void everyRussianExampleReadsOnThePageAsExplainReadsIt() throws Exception {
        LanguageConfig russian = ExplainSentencesTest.config("russian");
        WordFinder explain = Explainer.finder(russian);
        assertTrue(explain.hasDictionary());
        List<String> examples = Playground.examples(Language.RU);
        assertTrue(examples.contains("книгу читает мальчик"));
        ObjectMapper json = new ObjectMapper();
        // as the page has them: written to JSON and read back by the page's own reader
        Map<String, Object> words = pageData(json, PlaygroundLexicon.lexicon(explain, examples));
        Map<String, Object> dictionary = pageData(json, PlaygroundLexicon.dictionary(explain, examples));
        assertTrue(dictionary.containsKey("читает"), dictionary.keySet().toString());
        Lexicon list = Lexicon.described(PageLanguage.WORD_LIST, new PageWordList(words));
        WordFinder page = WordFinder.withDictionaryForms(list, new PageWordList(dictionary));
        CaseMarkers markers = Explainer.markers(russian);
        for (String example : examples) {
            assertEquals(new SentenceParser(explain, markers).parse(example).toString(),
                    new SentenceParser(page, markers).parse(example).toString(), example);
        }
        // without the dictionary's forms the page would not know the verb: the test can fail
        String sentence = "книгу читает мальчик";
        assertEquals(Word.Source.DICTIONARY, page.lookUp("читает").source());
        assertEquals(Word.Source.UNKNOWN, WordFinder.of(list).lookUp("читает").source());
        assertNotEquals(new SentenceParser(explain, markers).parse(sentence).toString(),
                new SentenceParser(WordFinder.of(list), markers).parse(sentence).toString());
    }

    /** Every shipped language's examples, with WordNet's forms (English) or the dictionary's (the others). */
    @Test
    void everyLanguagesExamplesReadOnThePageAsExplainReadsThem() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String name : List.of("english", "german", "italian", "french", "spanish", "dutch", "japanese",
                "serbian", "croatian")) {
            LanguageConfig config = ExplainSentencesTest.config(name);
            WordFinder explain = Explainer.finder(config);
            List<String> examples = Playground.examples(config.language().orElseThrow());
            Lexicon list = Lexicon.described(PageLanguage.WORD_LIST,
                    new PageWordList(pageData(json, PlaygroundLexicon.lexicon(explain, examples))));
            WordFinder page = explain.hasWordNet()
                    ? WordFinder.withWordNetForms(list, new PageWordList(pageData(json,
                            PlaygroundLexicon.wordNet(explain, examples))))
                    : explain.hasDictionary()
                    ? WordFinder.withDictionaryForms(list, new PageWordList(pageData(json,
                            PlaygroundLexicon.dictionary(explain, examples))))
                    : WordFinder.of(list);
            CaseMarkers markers = Explainer.markers(config);
            for (String example : examples) {
                assertEquals(new SentenceParser(explain, markers).parse(example).toString(),
                        new SentenceParser(page, markers).parse(example).toString(), name + ": " + example);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pageData(ObjectMapper json, Map<String, Object> data) throws Exception {
        return (Map<String, Object>) PageJson.parse(json.writeValueAsString(data));
    }
}
