package org.cmsim.listener;

import static org.cmsim.listener.Lookups.allows;
import static org.cmsim.listener.Lookups.having;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cmsim.model.Language;
import org.junit.jupiter.api.Test;

class FrenchTagsTest {

    private static List<FormAnalysis> fr(String form) {
        return Lookups.analyses(Language.FR, form);
    }

    @Test
    void nousIsAFirstPersonPluralSubjectOrObjectClitic() {
        List<FormAnalysis> nous = fr("nous");
        assertTrue(allows(nous, "PRON", "Person=1", "Number=Plur", "PronRole=Obj", "Clitic=Yes"));
        assertTrue(allows(nous, "PRON", "Person=1", "Number=Plur", "PronRole=Subj"));
        assertEquals(nous, having(nous, "PRON", "Person=1", "Number=Plur"));
    }

    @Test
    void leIsAMasculineSingularArticleOrObjectClitic() {
        assertEquals(List.of(
                new FormAnalysis("le", "DET", Map.of("Gender", "Masc", "Number", "Sing", "PronType", "Art",
                        "Definite", "Def")),
                new FormAnalysis("le", "PRON", Map.of("PronType", "Prs", "PronRole", "Obj", "Clitic", "Yes",
                        "Person", "3", "Gender", "Masc", "Number", "Sing"))), fr("le"));
    }

    @Test
    void mangeonsIsAFiniteFirstPersonPlural() {
        List<FormAnalysis> mangeons = fr("mangeons");
        assertTrue(allows(mangeons, "VERB", "VerbForm=Fin", "Mood=Ind", "Tense=Pres", "Person=1", "Number=Plur"));
        assertEquals(mangeons, having(mangeons, "VERB", "Person=1", "Number=Plur"));
    }

    @Test
    void stressedPronounsAreNoClitics() {
        assertFalse(allows(fr("moi"), "PRON", "Clitic=Yes"));
        assertFalse(allows(fr("eux"), "PRON", "Clitic=Yes"));
        assertTrue(allows(fr("il"), "PRON", "Clitic=Yes", "PronRole=Subj"));
    }

    @Test
    void epiceneGenderAndEitherNumberAreLeftOut() {
        assertEquals(List.of(new FormAnalysis("les", "PRON", Map.of("PronType", "Prs", "PronRole", "Obj",
                "Clitic", "Yes", "Person", "3", "Number", "Plur"))), FrenchTags.analyses("les", "R pers obj 3 e p"));
        assertEquals(List.of(new FormAnalysis("de", "DET", Map.of())), FrenchTags.analyses("de", "D e sp"));
    }

    @Test
    void avoirAndEtreAreAuxiliariesAndVerbs() {
        List<FormAnalysis> est = fr("est");
        assertTrue(allows(est, "AUX", "Person=3", "Number=Sing", "VerbForm=Fin"));
        assertTrue(allows(est, "VERB", "Person=3", "Number=Sing", "VerbForm=Fin"));
    }
}
