package org.cmsim.conllu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.cmsim.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dictionary route piece by piece: dictzip, entry parsing, sense votes, fallbacks, relatives, pronouns. */
class TranslatedAnimacyTest {

    private static final String ITALIAN = "freedict-ita-eng";

    @Test
    void dictZipRandomAccessEqualsTheWholeFileGunzipped() throws Exception {
        Path dz = TranslatedAnimacy.DICTD.resolve(ITALIAN + ".dict.dz");
        byte[] whole;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dz))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            whole = out.toByteArray();
        }
        try (DictZip zip = DictZip.open(dz)) {
            // every 997th stretch of 300 bytes, across chunk boundaries (chunks are 58,315 bytes here)
            for (int offset = 0; offset + 300 < whole.length; offset += 997) {
                assertEquals(new String(whole, offset, 300, StandardCharsets.UTF_8).length() > 0, true);
                assertEquals(utf8(whole, offset, 300), zip.text(offset, 300), "offset " + offset);
            }
        }
    }

    @Test
    void entriesAreReadThroughTheIndex() throws Exception {
        try (FreeDict dictionary = FreeDict.open(TranslatedAnimacy.DICTD, ITALIAN)) {
            List<String> entries = dictionary.entries("cane");
            assertEquals(1, entries.size());
            assertEquals(List.of(List.of("dog")), FreeDict.senses(entries.get(0)));
            assertTrue(dictionary.entries("Cane").equals(entries), "the index is case-insensitive");
            assertEquals(List.of(), dictionary.entries("qwzxv"));
        }
    }

    @Test
    void sensesSkipExamplesNotesAndLabels() {
        // The layout of the German dictionary (Ding via FreeDict).
        String hund = "Hund /hˈʊnt/ <masc, n, sg>\n [zool.] dog <n>, dawg <n>\n         Note: used to represent"
                + " American speech\n      \"einen Hund abrichten\"  - train a dog\n see: {Hunde}, {Haushund}\n";
        assertEquals(List.of(List.of("dog", "dawg")), FreeDict.senses(hund));
        // Numbered senses, as in the Spanish, Italian, French and Dutch dictionaries.
        assertEquals(List.of(List.of("man", "human being"), List.of("fellow")),
                FreeDict.senses("hombre /ˈombɾe/\n1. man, human being\n2. fellow\n"));
        // Another part of speech contributes nothing.
        assertEquals(List.of(), FreeDict.senses("amener /aməne/ <v>\nbring, fetch\n"));
        assertEquals(List.of(List.of("government")),
                FreeDict.senses("Regierung /x/ <fem, n, sg>\n [pol.] government <n>Gov.,  /ɡˈoːf/\n"));
    }

    @Test
    void theCommonerEnglishNounOutweighsRareSenses() throws Exception {
        TranslatedAnimacy german = TranslatedAnimacy.open("de", TranslatedAnimacy.DICTD,
                TranslatedAnimacy.Vote.MAJORITY).orElseThrow();
        // Hund: "mine car" (tagged 0 times in WordNet's corpora), "dog" (42), "canine" (first sense a tooth, 0)
        assertEquals("animate", german.animacy("Hund"));
        TranslatedAnimacy firstSense = TranslatedAnimacy.open("de", TranslatedAnimacy.DICTD,
                TranslatedAnimacy.Vote.FIRST_SENSE).orElseThrow();
        assertEquals("inanimate", firstSense.animacy("Hund"));
        assertEquals(new TranslatedAnimacy.Answer("animate", TranslatedAnimacy.Route.COMPOUND_HEAD),
                german.answer("Verteidigungsminister"));
    }

    @Test
    void romanceFallbacksNameTheirRoute() throws Exception {
        TranslatedAnimacy italian = TranslatedAnimacy.open("it", TranslatedAnimacy.DICTD,
                TranslatedAnimacy.Vote.MAJORITY).orElseThrow();
        assertEquals(new TranslatedAnimacy.Answer("inanimate", TranslatedAnimacy.Route.ABSTRACT_SUFFIX),
                italian.answer("trasferimento"));
        assertEquals(new TranslatedAnimacy.Answer("animate", TranslatedAnimacy.Route.COGNATE),
                italian.answer("presidente"));
        assertEquals(List.of("presidente", "president"), RomanceMorphology.cognates("it", "presidente"));
        assertEquals(List.of(), RomanceMorphology.cognates("it", "re"));
        assertEquals("inanimate", italian.properNounAnimacy("Germania"));
        assertNull(italian.properNounAnimacy("germania"), "a lower-case lemma is no proper name");
    }

    @Test
    void aMissingDictionaryIsReportedWithItsPackage(@TempDir Path empty) throws Exception {
        AnimacySources sources = AnimacySources.forLanguage("es", null, empty);
        assertTrue(sources.describe().contains("install the Debian package dict-freedict-spa-eng"),
                sources.describe());
        Token noun = new Token(1, "perro", "perro", "NOUN", "_", 0, "root", 1);
        assertNull(sources.animacy(noun, null));
        assertEquals(1L, sources.decided().get(AnimacySources.UNKNOWN));
    }

    @Test
    void aBrokenIndexIsBadInputWithItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("freedict-ita-eng.index"), "cane\tA\tB\nuomo\tnot base 64!\tB\n");
        Files.copy(TranslatedAnimacy.DICTD.resolve(ITALIAN + ".dict.dz"), dir.resolve(ITALIAN + ".dict.dz"));
        InputException e = assertThrows(InputException.class, () -> AnimacySources.forLanguage("it", null, dir));
        assertTrue(e.getMessage().contains("freedict-ita-eng.index:2:"), e.getMessage());
        Files.writeString(dir.resolve("freedict-ita-eng.index"), "cane\tA\tB\n");
        Files.writeString(dir.resolve(ITALIAN + ".dict.dz"), "plain text");
        e = assertThrows(InputException.class, () -> AnimacySources.forLanguage("it", null, dir));
        assertTrue(e.getMessage().contains("not a dictzip file"), e.getMessage());
    }

    @Test
    void aRelativePronounTakesItsAntecedentsAnimacy() throws Exception {
        // der Mann, der den Hund sieht: Mann <-acl:relcl- sieht -nsubj-> der (PronType=Dem,Rel)
        List<Token> sentence = List.of(
                new Token(1, "der", "der", "DET", "_", 2, "det", 1),
                new Token(2, "Mann", "Mann", "NOUN", "_", 0, "root", 2),
                new Token(3, "der", "der", "PRON", "PronType=Dem,Rel", 6, "nsubj", 3),
                new Token(4, "den", "der", "DET", "_", 5, "det", 4),
                new Token(5, "Hund", "Hund", "NOUN", "_", 6, "obj", 5),
                new Token(6, "sieht", "sehen", "VERB", "_", 2, "acl:relcl", 6));
        assertEquals(sentence.get(1), Antecedents.of(sentence.get(2), sentence));
        assertNull(Antecedents.of(sentence.get(4), sentence), "not a pronoun");
        AnimacySources sources = AnimacySources.forLanguage("de", null);
        assertEquals("animate", sources.animacy(sentence.get(2), null, sentence));
        assertEquals(1L, sources.decided().get(AnimacySources.ANTECEDENT));
    }

    @Test
    void pronounFormsDecideBeforeLemmas() {
        Token tutti = new Token(1, "tutti", "tutto", "PRON", "_", 0, "root", 1);
        Token tutto = new Token(1, "tutto", "tutto", "PRON", "_", 0, "root", 1);
        assertEquals("animate", PronounAnimacy.animacy("it", tutti));
        assertEquals("inanimate", PronounAnimacy.animacy("it", tutto));
        // Spanish clitics are lemmatised as él, and él itself refers to things as readily as to people:
        // neither is animate by its form; yo is
        assertNull(PronounAnimacy.animacy("es", new Token(1, "lo", "él", "PRON", "_", 0, "root", 1)));
        assertNull(PronounAnimacy.animacy("es", new Token(1, "Él", "él", "PRON", "_", 0, "root", 1)));
        assertEquals("animate", PronounAnimacy.animacy("es", new Token(1, "yo", "yo", "PRON", "_", 0, "root", 1)));
        // German sie, Italian essa, Russian он follow grammatical gender: unknown by form
        assertNull(PronounAnimacy.animacy("de", "sie"));
        assertNull(PronounAnimacy.animacy("it", "essa"));
        assertNull(PronounAnimacy.animacy("ru", "он"));
        assertEquals("animate", PronounAnimacy.animacy("en", "she"));
    }

    private static String utf8(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }
}
