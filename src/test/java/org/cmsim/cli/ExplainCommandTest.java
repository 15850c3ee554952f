package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explain and playground on the command line: exit codes and messages (the shipped lexicons). */
class ExplainCommandTest {

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void anUnknownWordExits65NamingItAndHowToGiveItsFeatures() {
        Outcome o = run("explain", "the blicket kicks the cow", "--language", "english");
        assertEquals(Main.EXIT_DATA, o.code(), o.err());
        assertTrue(o.err().startsWith("cmsim: sentence word 2 'blicket': not in corpora/english/lexicon.csv"), o.err());
        assertTrue(o.err().contains("--feature n1.animacy=animate"), o.err());
        assertEquals("", o.out());
    }

    @Test
    void aSentenceThatIsNotOneClauseExits65SayingWhy() {
        Outcome o = run("explain", "der Hund und die Katze", "--language", "german");
        assertEquals(Main.EXIT_DATA, o.code(), o.err());
        assertTrue(o.err().contains("'und': it is outside a simple clause (CCONJ)"), o.err());
    }

    @Test
    void anUnknownLanguageExits65ListingTheLanguages() {
        Outcome o = run("explain", "the pencil kicks the cow", "--language", "klingon");
        assertEquals(Main.EXIT_DATA, o.code(), o.err());
        assertTrue(o.err().contains("no language 'klingon' (languages: english, german"), o.err());
    }

    /** A config without "language" has no tables to read a sentence with: exit 65 naming the config and the field. */
    @Test
    void aConfigWithoutALanguageCodeExits65NamingTheField() {
        Outcome o = run("explain", "the pencil kicks the cow", "--language", "illustrative");
        assertEquals(Main.EXIT_DATA, o.code(), o.err());
        assertTrue(o.err().startsWith("cmsim: configs/illustrative.json: language: the config of 'illustrative' has no"
                + " \"language\" field"), o.err());
    }

    /** A language is named by its config's name or its ISO 639-1 code: the same listener either way. */
    @Test
    void aLanguageCodeNamesTheSameLanguage() {
        Outcome byCode = run("explain", "den Hund sieht der Mann", "--language", "de", "--json");
        assertEquals(Main.EXIT_OK, byCode.code(), byCode.err());
        assertTrue(byCode.out().replaceAll("\\s", "").contains("\"language\":\"german\""), byCode.out());
    }

    @Test
    void aMissingLanguageIsAUsageError() {
        assertEquals(Main.EXIT_USAGE, run("explain", "the pencil kicks the cow").code());
    }

    @Test
    void playgroundOfADirectoryThatIsNoRunExits65(@TempDir Path dir) {
        Outcome o = run("playground", "--run", dir.toString(), "--out", dir.resolve("p.html").toString());
        assertEquals(Main.EXIT_DATA, o.code(), o.err());
        assertTrue(o.err().contains("manifest.json: no such file"), o.err());
    }

    /**
     * The shipped German word list has "Hund" only as nominative and dative (the forms the treebanks
     * happened to tag): the article decides its case, as in the classic case-marking sentences.
     */
    @Test
    void germanArticlesDecideTheCaseOfANounSeenWithoutIt() {
        Outcome svo = run("explain", "der Mann hat den Hund gesehen", "--language", "german", "--json");
        assertEquals(Main.EXIT_OK, svo.code(), svo.err());
        assertTrue(svo.out().replaceAll("\\s", "").contains("\"case\":\"acc\""), svo.out());
        assertTrue(svo.out().replaceAll("\\s", "").contains("\"cues\":{\"animacy\":0,\"case\":1,"), svo.out());
        Outcome ovs = run("explain", "den Hund sieht der Mann", "--language", "german", "--json");
        assertEquals(Main.EXIT_OK, ovs.code(), ovs.err());
        assertTrue(ovs.out().replaceAll("\\s", "").contains("\"cues\":{\"animacy\":0,\"case\":-1,"), ovs.out());
    }

    /**
     * Japanese typed without spaces, as it is written, on the shipped word list: cut into its forms
     * (読んだ is 読ん + だ), が nominative and を accusative, the case cue pointing away from the を noun.
     */
    @Test
    void japaneseIsCutIntoWordsAndItsParticlesGiveCase() {
        Outcome sov = run("explain", "先生が本を読んだ", "--language", "japanese", "--json");
        assertEquals(Main.EXIT_OK, sov.code(), sov.err());
        String json = sov.out().replaceAll("\\s", "");
        assertTrue(json.contains("\"order\":\"NNV\""), json);
        assertTrue(json.contains("\"n1\":{\"word\":\"先生\",\"case\":\"nom\""), json);
        assertTrue(json.contains("\"n2\":{\"word\":\"本\",\"case\":\"acc\""), json);
        assertTrue(json.contains("\"cues\":{\"case\":1}"), json);
        assertTrue(json.contains("\"featureSources\":{\"n1\":{\"case\":\"theparticle'が'afterit\""), json);
        Outcome osv = run("explain", "本を先生が読んだ", "--language", "japanese", "--json");
        assertEquals(Main.EXIT_OK, osv.code(), osv.err());
        assertTrue(osv.out().replaceAll("\\s", "").contains("\"cues\":{\"case\":-1}"), osv.out());
        Outcome topic = run("explain", "先生は本を読んだ", "--language", "japanese", "--json");
        assertEquals(Main.EXIT_OK, topic.code(), topic.err());
        assertTrue(topic.out().replaceAll("\\s", "").contains("\"cues\":{\"case\":0}"), topic.out());
    }

    /** Spanish "a" (and "al", a + el) on the shipped word list marks the object: a-marking points away from it. */
    @Test
    void spanishAMarksTheObjectOnTheShippedWordList() {
        Outcome marked = run("explain", "el perro ve al niño", "--language", "spanish", "--json");
        assertEquals(Main.EXIT_OK, marked.code(), marked.err());
        String json = marked.out().replaceAll("\\s", "");
        assertTrue(json.contains("\"a-marking\":1"), json);
        assertTrue(json.contains("\"marker\":\"a\""), json);
        Outcome fronted = run("explain", "a la mujer ve el hombre", "--language", "spanish", "--json");
        assertEquals(Main.EXIT_OK, fronted.code(), fronted.err());
        assertTrue(fronted.out().replaceAll("\\s", "").contains("\"a-marking\":-1"), fronted.out());
    }
}
