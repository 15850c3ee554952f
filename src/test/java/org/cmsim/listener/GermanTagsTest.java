package org.cmsim.listener;

import static org.cmsim.listener.Lookups.allows;
import static org.cmsim.listener.Lookups.having;
import static org.cmsim.listener.Lookups.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cmsim.model.Language;
import org.junit.jupiter.api.Test;

class GermanTagsTest {

    private static List<FormAnalysis> de(String form) {
        return Lookups.analyses(Language.DE, form);
    }

    @Test
    void katzeIsAFeminineSingularNounInAnyCase() {
        List<FormAnalysis> katze = de("Katze");
        assertEquals(4, katze.size(), katze.toString());
        assertEquals(Set.of("Nom", "Acc", "Dat", "Gen"), values(katze, "NOUN", "Case"));
        assertEquals(Set.of("Sing"), values(katze, "NOUN", "Number"));
        assertEquals(Set.of("Fem"), values(katze, "NOUN", "Gender"));
    }

    @Test
    void dieAsADeterminerIsNominativeOrAccusativeFeminineSingularOrPlural() {
        List<FormAnalysis> die = having(de("die"), "DET");
        assertEquals(Set.of("Nom", "Acc"), values(die, "DET", "Case"));
        assertTrue(allows(die, "DET", "Number=Sing", "Gender=Fem", "Definite=Def", "PronType=Art"));
        assertFalse(allows(die, "DET", "Number=Sing", "Gender=Masc"));
        assertTrue(allows(die, "DET", "Number=Plur"));
    }

    @Test
    void denAsADeterminerIsAccusativeMasculineSingularOrDativePlural() {
        List<FormAnalysis> den = having(de("den"), "DET");
        for (FormAnalysis analysis : den) {
            boolean accusativeMasculine = analysis.has("Case", "Acc") && analysis.has("Number", "Sing")
                    && analysis.has("Gender", "Masc");
            boolean dativePlural = analysis.has("Case", "Dat") && analysis.has("Number", "Plur");
            assertTrue(accusativeMasculine || dativePlural, analysis.toString());
        }
        assertTrue(allows(den, "DET", "Case=Acc", "Number=Sing", "Gender=Masc"));
        assertTrue(allows(den, "DET", "Case=Dat", "Number=Plur"));
    }

    @Test
    void derAsADeterminerIsNominativeMasculineOrDativeGenitiveFeminineOrGenitivePlural() {
        List<FormAnalysis> der = having(de("der"), "DET");
        assertTrue(allows(der, "DET", "Case=Nom", "Number=Sing", "Gender=Masc"));
        assertTrue(allows(der, "DET", "Case=Dat", "Number=Sing", "Gender=Fem"));
        assertTrue(allows(der, "DET", "Case=Gen", "Number=Sing", "Gender=Fem"));
        assertTrue(allows(der, "DET", "Case=Gen", "Number=Plur"));
        assertFalse(allows(der, "DET", "Case=Acc"));
        assertFalse(allows(der, "DET", "Case=Nom", "Gender=Fem"));
    }

    @Test
    void hundIsAMasculineSingularNounButNotGenitive() {
        List<FormAnalysis> hund = de("Hund");
        assertEquals(Set.of("Nom", "Acc", "Dat"), values(hund, "NOUN", "Case"));
        assertEquals(Set.of("Masc"), values(hund, "NOUN", "Gender"));
        assertEquals(Set.of("Sing"), values(hund, "NOUN", "Number"));
    }

    @Test
    void verbsAreFiniteWithPersonAndNumberOrInfinitive() {
        assertEquals(List.of(new FormAnalysis("sehen", "VERB", Map.of("VerbForm", "Fin", "Mood", "Ind",
                "Tense", "Pres", "Person", "3", "Number", "Sing"))), de("sieht"));
        List<FormAnalysis> lieben = de("lieben");
        assertEquals(Set.of("1", "3"), values(having(lieben, "VERB", "VerbForm=Fin"), "VERB", "Person"));
        assertEquals(Set.of("Plur"), values(having(lieben, "VERB", "VerbForm=Fin"), "VERB", "Number"));
        assertTrue(allows(lieben, "VERB", "VerbForm=Inf"));
        assertTrue(allows(lieben, "VERB", "VerbForm=Fin", "Mood=Sub"), "subjunctive I lieben");
    }

    @Test
    void hatIsAnAuxiliaryAndAVerb() {
        List<FormAnalysis> hat = de("hat");
        assertTrue(allows(hat, "AUX", "VerbForm=Fin", "Person=3", "Number=Sing", "Tense=Pres"));
        assertTrue(allows(hat, "VERB", "VerbForm=Fin", "Person=3", "Number=Sing"));
    }

    @Test
    void personalPronounsTellCaseAndGenderedOnesThirdPerson() {
        assertEquals(List.of(new FormAnalysis("ich", "PRON", Map.of("Case", "Nom", "Number", "Sing",
                "Gender", "Masc", "Person", "3", "PronType", "Prs"))), de("er"));
        assertEquals(Set.of("Nom", "Acc"), values(de("sie"), "PRON", "Case"));
        assertTrue(allows(de("sie"), "PRON", "Case=Nom", "Number=Sing", "Gender=Fem", "Person=3"));
        assertEquals(Set.of("Dat"), values(de("ihm"), "PRON", "Case"));
    }

    @Test
    void aPrepositionGivesOneAnalysisPerGovernedCase() {
        assertEquals(List.of(new FormAnalysis("auf", "ADP", Map.of("Case", "Dat")),
                new FormAnalysis("auf", "ADP", Map.of("Case", "Acc"))),
                GermanTags.analyses("auf", "PRP:LOK+MOD+CAU+TMP:DAT+AKK"));
    }

    @Test
    void allGenderLeavesGenderOpenAndStandAloneOrAttributivePronounsGiveBoth() {
        assertEquals(List.of(new FormAnalysis("der", "PRON", Map.of("Case", "Nom", "Number", "Plur",
                "PronType", "Dem"))), GermanTags.analyses("der", "PRO:DEM:NOM:PLU:ALG"));
        List<FormAnalysis> diese = GermanTags.analyses("dies", "PRO:DEM:NOM:SIN:FEM:B/S");
        assertEquals(Set.of("DET", "PRON"), Set.copyOf(diese.stream().map(FormAnalysis::upos).toList()));
    }

    @Test
    void aTrailingCommentIsNotPartOfTheTag() {
        assertEquals(GermanTags.analyses("preisen", "VER:1:SIN:PRÄ:NON"),
                GermanTags.analyses("preisen", "VER:1:SIN:PRÄ:NON -- sonst Fehlalarm"));
    }

    @Test
    void lowerCasedNounsAreFoundCapitalised() {
        assertEquals(de("Katze"), de("katze"));
        assertEquals(de("Katze"), de("KATZE"));
    }

    @Test
    void anUnknownTagGivesNothing() {
        assertTrue(GermanTags.analyses("x", "XYZ:ABC").isEmpty());
    }
}
