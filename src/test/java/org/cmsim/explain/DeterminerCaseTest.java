package org.cmsim.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.Slot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The determiner rule of {@link FeatureReader} (a determiner's case decides when no reading of its noun
 * agrees) in every language where determiners carry case (German, Russian, Serbian, Croatian), and that
 * it never fires where they carry none (English, French, Italian, Spanish, Dutch). The cases, with
 * resolutions decided by hand, are in src/test/resources/explain/determiner-case.txt; the playground's
 * compiled Java is held to the same file in {@code PlaygroundNodeTest} and {@code PlaygroundBrowserTest}.
 */
class DeterminerCaseTest {

    /** One line of determiner-case.txt. */
    record Case(String language, String sentence, Slot slot, org.cmsim.listener.SlotReading.Resolution resolution, String nounCase) {
    }

    static List<Case> cases() throws IOException {
        List<Case> all = new ArrayList<>();
        for (String line : Files.readAllLines(ExplainSentencesTest.FIXTURES.resolve("determiner-case.txt"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" \\| ");
            assertEquals(5, f.length, line);
            all.add(new Case(f[0].strip(), f[1].strip(), Slot.parseNoun(f[2].strip()),
                    org.cmsim.listener.SlotReading.Resolution.valueOf(f[3].strip()), f[4].strip().equals("-") ? null : f[4].strip()));
        }
        return all;
    }

    static FeatureReader.Reading read(String language, String sentence) throws Exception {
        LanguageConfig config = ExplainSentencesTest.config(language);
        WordFinder finder = ExplainSentencesTest.finder(language);
        SentenceParser parser = new SentenceParser(finder, Explainer.markers(config));
        return new FeatureReader(config.features(), config.language().orElseThrow(), finder).read(parser.parse(sentence), List.of());
    }

    @Test
    void aDeterminerDecidesCaseOnlyWhereDeterminersCarryIt() throws Exception {
        List<Case> cases = cases();
        for (Case c : cases) {
            FeatureReader.SlotReading noun = read(c.language(), c.sentence()).slot(c.slot());
            String where = c.language() + ": " + c.sentence() + ": " + c.slot().label();
            assertEquals(c.resolution(), noun.resolution(), where);
            assertEquals(c.nounCase(), noun.values().get("case"), where);
        }
        for (String language : List.of("german", "russian", "serbian", "croatian")) {
            assertTrue(cases.stream().anyMatch(c -> c.language().equals(language)
                    && c.resolution() == org.cmsim.listener.SlotReading.Resolution.CASE_FROM_DETERMINER), language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "french", "italian", "spanish", "dutch", "japanese"})
    void neverFiresWhereDeterminersCarryNoCase(String language) throws Exception {
        List<String> sentences = new ArrayList<>(ExplainSentencesTest.expectations(language).stream()
                .map(ExplainSentencesTest.Expected::sentence).toList());
        cases().stream().filter(c -> c.language().equals(language)).forEach(c -> sentences.add(c.sentence()));
        for (String sentence : sentences) {
            FeatureReader.Reading reading = read(language, sentence);
            for (Slot slot : List.of(Slot.N1, Slot.N2)) {
                assertNotEquals(org.cmsim.listener.SlotReading.Resolution.CASE_FROM_DETERMINER, reading.slot(slot).resolution(),
                        language + ": " + sentence);
            }
        }
    }
}
