package org.cmsim.conllu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every extraction rule on the hand-written fixtures in src/test/resources/conllu (see its README).
 * Rows are compared whole: order, n1 animacy/case/gender/number/person, v number/person, n2 ...,
 * agent, count.
 */
class TreebankImportTest {

    static final Path FIXTURES = Path.of("src/test/resources/conllu");

    static TreebankImport.Result importing(String file, String language) throws Exception {
        return TreebankImport.run(List.of(FIXTURES.resolve(file)), AnimacySources.forLanguage(language, null),
                ImportSettings.defaults(language));
    }

    static Map<String, Long> rows(TreebankImport.Result result) {
        Map<String, Long> rows = new LinkedHashMap<>();
        result.patterns().forEach(e -> rows.put(e.getKey().cells(), e.getValue()));
        return rows;
    }

    @Test
    void englishClausesFollowEveryRule() throws Exception {
        TreebankImport.Result result = importing("english.conllu", "en");
        Map<String, Long> rows = rows(result);
        assertEquals(Map.of(
                // active NVN; WordNet: dog animate, ball inanimate; NOUN without Person is person 3
                "NVN,animate,-,-,sg,3,none,-,sg,3,inanimate,-,-,sg,3,none,-,n1", 1L,
                // the verb is a participle: the finite auxiliary's number and person; pronoun table: she animate, it inanimate
                "NVN,animate,nom,f,sg,3,none,-,sg,3,inanimate,acc,n,sg,3,none,-,n1", 1L,
                // both arguments after the verb; a first-person PRON is animate; multiword token and empty node skipped;
                // VerbForm=Fin without Number or Person: verb features unknown
                "VNN,animate,nom,-,sg,1,none,-,-,-,animate,-,-,pl,3,none,-,n1", 1L,
                // both before the verb; subtypes nsubj:outer and obj:lvc count; the agent is the second noun
                "NNV,inanimate,-,-,sg,3,none,-,-,-,animate,-,-,pl,3,none,-,n2", 1L), rows);
        assertEquals(7, result.sentences());
        assertEquals(10, result.verbs());
        assertEquals(4, result.clauses());
        Map<SkipReason, Long> skipped = TreebankImport.allReasons(result.skipped());
        for (SkipReason reason : SkipReason.values()) {
            // the two clause-rule-2 reasons have fixtures of their own (ClauseRulesTest)
            boolean rule2 = reason == SkipReason.REFLEXIVE_OBJECT || reason == SkipReason.EXPLETIVE_SUBJECT;
            assertEquals(rule2 ? 0L : 1L, skipped.get(reason), reason.name());
        }
    }

    @Test
    void germanCaseComesFromDeterminersWhenTheNounHasNone() throws Exception {
        Map<String, Long> rows = rows(importing("german.conllu", "de"));
        assertEquals(Map.of(
                // Hund has no Case: its determiner's (Acc), and no Animacy: the dictionary's "dog" outweighs its
                // "mine car" (AnimacySamplesTest); Mann: Animacy=Hum -> animate, Case from der (Nom)
                "NVN,animate,acc,m,sg,3,none,-,sg,3,animate,nom,m,sg,3,none,-,n2", 1L,
                // Katze's own Nom beats its determiner's Acc; Nhum -> animate; Haus: Inan, Case=Acc,Nom ambiguous on
                // the noun and its determiner -> unknown
                "NVN,animate,nom,f,sg,3,none,-,sg,3,inanimate,-,n,sg,3,none,-,n1", 1L,
                // pronoun table: er is animate; Wasser through the dictionary ("water") is inanimate
                "NVN,animate,nom,m,sg,3,none,-,sg,3,inanimate,-,n,sg,3,none,-,n1", 1L), rows);
    }

    @Test
    void animacyIsCountedBySource() throws Exception {
        TreebankImport.Result result = importing("english.conllu", "en");
        // 8 argument nouns: I (annotation), she and it (pronoun table), dog, ball, teachers, cake, children (WordNet)
        assertEquals(1L, result.animacy().get(AnimacySources.ANNOTATION));
        assertEquals(2L, result.animacy().get(AnimacySources.PRONOUNS));
        assertEquals(5L, result.animacy().get(AnimacySources.WORDNET));
        assertEquals(0L, result.animacy().get(AnimacySources.UNKNOWN));
    }

    @Test
    void lexiconOverridesWordNet(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path lexicon = dir.resolve("lexicon.csv");
        java.nio.file.Files.writeString(lexicon, "lemma,animacy\ndog,inanimate\n");
        TreebankImport.Result result = TreebankImport.run(List.of(FIXTURES.resolve("english.conllu")),
                AnimacySources.forLanguage("en", lexicon), ImportSettings.defaults("en"));
        assertEquals(1L, rows(result).get("NVN,inanimate,-,-,sg,3,none,-,sg,3,inanimate,-,-,sg,3,none,-,n1"));
        assertEquals(1L, result.animacy().get(AnimacySources.LEXICON));
    }

    @Test
    void wordNetFollowsTheFirstSenseToPersonOrAnimal() {
        WordNetAnimacy wordNet = WordNetAnimacy.load();
        assertEquals("animate", wordNet.animacy("teacher"));
        assertEquals("animate", wordNet.animacy("dog"));
        assertEquals("inanimate", wordNet.animacy("ball"));
        assertEquals("inanimate", wordNet.animacy("government"));
        assertEquals(null, wordNet.animacy("qwzxv"));
    }
}
