package org.cmsim.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Every tag table on one dictionary entry of each tag shape its dictionary holds
 * (src/test/resources/listener/tag-tables.tsv, read and checked by hand): the analyses must stay what
 * they were checked to be.
 */
class TagTablesTest {

    private static final Map<String, BiFunction<String, String, List<FormAnalysis>>> TABLES = Map.of(
            "de", GermanTags::analyses, "fr", FrenchTags::analyses, "it", ItalianTags::analyses,
            "es", SpanishTags::analyses, "nl", DutchTags::analyses, "ru", RussianTags::analyses);

    @Test
    void everyTagShapeReadsAsChecked() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/listener/tag-tables.tsv"),
                StandardCharsets.UTF_8);
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            assertEquals(4, f.length, line);
            assertEquals(f[3], TABLES.get(f[0]).apply(f[1], f[2]).toString(), f[0] + " " + f[1] + " " + f[2]);
            checked++;
        }
        assertTrue(checked > 200, checked + " entries");
    }

    private static FormAnalysis analysis(String lemma, String upos, String feats) {
        return new FormAnalysis(lemma, upos, Lexicon.feats(feats));
    }

    @Test
    void germanPronounsTakeThePersonTheirFormHas() {
        assertEquals("1", GermanTags.withPerson("Mich", analysis("ich", "PRON", "Case=Acc|Number=Sing")).feature("Person"));
        assertEquals("2", GermanTags.withPerson("dir", analysis("ich", "PRON", "Case=Dat|Number=Sing")).feature("Person"));
        assertEquals("3", GermanTags.withPerson("sie", analysis("ich", "PRON", "Case=Nom|Number=Plur")).feature("Person"));
        // a reflexive of the 1st person keeps its person; of the 3rd ("sich") is 3rd
        assertEquals("1", GermanTags.withPerson("mich", analysis("sich", "PRON", "Case=Acc|Reflex=Yes")).feature("Person"));
        assertEquals("3", GermanTags.withPerson("sich", analysis("sich", "PRON", "Case=Acc|Reflex=Yes")).feature("Person"));
        // ihr and euer stay open; a person the tag gives stays; no pronoun, no person
        assertEquals(null, GermanTags.withPerson("ihr", analysis("ich", "PRON", "Case=Nom|Number=Plur")).feature("Person"));
        assertEquals(null, GermanTags.withPerson("euer", analysis("euer", "PRON", "Number=Sing")).feature("Person"));
        assertEquals("2", GermanTags.withPerson("Sie", analysis("ich", "PRON", "Person=2")).feature("Person"));
        assertEquals(null, GermanTags.withPerson("Hund", analysis("Hund", "NOUN", "Case=Nom")).feature("Person"));
    }

    @Test
    void russianGenderedFormsAreSingular() {
        assertEquals("Sing", RussianTags.singularWhereGendered(analysis("сделать", "VERB", "Gender=Masc|Tense=Past"))
                .feature("Number"));
        assertEquals("Plur", RussianTags.singularWhereGendered(analysis("он", "PRON", "Gender=Masc|Number=Plur"))
                .feature("Number"));
        assertEquals(null, RussianTags.singularWhereGendered(analysis("сделать", "VERB", "Tense=Past"))
                .feature("Number"));
    }

    @Test
    void dutchSingularVerbFormsServeThePersonsOfTheirSlot() {
        assertEquals(List.of("1", "2", "3"), DutchTags.withPersons(analysis("nemen", "VERB",
                "Number=Sing|Person=1|Tense=Past|VerbForm=Fin")).stream().map(a -> a.feature("Person")).toList());
        assertEquals(List.of("1", "2"), DutchTags.withPersons(analysis("zien", "VERB",
                "Number=Sing|Person=1|Tense=Pres|VerbForm=Fin")).stream().map(a -> a.feature("Person")).toList());
        assertEquals(List.of("2", "3"), DutchTags.withPersons(analysis("zien", "VERB",
                "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")).stream().map(a -> a.feature("Person")).toList());
        // plural, non-finite or without person: as the tag says
        assertEquals(1, DutchTags.withPersons(analysis("zien", "VERB", "Number=Plur|Person=1|VerbForm=Fin")).size());
        assertEquals(1, DutchTags.withPersons(analysis("zien", "VERB", "Number=Sing|Person=1|VerbForm=Part")).size());
        assertEquals(1, DutchTags.withPersons(analysis("zien", "VERB", "Number=Sing|VerbForm=Fin")).size());
        assertEquals(List.of("2"), DutchTags.withPersons(analysis("zien", "VERB",
                "Number=Sing|Person=2|Tense=Pres|VerbForm=Fin")).stream().map(a -> a.feature("Person")).toList());
    }

    @Test
    void anAnalysisThatSaysLessAboutTheSameReadingIsLeftOut() {
        FormAnalysis full = analysis("он", "PRON", "Case=Nom|Gender=Masc|Number=Sing");
        FormAnalysis less = analysis("он", "PRON", "Case=Nom|Number=Sing");
        FormAnalysis otherLemma = analysis("оно", "PRON", "Case=Nom|Number=Sing");
        FormAnalysis otherUpos = analysis("он", "DET", "Case=Nom|Number=Sing");
        assertEquals(List.of(full), MorphologicalDictionary.withoutSubsumed(List.of(full, less)));
        assertEquals(List.of(full, otherLemma, otherUpos),
                MorphologicalDictionary.withoutSubsumed(List.of(full, otherLemma, otherUpos)));
        // equal analyses are no subset of each other: both stay (the lookup keeps them distinct anyway)
        assertEquals(2, MorphologicalDictionary.withoutSubsumed(List.of(less, analysis("он", "PRON",
                "Case=Nom|Number=Sing"))).size());
        // a different value is no subset
        assertEquals(2, MorphologicalDictionary.withoutSubsumed(List.of(full, analysis("он", "PRON",
                "Case=Acc"))).size());
    }
}
