package org.cmsim.listener;

import static org.cmsim.listener.Lookups.allows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cmsim.model.Language;
import org.junit.jupiter.api.Test;

class DutchTagsTest {

    private static List<FormAnalysis> nl(String form) {
        return Lookups.analyses(Language.NL, form);
    }

    @Test
    void hijIsOnlyAThirdPersonSingularSubjectForm() {
        assertEquals(List.of(new FormAnalysis("hij", "PRON", Map.of("PronType", "Prs", "Person", "3",
                "Number", "Sing", "Case", "Nom", "PronRole", "Subj"))), nl("hij"));
        assertTrue(allows(nl("hem"), "PRON", "Case=Acc", "PronRole=Obj", "Person=3", "Number=Sing"));
    }

    @Test
    void hondIsASingularCommonGenderNoun() {
        assertEquals(List.of(new FormAnalysis("hond", "NOUN", Map.of("Number", "Sing", "Gender", "Com"))),
                nl("hond"));
        assertEquals(List.of(new FormAnalysis("hond", "NOUN", Map.of("Number", "Plur"))), nl("honden"));
    }

    @Test
    void deAndHetAreDefiniteArticles() {
        assertTrue(allows(nl("de"), "DET", "PronType=Art", "Definite=Def", "Gender=Com"));
        assertTrue(allows(nl("het"), "DET", "PronType=Art", "Definite=Def", "Gender=Neut"));
    }

    @Test
    void verbsReadTensePersonAndNumber() {
        // the dictionary's 3EP slot, stem + t, serves the 2nd person too (jij ziet, hij ziet)
        assertEquals(List.of(new FormAnalysis("zien", "VERB", Map.of("VerbForm", "Fin", "Tense", "Pres",
                "Person", "2", "Number", "Sing")), new FormAnalysis("zien", "VERB", Map.of("VerbForm", "Fin", "Tense",
                "Pres", "Person", "3", "Number", "Sing"))), nl("ziet"));
        // the 1EP slot, the stem, is 1st person, and 2nd before its subject (zie je); a past singular any person
        assertTrue(allows(nl("zie"), "VERB", "Person=2", "Number=Sing"));
        assertTrue(allows(nl("nam"), "VERB", "Person=3", "Number=Sing", "Tense=Past"));
        assertTrue(allows(nl("zien"), "VERB", "VerbForm=Fin", "Number=Plur"));
        assertTrue(allows(nl("zien"), "VERB", "VerbForm=Inf"));
        assertTrue(allows(nl("heeft"), "AUX", "Person=3", "Number=Sing"));
        assertEquals(List.of(new FormAnalysis("leven", "VERB", Map.of("VerbForm", "Fin", "Mood", "Sub"))),
                DutchTags.analyses("leven", "WKW:AWS"));
    }
}
