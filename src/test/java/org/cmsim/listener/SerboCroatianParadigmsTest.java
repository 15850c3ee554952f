package org.cmsim.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The cases a Serbian or Croatian form always has, added to the ones a treebank happened to show. */
class SerboCroatianParadigmsTest {

    /** The (case, number) pairs of a form after the rules, from one analysis the treebank showed. */
    static Set<String> cases(String form, String upos, String feats) {
        return SerboCroatianParadigms.expand(form, upos, List.of(Lexicon.feats(feats))).stream()
                .map(a -> a.get("Case") + " " + a.get("Number")).collect(Collectors.toSet());
    }

    @Test
    void nominativeAndAccusativeAreOneFormWhereTheParadigmsShareThem() {
        assertEquals(Set.of("Acc Sing", "Nom Sing"), cases("zlato", "NOUN", "Case=Acc|Gender=Neut|Number=Sing"));
        assertEquals(Set.of("Nom Plur", "Acc Plur"), cases("sela", "NOUN", "Case=Nom|Gender=Neut|Number=Plur"));
        assertEquals(Set.of("Nom Sing", "Acc Sing"),
                cases("grad", "NOUN", "Animacy=Inan|Case=Nom|Gender=Masc|Number=Sing"));
        assertEquals(Set.of("Nom Sing", "Acc Sing"), cases("novi", "ADJ", "Case=Nom|Gender=Masc|Number=Sing"));
        assertEquals(Set.of("Nom Sing", "Acc Sing"), cases("zabrinutost", "NOUN", "Case=Acc|Gender=Fem|Number=Sing"));
    }

    @Test
    void notWhereTheyDiffer() {
        // an animate masculine: the accusative is the genitive (dečaka), not the nominative
        assertEquals(Set.of("Nom Sing"), cases("dečak", "NOUN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing"));
        // a masculine plural: nominative -i, accusative -e
        assertEquals(Set.of("Nom Plur"), cases("gradovi", "NOUN", "Animacy=Inan|Case=Nom|Gender=Masc|Number=Plur"));
        // an a-stem's accusative in -u, and its nominative in -a
        assertEquals(Set.of("Acc Sing"), cases("ulogu", "NOUN", "Case=Acc|Gender=Fem|Number=Sing"));
        assertEquals(Set.of("Acc Sing"), cases("glavnu", "ADJ", "Case=Acc|Gender=Fem|Number=Sing"));
        assertEquals(Set.of("Nom Sing"), cases("uloga", "NOUN", "Case=Nom|Gender=Fem|Number=Sing"));
        // no rule for verbs, or for analyses without gender, number or case
        assertEquals(Set.of("null Sing"), cases("vidi", "VERB", "Number=Sing|Person=3"));
        assertEquals(Set.of("Nom null"), cases("to", "NOUN", "Case=Nom|Gender=Neut"));
    }

    @Test
    void theAStemGenitiveSingularIsTheNominativeAndAccusativePlural() {
        assertEquals(Set.of("Gen Sing", "Nom Plur", "Acc Plur"), cases("hiljade", "NOUN", "Case=Gen|Gender=Fem|Number=Sing"));
        assertEquals(Set.of("Nom Plur", "Acc Plur", "Gen Sing"), cases("izjave", "NOUN", "Case=Nom|Gender=Fem|Number=Plur"));
        // an i-stem plural in -i is no a-stem genitive
        assertFalse(cases("stvari", "NOUN", "Case=Nom|Gender=Fem|Number=Plur").contains("Gen Sing"));
    }

    @Test
    void onlySerbianAndCroatianAndEachAnalysisOnce() {
        assertTrue(SerboCroatianParadigms.covers("sr"));
        assertTrue(SerboCroatianParadigms.covers("hr"));
        assertFalse(SerboCroatianParadigms.covers("ru"));
        List<Map<String, String>> twice = SerboCroatianParadigms.expand("sela", "NOUN",
                List.of(Lexicon.feats("Case=Nom|Gender=Neut|Number=Plur"), Lexicon.feats("Case=Acc|Gender=Neut|Number=Plur")));
        assertEquals(2, twice.size());
    }
}
