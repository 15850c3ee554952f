package org.cmsim.conllu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Italian and Spanish beyond their own dictionaries: bridges through Dutch, French and German, and names. */
class PivotDictionariesTest {

    @Test
    void headwordsLoseTheirPronunciationAndPartOfSpeech() {
        assertEquals("teacher", FreeDict.headword("teacher /tˈiːtʃə/\n1. maestra\n"));
        assertEquals("abogado", FreeDict.headword("abogado /ˌaβoɣˈaðo/ <n, m>\nAnwalt <n, m>\n"));
        assertEquals("Europese Unie", FreeDict.headword("Europese Unie //ˌøː.ro// <pn>\nUnione Europea\n"));
        assertEquals("leraar", FreeDict.headword("leraar <n>\ninsegnante\n"));
    }

    @Test
    void aNounMissingFromTheOwnDictionaryIsReadBackwardsFromALargerOne() throws Exception {
        TranslatedAnimacy italian = TranslatedAnimacy.open("it", TranslatedAnimacy.DICTD,
                TranslatedAnimacy.Vote.MAJORITY).orElseThrow();
        FreeDict own = FreeDict.open(TranslatedAnimacy.DICTD, "freedict-ita-eng");
        assertTrue(!own.has("insegnante") && !own.has("micelio"), "the Italian-English dictionary lacks both");
        // Dutch leraar gives insegnante; Dutch into WordNet says teacher: a person
        assertEquals(new TranslatedAnimacy.Answer("animate", TranslatedAnimacy.Route.BRIDGE,
                new PivotDictionaries.Bridge("freedict-nld-ita", "nl")), italian.answer("insegnante"));
        // not in Dutch-Italian; French mycélium gives micelio
        assertEquals(new TranslatedAnimacy.Answer("inanimate", TranslatedAnimacy.Route.BRIDGE,
                new PivotDictionaries.Bridge("freedict-fra-ita", "fr")), italian.answer("micelio"));
        TranslatedAnimacy spanish = TranslatedAnimacy.open("es", TranslatedAnimacy.DICTD,
                TranslatedAnimacy.Vote.MAJORITY).orElseThrow();
        assertEquals(new TranslatedAnimacy.Answer("animate", TranslatedAnimacy.Route.BRIDGE,
                new PivotDictionaries.Bridge("freedict-deu-spa", "de")), spanish.answer("ministro"));
        assertNull(spanish.answer("qwzxv"));
    }

    @Test
    void missingBridgesAreNamedByPackage(@TempDir Path empty) throws Exception {
        assertEquals(List.of("dict-freedict-nld-ita", "dict-freedict-nld-eng", "dict-freedict-fra-ita",
                "dict-freedict-fra-eng"), PivotDictionaries.missing("it", empty));
        assertEquals(List.of(), PivotDictionaries.missing("it", TranslatedAnimacy.DICTD), ".ci/run installs them");
        assertEquals(List.of(), PivotDictionaries.missing("de", empty), "German has no bridges");
        String described = AnimacySources.forLanguage("es", null, empty).describe();
        assertTrue(described.contains("dict-freedict-deu-spa, dict-freedict-deu-eng, dict-freedict-nld-spa"), described);
    }

    @Test
    void properNounsAreLookedUpAmongWordNetsNamedIndividualsUnlessAbbreviated() throws Exception {
        AnimacySources italian = AnimacySources.forLanguage("it", null);
        assertEquals("animate", italian.animacy(propn("Shakespeare", "Shakespeare"), null));
        assertEquals("inanimate", italian.animacy(propn("Italia", "italia"), null), "WordNet has Italia as Italy");
        assertEquals("inanimate", italian.animacy(propn("Germania", "Germania"), null), "the dictionary's own name");
        assertNull(italian.animacy(propn("Renzi", "Renzi"), null), "not in WordNet");
        assertNull(italian.animacy(propn("Papa", "Papa"), null), "WordNet's papa is a class (dad), no individual");
        assertEquals(2L, italian.decided().get(AnimacySources.NAMED_INDIVIDUAL));
        assertEquals(1L, italian.decided().get(AnimacySources.PROPER_NAME));
        AnimacySources spanish = AnimacySources.forLanguage("es", null);
        assertNull(spanish.animacy(propn("NH", "nh"), null), "capitals only: an abbreviation, not New Hampshire");
        assertNull(spanish.animacy(propn("De", "de"), null), "two letters: not Delaware");
        assertEquals("inanimate", spanish.animacy(propn("Madrid", "madrid"), null));
        AnimacySources french = AnimacySources.forLanguage("fr", null);
        assertNull(french.animacy(propn("Shakespeare", "Shakespeare"), null), "French proper nouns: the dictionary only");
    }

    private static Token propn(String form, String lemma) {
        return new Token(1, form, lemma, "PROPN", "_", 0, "root", 1);
    }
}
