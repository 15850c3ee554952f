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
                // active NVN; WordNet: dog animate, ball inanimate; a NOUN is person 3; "kicks" is 3rd singular
                "NVN,animate,-,-,sg,3,none,-,sg,3,active,inanimate,-,-,sg,3,none,-,n1", 1L,
                // the verb is a participle: the finite auxiliary's number and person; she is animate by her form, it
                // inanimate; "it" is nominative or accusative by its form
                "NVN,animate,nom,f,sg,3,none,-,sg,3,active,inanimate,nom|acc,n,sg,3,none,-,n1", 1L,
                // both arguments after the verb; a first-person pronoun is animate; a multiword token and an empty
                // node skipped; a past tense marks no number or person
                "VNN,animate,nom,-,sg,1,none,-,-,-,active,animate,-,-,pl,3,none,-,n1", 1L,
                // both before the verb; subtypes nsubj:outer and obj:lvc count; the agent is the second noun
                "NNV,inanimate,-,-,sg,3,none,-,-,-,active,animate,-,-,pl,3,none,-,n2", 1L,
                // a passive with its agent phrase: "was" singular, 1st or 3rd person; by marks the agent, n2
                "NVN,inanimate,-,-,sg,3,none,-,sg,1|3,passive,animate,-,-,sg,3,by,-,n2", 1L), rows);
        assertEquals(7, result.sentences());
        assertEquals(10, result.verbs());
        assertEquals(5, result.clauses());
        assertEquals(1, result.passives());
        Map<SkipReason, Long> skipped = TreebankImport.allReasons(result.skipped());
        for (SkipReason reason : SkipReason.values()) {
            // the passive has its agent, so it is a clause; the rule-2 reasons have fixtures of their own
            // (ClauseRulesTest)
            boolean one = reason == SkipReason.NO_SUBJECT || reason == SkipReason.SEVERAL_SUBJECTS
                    || reason == SkipReason.NO_OBJECT || reason == SkipReason.SEVERAL_OBJECTS
                    || reason == SkipReason.ARGUMENT_NOT_NOMINAL;
            assertEquals(one ? 1L : 0L, skipped.get(reason), reason.name());
        }
    }

    @Test
    void germanCaseComesFromTheFormsOfTheWholePhrase() throws Exception {
        Map<String, Long> rows = rows(importing("german.conllu", "de"));
        assertEquals(Map.of(
                // "Den Hund beißt der Mann": den Hund accusative, der Mann nominative, whatever the annotation says;
                // beißt is 3rd singular, or 2nd plural (ihr beißt)
                "NVN,animate,acc,m,sg,3,none,-,sg|pl,2|3,active,animate,nom,m,sg,3,none,-,n2", 1L,
                // "Die Katze sieht das Haus": both nominative or accusative by their forms (the annotation's Nom on
                // Katze is the annotator's reading, not the listener's)
                "NVN,animate,nom|acc,f,sg,3,none,-,sg,3,active,inanimate,nom|acc,n,sg,3,none,-,n1", 1L,
                // "Er trinkt Wasser": er's animacy unknown by its form (it may be "der Tisch"); Wasser any case
                "NVN,-,nom,m,sg,3,none,-,sg|pl,2|3,active,inanimate,nom|acc|dat|gen,n,sg|pl,3,none,-,n1", 1L), rows);
    }

    @Test
    void animacyIsCountedByValue() throws Exception {
        TreebankImport.Result result = importing("english.conllu", "en");
        // 10 argument nouns: I, she, dog, teachers, children, and the passive's agent animate; it, ball, cake and the
        // passive's subject inanimate
        assertEquals(6L, result.animacy().get("animate"));
        assertEquals(4L, result.animacy().get("inanimate"));
        assertEquals(null, result.animacy().get("unknown"));
    }

    @Test
    void lexiconOverridesWordNet(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path lexicon = dir.resolve("lexicon.csv");
        java.nio.file.Files.writeString(lexicon, "lemma,animacy\ndog,inanimate\n");
        TreebankImport.Result result = TreebankImport.run(List.of(FIXTURES.resolve("english.conllu")),
                AnimacySources.forLanguage("en", lexicon), ImportSettings.defaults("en"));
        assertEquals(1L, rows(result).get("NVN,inanimate,-,-,sg,3,none,-,sg,3,active,inanimate,-,-,sg,3,none,-,n1"));
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
