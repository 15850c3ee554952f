package org.cmsim.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cmsim.io.InputException;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's closed classes, roles, values, case markers and word list files. */
class ListenerTablesTest {

    @TempDir
    Path dir;

    @Test
    void eachLanguageHasItsClosedClasses() {
        assertTrue(LanguageForms.hasClitics("fr"));
        assertFalse(LanguageForms.hasClitics("de"));
        assertTrue(LanguageForms.clitics("es").contains("lo"));
        assertEquals(Set.of(), LanguageForms.clitics("en"));
        assertTrue(LanguageForms.subjectOrObject("fr", "Nous"));
        assertFalse(LanguageForms.subjectOrObject("fr", "le"));
        assertFalse(LanguageForms.subjectOrObject("it", "nous"));
        assertTrue(LanguageForms.isClitic2Auxiliary("hr", "Je"));
        assertTrue(LanguageForms.isClitic2Auxiliary("sr", "ću"));
        assertFalse(LanguageForms.isClitic2Auxiliary("sr", "nije"));
        assertFalse(LanguageForms.isClitic2Auxiliary("de", "je"));
        assertTrue(LanguageForms.isPassiveAuxiliary("en", "BE"));
        assertTrue(LanguageForms.isPassiveAuxiliary("it", "venire"));
        assertFalse(LanguageForms.isPassiveAuxiliary("de", "haben"));
        assertFalse(LanguageForms.isPassiveAuxiliary("ja", "be"));
        assertEquals("nom", LanguageForms.particleCase("ja", "が"));
        assertEquals("acc", LanguageForms.particleCase("ja", "を"));
        assertNull(LanguageForms.particleCase("ja", "は"));
        assertNull(LanguageForms.particleCase("de", "が"));
        assertEquals(Set.of("von", "durch"), LanguageForms.agentPrepositions("de"));
        assertEquals(Set.of(), LanguageForms.agentPrepositions("ru"));
        assertEquals(Set.of("a", "por"), LanguageForms.roleMarkers("es"));
        assertTrue(LanguageForms.isRoleMarker("en", "By"));
        assertFalse(LanguageForms.isRoleMarker("de", "um"));
        assertTrue(LanguageForms.adjectivesFollowNouns("it"));
        assertFalse(LanguageForms.adjectivesFollowNouns("de"));
        assertEquals("l'", LanguageForms.normalised("L\u2019"));
    }

    @Test
    void aPartOfSpeechPlaysItsRole() {
        assertEquals(Role.NOUN, Role.of("PROPN"));
        assertEquals(Role.NOUN, Role.of("PRON"));
        assertEquals(Role.VERB, Role.of("VERB"));
        assertEquals(Role.DETERMINER, Role.of("NUM"));
        assertEquals(Role.ADJECTIVE, Role.of("ADJ"));
        assertEquals(Role.AUXILIARY, Role.of("AUX"));
        assertEquals(Role.ADVERB, Role.of("PART"));
        assertEquals(Role.OTHER, Role.of("ADP"));
        assertTrue(Role.MARKER.modifies());
        assertTrue(Role.ADVERB.modifies());
        assertFalse(Role.NOUN.modifies());
        assertFalse(Role.VERB.modifies());
        assertFalse(Role.OTHER.modifies());
        assertEquals("a case marker", Role.MARKER.description());
        assertTrue(new Word(0, "x", Role.NOUN, List.of(), Word.Source.DICTIONARY).known());
        assertFalse(new Word(0, "x", Role.NOUN, List.of(), Word.Source.UNKNOWN).known());
    }

    @Test
    void universalDependenciesValuesAreWrittenAsCmsimWritesThem() {
        assertEquals("nom", Values.value("Case", "Nom"));
        assertEquals("sg", Values.value("Number", "Sing"));
        assertEquals("pl", Values.value("Number", "Plur"));
        assertNull(Values.value("Number", "Dual"));
        assertEquals("m", Values.value("Gender", "Masc"));
        assertEquals("f", Values.value("Gender", "Fem"));
        assertEquals("n", Values.value("Gender", "Neut"));
        assertEquals("3", Values.value("Person", "3"));
        assertNull(Values.value("Person", "0"));
        assertEquals("fin", Values.value("VerbForm", "Fin"));
        assertEquals(List.of(), Values.of(Map.of(), "Case"));
        assertEquals(List.of("nom"), Values.of(Map.of("Case", "Nom,Nom"), "Case"));
        assertEquals(List.of("1", "2", "3", "m", "f"), Values.sorted(List.of("f", "3", "m", "1", "2")));
        assertEquals(List.of("active", "passive", "zzz"), Values.sorted(List.of("zzz", "passive", "active")));
    }

    @Test
    void caseMarkersAreTheLanguagesAndTheConfigs() {
        FeatureSpace withMarker = new FeatureSpace(List.of(new Feature("marker", List.of("none", "a", "de"))));
        FeatureSpace without = new FeatureSpace(List.of(new Feature("number", List.of("sg", "pl"))));
        CaseMarkers spanish = CaseMarkers.of(Optional.of(Language.ES), withMarker);
        assertTrue(spanish.marks("A"));
        assertTrue(spanish.marks("de"));
        assertTrue(spanish.marks("por"), "the language's agent preposition, declared or not");
        assertFalse(spanish.marks("none"));
        assertEquals(List.of("a", "el"), spanish.contractions().get("al"));
        assertTrue(spanish.adjectivesAfterNoun());
        assertEquals(CaseMarkers.Placement.BEFORE_NOUN, spanish.placement());
        CaseMarkers english = CaseMarkers.of(Optional.of(Language.EN), without);
        assertTrue(english.marks("by"));
        assertFalse(english.adjectivesAfterNoun());
        assertEquals(Map.of(), english.contractions());
        CaseMarkers japanese = CaseMarkers.of(Optional.of(Language.JA), without);
        assertEquals(CaseMarkers.Placement.AFTER_NOUN, japanese.placement());
        assertTrue(japanese.marks("は"));
        CaseMarkers none = CaseMarkers.of(Optional.empty(), without);
        assertFalse(none.marks("by"));
        assertTrue(none.adjectivesAfterNoun());
        assertFalse(CaseMarkers.none().marks("a"));
        assertThrows(IllegalArgumentException.class, () -> new CaseMarkers(Set.of(), null, Map.of()));
    }

    @Test
    void aWordListIsReadFormByForm() throws Exception {
        Path file = dir.resolve("lexicon.csv");
        Files.writeString(file, "form,lemma,upos,feats,animacy,count\n"
                + "Hund,Hund,NOUN,Case=Nom|Gender=Masc,animate,3\n"
                + "hund,Hund,NOUN,Case=Acc|Gender=Masc,animate,3\n"
                + "die,der,DET,_,,7\n");
        Lexicon lexicon = Lexicon.read(file);
        assertEquals(2, lexicon.analyses("HUND").size());
        assertEquals(Map.of("Case", "Acc", "Gender", "Masc"), lexicon.analyses("hund").get(1).feats());
        assertEquals("animate", lexicon.analyses("hund").get(0).animacy());
        assertNull(lexicon.analyses("die").get(0).animacy());
        assertEquals(Map.of(), lexicon.analyses("die").get(0).feats());
        assertTrue(lexicon.contains("Die"));
        assertFalse(lexicon.contains("katze"));
        assertEquals(List.of(), lexicon.analyses("katze"));
        assertEquals(Set.of("hund", "die"), lexicon.forms());
        assertEquals(file, lexicon.file());
        assertEquals(file.toString(), lexicon.description());
        Lexicon built = Lexicon.built("the import's word list", List.of(lexicon.analyses("die").get(0)));
        assertNull(built.file());
        assertEquals("the import's word list", built.description());
    }

    @Test
    void aBadWordListRowIsAnErrorAtItsLine() throws Exception {
        for (String[] bad : new String[][] {{",x,NOUN,,,1", "column form: empty"},
            {"a,a,NOUN,,alive,1", "column animacy: 'alive'"}, {"a,a,NOUN,,,0", "column count: '0'"},
            {"a,a,NOUN,,,x", "column count: not a number, \"x\""}, {"a,a,NOUN,Case,,1", "column feats: 'Case'"},
            {"a,a,NOUN,Case=,,1", "column feats: 'Case='"}, {"a,a,NOUN,=Nom,,1", "column feats: '=Nom'"}}) {
            Path file = dir.resolve("bad.csv");
            Files.writeString(file, "form,lemma,upos,feats,animacy,count\n" + bad[0] + "\n");
            InputException e = assertThrows(InputException.class, () -> Lexicon.read(file), bad[0]);
            assertTrue(e.getMessage().contains("bad.csv:2: " + bad[1]), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class,
                () -> new Lexicon.Analysis("a", "a", "NOUN", Map.of(), null, 0));
        assertEquals(Map.of("Case", "Nom", "Number", "Sing"), Lexicon.feats("Case=Nom|Number=Sing"));
        assertEquals(Map.of(), Lexicon.feats("_"));
        assertEquals(Map.of(), Lexicon.feats(""));
    }
}
