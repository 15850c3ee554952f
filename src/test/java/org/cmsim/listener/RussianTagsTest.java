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

class RussianTagsTest {

    private static List<FormAnalysis> ru(String form) {
        return Lookups.analyses(Language.RU, form);
    }

    @Test
    void matIsAnAnimateFeminineSingularNounInTheNominativeOrAccusative() {
        List<FormAnalysis> mat = ru("мать");
        assertEquals(Set.of("Nom", "Acc"), values(mat, "NOUN", "Case"));
        assertEquals(Set.of("Anim"), values(mat, "NOUN", "Animacy"));
        assertEquals(Set.of("Fem"), values(mat, "NOUN", "Gender"));
        assertEquals(Set.of("Sing"), values(mat, "NOUN", "Number"));
    }

    @Test
    void devochkuIsOnlyAccusativeAndMalchikOnlyNominative() {
        assertEquals(List.of(new FormAnalysis("девочка", "NOUN", Map.of("Animacy", "Anim", "Gender", "Fem",
                "Number", "Sing", "Case", "Acc"))), ru("девочку"));
        assertEquals(Set.of("Nom"), values(ru("мальчик"), "NOUN", "Case"));
    }

    @Test
    void theCaseLettersAreTheDictionarysOwn() {
        assertEquals(Set.of("Gen", "Acc"), values(ru("мальчика"), "NOUN", "Case"));
        assertEquals(Set.of("Dat"), values(ru("мальчику"), "NOUN", "Case"));
        assertEquals(Set.of("Ins"), values(ru("мальчиком"), "NOUN", "Case"));
        assertEquals(Set.of("Loc"), values(ru("мальчике"), "NOUN", "Case"));
        assertTrue(values(ru("чаю"), "NOUN", "Case").contains("Par"), "second genitive");
    }

    @Test
    void lyubitIsAFiniteThirdPersonSingularVerb() {
        assertEquals(List.of(new FormAnalysis("любить", "VERB", Map.of("VerbForm", "Fin", "Mood", "Ind",
                "Tense", "Pres", "Number", "Sing", "Person", "3", "Aspect", "Imp", "Subcat", "Tran"))), ru("любит"));
    }

    @Test
    void onIsANominativeThirdPersonMasculinePronoun() {
        List<FormAnalysis> on = ru("он");
        assertEquals(Set.of("Nom"), values(on, "PRON", "Case"));
        assertEquals(Set.of("3"), values(on, "PRON", "Person"));
        assertTrue(allows(on, "PRON", "Gender=Masc"));
    }

    @Test
    void eitherValueLeavesTheFeatureOut() {
        FormAnalysis both = RussianTags.analyses("сирота", "NN:Inanimanim:Fem:Sin:Nom").get(0);
        assertEquals(null, both.feature("Animacy"));
        FormAnalysis biaspectual = RussianTags.analyses("женить", "VB:INF:TRANS:2PFV").get(0);
        assertEquals(Map.of("VerbForm", "Inf", "Subcat", "Tran"), biaspectual.feats());
    }

    @Test
    void capitalisedFormsAreFoundLowerCased() {
        assertEquals(ru("мать"), ru("Мать"));
    }
}
