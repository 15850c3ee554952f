package org.cmsim.listener;

import static org.cmsim.listener.Lookups.allows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cmsim.model.Language;
import org.junit.jupiter.api.Test;

class ItalianTagsTest {

    private static List<FormAnalysis> it(String form) {
        return Lookups.analyses(Language.IT, form);
    }

    @Test
    void laIsAFeminineSingularArticleOrThirdPersonClitic() {
        assertEquals(List.of(
                new FormAnalysis("la", "PRON", Map.of("PronType", "Prs", "Clitic", "Yes", "Person", "3",
                        "Gender", "Fem", "Number", "Sing")),
                new FormAnalysis("la", "DET", Map.of("PronType", "Art", "Definite", "Def", "Gender", "Fem",
                        "Number", "Sing"))), it("la"));
    }

    @Test
    void essaIsAThirdPersonFeminineSingularPronoun() {
        assertEquals(List.of(new FormAnalysis("essa", "PRON", Map.of("PronType", "Prs", "Person", "3",
                "Gender", "Fem", "Number", "Sing"))), it("essa"));
    }

    @Test
    void caneIsAMasculineSingularNoun() {
        assertEquals(List.of(new FormAnalysis("cane", "NOUN", Map.of("Gender", "Masc", "Number", "Sing"))),
                it("cane"));
    }

    @Test
    void siIsAClitic() {
        assertTrue(allows(it("si"), "PRON", "Clitic=Yes"));
    }

    @Test
    void verbsReadMoodTensePersonAndNumberAndDropAttachedClitics() {
        assertTrue(allows(it("ha"), "AUX", "VerbForm=Fin", "Mood=Ind", "Tense=Pres", "Person=3", "Number=Sing"));
        assertEquals(List.of(new FormAnalysis("mangiare", "VERB", Map.of("VerbForm", "Part", "Tense", "Past",
                "Number", "Plur", "Gender", "Fem"))), ItalianTags.analyses("mangiare", "VER:part+past+p+f"));
        assertEquals(List.of(new FormAnalysis("mangiare", "VERB", Map.of("VerbForm", "Inf", "Tense", "Pres"))),
                ItalianTags.analyses("mangiare", "VER:inf+pres+lo"));
    }
}
