package org.cmsim.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cmsim.conllu.WordNetAnimacy;
import org.cmsim.input.ConfigReader;
import org.cmsim.listener.Lexicon;
import org.cmsim.model.Cue;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.Slot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * At least 20 hand-written sentences per language (src/test/resources/explain/LANGUAGE/sentences.txt),
 * each with the order, the three words, features and cue directions derived by hand from the fixture
 * lexicon and the interface's cue definitions.
 */
class ExplainSentencesTest {

    static final Path FIXTURES = Path.of("src/test/resources/explain");
    private static WordNetAnimacy wordNet;

    /** One line of a sentences file. */
    record Expected(String sentence, String order, String n1, String v, String n2, List<String> features,
                    List<String> cues) {
    }

    static List<Expected> expectations(String language) throws IOException {
        List<Expected> all = new ArrayList<>();
        for (String line : Files.readAllLines(FIXTURES.resolve(language).resolve("sentences.txt"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" \\| ");
            assertEquals(7, f.length, line);
            all.add(new Expected(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip(),
                    List.of(f[5].strip().split("\\s+")), List.of(f[6].strip().split("\\s+"))));
        }
        return all;
    }

    static LanguageConfig config(String language) throws Exception {
        return ConfigReader.readLanguage(Path.of("configs", language + ".json"));
    }

    static synchronized WordFinder finder(String language) throws Exception {
        Lexicon lexicon = Lexicon.read(FIXTURES.resolve(language).resolve("lexicon.csv"));
        if (!language.equals("english")) {
            return WordFinder.of(lexicon);
        }
        if (wordNet == null) {
            wordNet = WordNetAnimacy.load();
        }
        return WordFinder.withWordNet(lexicon, wordNet);
    }

    /** Every shipped language that has a config and a word list. */
    static final List<String> LANGUAGES = List.of("english", "german", "italian", "french", "russian", "spanish",
            "dutch", "japanese", "serbian", "croatian");

    /** One line of an unknown-words file: a sentence, the word no source knows, the slot it stands in. */
    record Unknown(String sentence, String word, String slot) {
    }

    static List<Unknown> unknowns(String language) throws IOException {
        List<Unknown> all = new ArrayList<>();
        for (String line : Files.readAllLines(FIXTURES.resolve(language).resolve("unknown.txt"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|");
            assertEquals(3, f.length, line);
            all.add(new Unknown(f[0].strip(), f[1].strip(), f[2].strip()));
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "german", "italian", "french", "russian", "spanish", "dutch", "japanese",
        "serbian", "croatian"})
    void anUnknownWordFailsNamingItsSlotAndHowToGiveItsFeatures(String language) throws Exception {
        LanguageConfig config = config(language);
        WordFinder finder = finder(language);
        SentenceParser parser = new SentenceParser(finder, Explainer.markers(config));
        FeatureReader reader = new FeatureReader(config.features(), config.language().orElseThrow(), finder);
        List<Unknown> unknowns = unknowns(language);
        assertTrue(unknowns.size() >= 2, language);
        for (Unknown u : unknowns) {
            org.cmsim.io.InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.cmsim.io.InputException.class, () -> reader.read(parser.parse(u.sentence()), List.of()),
                    u.sentence());
            String message = e.getMessage();
            assertTrue(message.contains("'" + u.word() + "'") && message.contains("(" + u.slot() + ")"),
                    language + ": " + message);
            String example = "--feature " + u.slot() + ".";
            assertTrue(message.contains(example), language + ": " + message);
            // the example names a feature this language has, so that it can be typed as shown
            String feature = message.substring(message.indexOf(example) + example.length()).split("[= ]")[0];
            assertTrue(config.features().indexOf(feature) >= 0, language + ": " + message);
            // given by hand, the word is read
            String value = config.features().feature(config.features().indexOf(feature)).values().get(0);
            FeatureReader.Reading given = reader.read(parser.parse(u.sentence()),
                    List.of(u.slot() + "." + feature + "=" + value));
            assertEquals(value, given.slot(u.slot().equals("v") ? Slot.V : Slot.parseNoun(u.slot())).values()
                    .get(feature), u.sentence());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "german", "italian", "french", "russian", "spanish", "dutch", "japanese",
        "serbian", "croatian"})
    void readsTwentyHandWrittenSentencesAsDerivedByHand(String language) throws Exception {
        LanguageConfig config = config(language);
        WordFinder finder = finder(language);
        SentenceParser parser = new SentenceParser(finder, Explainer.markers(config));
        FeatureReader reader = new FeatureReader(config.features(), config.language().orElseThrow(), finder);
        List<Expected> expected = expectations(language);
        assertTrue(expected.size() >= 20, language + " has " + expected.size() + " sentences");
        for (Expected e : expected) {
            SentenceParser.Clause clause = parser.parse(e.sentence());
            FeatureReader.Reading reading = reader.read(clause, List.of());
            String where = language + ": " + e.sentence();
            assertEquals(e.order(), reading.stimulus().order().name(), where);
            assertEquals(e.n1(), reading.n1().word(), where);
            assertEquals(e.v(), reading.v().word(), where);
            assertEquals(e.n2(), reading.n2().word(), where);
            for (String feature : e.features()) {
                String[] parts = feature.split("[.=]");
                Slot slot = parts[0].equals("v") ? Slot.V : Slot.parseNoun(parts[0]);
                String actual = reading.slot(slot).values().get(parts[1]);
                assertEquals(parts[2].equals("-") ? null : parts[2], actual, where + ": " + feature);
            }
            int checked = 0;
            for (String cue : e.cues()) {
                String[] parts = cue.split("=");
                Cue c = config.cues().stream().filter(x -> x.name().equals(parts[0])).findFirst().orElseThrow();
                assertEquals(Integer.parseInt(parts[1]), c.direction(reading.stimulus()), where + ": " + cue);
                checked++;
            }
            assertEquals(config.cues().stream().filter(c -> !c.perOrderLevel()).count(), checked,
                    where + ": every cue's direction is expected");
        }
    }
}
