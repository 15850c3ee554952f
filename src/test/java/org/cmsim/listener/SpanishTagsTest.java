package org.cmsim.listener;

import static org.cmsim.listener.Lookups.allows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cmsim.model.Language;
import org.junit.jupiter.api.Test;

class SpanishTagsTest {

    private static List<FormAnalysis> es(String form) {
        return Lookups.analyses(Language.ES, form);
    }

    @Test
    void perroIsAMasculineSingularNoun() {
        assertTrue(es("perro").contains(new FormAnalysis("perro", "NOUN", Map.of("Gender", "Masc",
                "Number", "Sing"))));
    }

    @Test
    void laIsAFeminineSingularArticleOrAccusativeClitic() {
        List<FormAnalysis> la = es("la");
        assertTrue(la.contains(new FormAnalysis("el", "DET", Map.of("PronType", "Art", "Definite", "Def",
                "Gender", "Fem", "Number", "Sing"))), la.toString());
        assertTrue(la.contains(new FormAnalysis("lo", "PRON", Map.of("PronType", "Prs", "Person", "3",
                "Gender", "Fem", "Number", "Sing", "Case", "Acc", "Clitic", "Yes"))), la.toString());
    }

    @Test
    void aIsAPreposition() {
        assertTrue(allows(es("a"), "ADP"));
    }

    @Test
    void leIsADativeClitic() {
        assertEquals(List.of(new FormAnalysis("le", "PRON", Map.of("PronType", "Prs", "Person", "3",
                "Number", "Sing", "Case", "Dat", "Clitic", "Yes"))), es("le"));
    }

    @Test
    void verbsReadMoodTensePersonNumber() {
        assertTrue(allows(es("come"), "VERB", "VerbForm=Fin", "Mood=Ind", "Tense=Pres", "Person=3", "Number=Sing"));
        assertTrue(allows(es("ha"), "AUX", "VerbForm=Fin", "Person=3", "Number=Sing"));
        assertEquals(List.of(new FormAnalysis("comer", "VERB", Map.of("VerbForm", "Fin", "Mood", "Cnd",
                "Person", "1", "Number", "Sing"))), SpanishTags.analyses("comer", "VMIC1S0"));
        assertEquals(List.of(new FormAnalysis("comer", "VERB", Map.of("VerbForm", "Part", "Tense", "Past",
                "Number", "Sing", "Gender", "Masc"))), SpanishTags.analyses("comer", "VMP00SM"));
    }
}
