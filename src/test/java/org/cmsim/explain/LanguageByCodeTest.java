package org.cmsim.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cmsim.input.ConfigReader;
import org.cmsim.io.InputException;
import org.cmsim.listener.CaseMarkers;
import org.cmsim.model.Language;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A config's {@code "language"} code, never its name, selects the language's tables: a config named
 * "British" that says {@code "language": "en"} reads sentences as English does, and the same config
 * without the field gets no English behaviour by accident: explain refuses it, naming the field.
 */
class LanguageByCodeTest {

    @TempDir
    Path dir;

    /** configs/NAME.json as a config of another name, its language given as {@code language} (null: left out). */
    private LanguageConfig renamed(String shipped, String name, String language) throws Exception {
        String text = Files.readString(Path.of("configs", shipped + ".json"))
                .replace("\"name\": \"" + shipped + "\"", "\"name\": \"" + name + "\"")
                .replaceAll("\"language\": \"[a-z]+\",\\s*", language == null ? "" : "\"language\": \"" + language + "\", ")
                .replace("\"../corpora/", "\"" + Path.of("corpora").toAbsolutePath() + "/");
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, text);
        return ConfigReader.readLanguage(file);
    }

    @Test
    void britishWithTheCodeOfEnglishReadsAsEnglish() throws Exception {
        LanguageConfig english = ConfigReader.readLanguage(Path.of("configs/english.json"));
        LanguageConfig british = renamed("english", "British", "en");
        assertEquals(Optional.of(Language.EN), british.language());
        assertEquals(Language.EN, Explainer.tables(british));
        WordFinder finder = ExplainSentencesTest.finder("english");
        String sentence = "the pencil kicks the cow";
        FeatureReader.Reading asBritish = new FeatureReader(british.features(), Explainer.tables(british), finder)
                .read(new SentenceParser(finder, Explainer.markers(british)).parse(sentence), List.of());
        FeatureReader.Reading asEnglish = new FeatureReader(english.features(), Explainer.tables(english), finder)
                .read(new SentenceParser(finder, Explainer.markers(english)).parse(sentence), List.of());
        assertEquals(asEnglish.stimulus(), asBritish.stimulus());
        assertEquals(Playground.examples(Language.EN), Playground.examples(Explainer.tables(british)));
    }

    @Test
    void britishWithoutALanguageGetsNoEnglishTablesAndExplainSaysWhy() throws Exception {
        LanguageConfig british = renamed("english", "British", null);
        assertEquals(Optional.empty(), british.language());
        InputException error = assertThrows(InputException.class, () -> Explainer.tables(british));
        assertTrue(error.getMessage().startsWith(british.file() + ": language: the config of 'British' has no"
                + " \"language\" field"), error.getMessage());
        assertTrue(error.getMessage().contains("one of en, de, it, fr, ru, es, nl, ja, sr, hr"), error.getMessage());
        // WordNet, English's source of animacy, is not taken on from the name either
        assertThrows(InputException.class, () -> Explainer.finder(british));
    }

    /** Japanese postpositions and Spanish contractions come with the code, whatever the config is called. */
    @Test
    void caseMarkersFollowTheCode() throws Exception {
        assertEquals(CaseMarkers.Placement.AFTER_NOUN, CaseMarkers.of(renamed("japanese", "nihongo", "ja")).placement());
        assertEquals(CaseMarkers.none(), CaseMarkers.of(renamed("japanese", "japanese", null)));
        assertEquals(CaseMarkers.SPANISH, CaseMarkers.of(renamed("spanish", "castellano", "es")).contractions());
        assertTrue(CaseMarkers.of(renamed("spanish", "spanish", null)).contractions().isEmpty());
    }

    /** {@code --language} takes a language's name in the run or its code; without --run, any shipped config. */
    @Test
    void aLanguageIsFoundByItsNameOrItsCode() throws Exception {
        RunConfig shipped = ConfigReader.readRun(Explainer.defaultRun());
        assertEquals("english", Explainer.language(shipped, "english").name());
        assertEquals("english", Explainer.language(shipped, "EN").name());
        assertEquals("german", Explainer.language(shipped, "de").name());
        assertEquals("spanish", Explainer.language(shipped, "es").name(), "a shipped config outside the default run");
        assertEquals("japanese", Explainer.language(shipped, "japanese").name());
        InputException unknown = assertThrows(InputException.class, () -> Explainer.language(shipped, "pt"));
        assertTrue(unknown.getMessage().contains("no language 'pt'"), unknown.getMessage());
    }

    @Test
    void everyShippedLanguageConfigNamesItsCode() throws Exception {
        for (String name : ExplainSentencesTest.LANGUAGES) {
            LanguageConfig config = ConfigReader.readLanguage(Path.of("configs", name + ".json"));
            assertTrue(config.language().isPresent(), name);
            assertFalse(Playground.examples(config.language().get()).isEmpty(), name);
        }
        for (String name : List.of("english-spoken", "english-childes-directed", "english-childes-children")) {
            assertEquals(Optional.of(Language.EN), ConfigReader.readLanguage(Path.of("configs", name + ".json"))
                    .language(), name);
        }
        for (String name : List.of("illustrative", "two-groups")) {
            assertEquals(Optional.empty(), ConfigReader.readLanguage(Path.of("configs", name + ".json")).language(),
                    name);
        }
    }
}
