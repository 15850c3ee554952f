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
}
