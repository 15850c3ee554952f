package org.cmsim.listener;

import static org.cmsim.listener.Lookups.allows;
import static org.cmsim.listener.Lookups.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cmsim.model.Language;
import org.junit.jupiter.api.Test;

class EnglishTagsTest {

    private static List<FormAnalysis> en(String form) {
        return Lookups.analyses(Language.EN, form);
    }

    @Test
    void himIsOnlyAnAccusativeObjectForm() {
        assertEquals(List.of(new FormAnalysis("he", "PRON", Map.of("Case", "Acc", "PronRole", "Obj",
                "Person", "3", "Number", "Sing", "Gender", "Masc", "PronType", "Prs"))), en("him"));
    }

    @Test
    void sheIsOnlyANominativeSubjectForm() {
        assertEquals(List.of(new FormAnalysis("she", "PRON", Map.of("Case", "Nom", "PronRole", "Subj",
                "Person", "3", "Number", "Sing", "Gender", "Fem", "PronType", "Prs"))), en("she"));
    }

    @Test
    void herIsAnObjectFormOrAPossessive() {
        List<FormAnalysis> her = en("her");
        assertEquals(Set.of("Acc", "_"), values(her, "PRON", "Case"));
        assertTrue(allows(her, "PRON", "Poss=Yes", "Person=3"));
    }

    @Test
    void dogsIsAPluralNounOrAThirdPersonSingularVerb() {
        List<FormAnalysis> dogs = en("dogs");
        assertTrue(allows(dogs, "NOUN", "Number=Plur"));
        assertTrue(allows(dogs, "VERB", "VerbForm=Fin", "Person=3", "Number=Sing", "Tense=Pres"));
        assertEquals(2, dogs.size(), dogs.toString());
    }

    @Test
    void kickedIsAFinitePastOrAParticiple() {
        assertEquals(List.of(new FormAnalysis("kick", "VERB", Map.of("VerbForm", "Fin", "Mood", "Ind",
                "Tense", "Past")), new FormAnalysis("kick", "VERB", Map.of("VerbForm", "Part", "Tense", "Past"))),
                en("kicked"));
    }

    @Test
    void wasIsAFinitePastSingularByItsFormThoughPennLeavesItsNumberOpen() {
        List<FormAnalysis> was = en("was");
        assertTrue(allows(was, "AUX", "VerbForm=Fin", "Tense=Past"));
        assertTrue(allows(was, "VERB", "VerbForm=Fin", "Tense=Past"));
        // VBD serves was and were alike; the form "was" is singular, 1st or 3rd person; "were" stays open
        assertEquals(Set.of("Sing"), values(was, "AUX", "Number"));
        assertEquals(Set.of("1", "3"), values(was, "AUX", "Person"));
        assertEquals(Set.of("_"), values(en("were"), "AUX", "Number"));
        assertEquals(Set.of("1"), values(en("am"), "AUX", "Person"));
    }

    @Test
    void byIsAPrepositionAmongOthers() {
        assertTrue(allows(en("by"), "ADP"));
    }

    @Test
    void articlesAreTold() {
        assertTrue(allows(en("the"), "DET", "PronType=Art", "Definite=Def"));
        assertTrue(allows(en("a"), "DET", "PronType=Art", "Definite=Ind"));
    }

    @Test
    void nounsWithACountabilityMarkAreSingular() {
        assertEquals(List.of(new FormAnalysis("pencil", "NOUN", Map.of("Number", "Sing"))),
                EnglishTags.analyses("pencil", "NN:UN"));
    }

    @Test
    void aBarePronounTagIsReadOnlyWhereNoRefinedTagExists() {
        assertTrue(EnglishTags.analyses("he", "PRP").isEmpty());
        assertEquals(List.of(new FormAnalysis("someone", "PRON", Map.of("PronType", "Prs"))),
                EnglishTags.analyses("someone", "PRP"));
    }

    @Test
    void aSentenceInitialCapitalIsLowerCased() {
        assertEquals(en("dogs"), en("Dogs"));
    }
}
