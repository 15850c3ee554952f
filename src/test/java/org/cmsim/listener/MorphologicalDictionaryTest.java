package org.cmsim.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cmsim.model.Language;
import org.junit.jupiter.api.Test;

class MorphologicalDictionaryTest {

    @Test
    void theSevenLanguagesOfLanguageToolHaveADictionaryAndTheOthersNone() {
        for (Language language : List.of(Language.EN, Language.DE, Language.RU, Language.FR, Language.IT,
                Language.ES, Language.NL)) {
            MorphologicalDictionary dictionary = MorphologicalDictionary.of(language).orElseThrow();
            assertEquals(language, dictionary.language());
            assertTrue(dictionary.description().startsWith("LanguageTool 6.6 "), dictionary.description());
        }
        for (Language language : List.of(Language.JA, Language.SR, Language.HR)) {
            assertTrue(MorphologicalDictionary.of(language).isEmpty(), language.code());
        }
    }

    @Test
    void aDictionaryIsLoadedOnceAndNamesItsLicence() {
        MorphologicalDictionary german = MorphologicalDictionary.of(Language.DE).orElseThrow();
        assertSame(german, MorphologicalDictionary.of(Language.DE).orElseThrow());
        assertEquals("LanguageTool 6.6 German dictionary (german-pos-dict 1.2.4, CC BY-SA 4.0)",
                german.description());
        assertTrue(MorphologicalDictionary.of(Language.EN).orElseThrow().description().contains("LGPL"));
    }

    @Test
    void anUnknownFormHasNoAnalyses() {
        for (Language language : List.of(Language.EN, Language.DE, Language.RU, Language.FR, Language.IT,
                Language.ES, Language.NL)) {
            assertEquals(List.of(), Lookups.analyses(language, "qxzvkjw"), language.code());
            assertEquals(List.of(), Lookups.analyses(language, ""), language.code());
        }
    }

    private static final Map<String, Set<String>> CLOSED_VALUES = Map.of(
            "Number", Set.of("Sing", "Plur"),
            "Person", Set.of("1", "2", "3"),
            "Gender", Set.of("Masc", "Fem", "Neut", "Com"),
            "Case", Set.of("Nom", "Acc", "Dat", "Gen"),
            "Tense", Set.of("Pres", "Past", "Imp", "Fut"),
            "Mood", Set.of("Ind", "Sub", "Cnd", "Imp"));

    @Test
    void theFrequencyLetterIsGoneFromEveryTag() {
        List<String> french = List.of("nous", "le", "la", "les", "mangeons", "mange", "est", "chat", "chattes",
                "lui", "grande", "été", "avons");
        List<String> spanish = List.of("perro", "perras", "la", "los", "le", "come", "comieron", "comido", "ha",
                "grande", "nosotros");
        assertClosedValues(Language.FR, french);
        assertClosedValues(Language.ES, spanish);
        assertTrue(Lookups.allows(Lookups.analyses(Language.FR, "nous"), "PRON", "Number=Plur"),
                "the number of 'R pers obj 1 pO' is read once the frequency letter is gone");
        assertTrue(Lookups.allows(Lookups.analyses(Language.ES, "perro"), "NOUN", "Number=Sing"));
    }

    private static void assertClosedValues(Language language, List<String> forms) {
        for (String form : forms) {
            List<FormAnalysis> analyses = Lookups.analyses(language, form);
            assertFalse(analyses.isEmpty(), form);
            for (FormAnalysis analysis : analyses) {
                CLOSED_VALUES.forEach((feature, values) -> {
                    String value = analysis.feature(feature);
                    assertTrue(value == null || values.contains(value), form + ": " + analysis);
                });
            }
        }
    }

    @Test
    void aFormIsLookedUpAsWrittenThenLowerCasedThenInGermanCapitalised() {
        assertEquals(Lookups.analyses(Language.DE, "Katze"), Lookups.analyses(Language.DE, "katze"));
        assertEquals(Lookups.analyses(Language.EN, "dogs"), Lookups.analyses(Language.EN, "DOGS"));
        assertEquals(List.of(), Lookups.analyses(Language.EN, "pencilz"));
        assertEquals(List.of(), Lookups.analyses(Language.FR, "katze"), "only German capitalises");
        assertFalse(Lookups.analyses(Language.DE, "Und").isEmpty(), "a capitalised sentence start is lower-cased");
    }

    @Test
    void theAnalysesOfAFormAreDistinct() {
        List<FormAnalysis> by = Lookups.analyses(Language.EN, "by");
        assertEquals(by.size(), Set.copyOf(by).size(), by.toString());
    }

    @Test
    void severalThreadsGetTheSameAnalysesAsOne() throws Exception {
        List<String> forms = List.of("мать", "девочку", "любит", "он", "мальчик", "матери", "книгу", "видит");
        Map<String, List<FormAnalysis>> expected = new HashMap<>();
        for (String form : forms) {
            expected.put(form, Lookups.analyses(Language.RU, form));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 64; task++) {
                String form = forms.get(task % forms.size());
                results.add(pool.submit(() -> expected.get(form).equals(Lookups.analyses(Language.RU, form))));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void analysesAreImmutableAndPrintLikeConllu() {
        FormAnalysis analysis = new FormAnalysis("Katze", "NOUN", Map.of("Number", "Sing", "Case", "Nom"));
        assertEquals("Katze NOUN Case=Nom|Number=Sing", analysis.toString());
        assertEquals("x X _", new FormAnalysis("x", "X", Map.of()).toString());
        assertThrows(UnsupportedOperationException.class, () -> analysis.feats().put("Gender", "Fem"));
    }


    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)");

    @Test
    void theListenerImportsOnlyTheJdkMorfologikAndTheModel() throws IOException {
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/cmsim/listener"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher imported = IMPORT.matcher(Files.readString(file));
                while (imported.find()) {
                    String name = imported.group(1);
                    if (!name.startsWith("java.") && !name.startsWith("morfologik.")
                            && !name.startsWith("org.cmsim.model.") && !name.startsWith("org.cmsim.io.")) {
                        strays.add(file.getFileName() + ": " + name);
                    }
                }
            }
        }
        assertTrue(strays.isEmpty(), strays.toString());
    }
}
