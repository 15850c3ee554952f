package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportCommandTest {

    static final String FIXTURES = "src/test/resources/conllu/";

    @TempDir
    Path dir;

    @Test
    void writesAggregatedPatternsAndReportsWhatItRead() throws Exception {
        Path out = dir.resolve("corpus.csv");
        Cli.Result result = Cli.run("import-conllu", FIXTURES + "english.conllu", "--lang", "en", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("order,n1.animacy,n1.case,n1.gender,n1.number,n1.person,n1.marker,n1.clitic,v.number,v.person,"
                + "v.voice,n2.animacy,n2.case,n2.gender,n2.number,n2.person,n2.marker,n2.clitic,agent,count,source,genre",
                lines.get(0), "the header is the first line: no comment lines");
        assertEquals(1 + 5, lines.size());
        assertTrue(lines.get(1).endsWith(",1,english,unknown"), lines.get(1));
        assertTrue(result.out().contains("read 7 sentences (10 VERB tokens): 5 transitive clauses (1 passives with an"
                + " agent)"), result.out());
        assertTrue(result.out().contains("0  a passive subject (nsubj:pass) without an expressed agent"), result.out());
        assertTrue(result.out().contains("animacy of the 10 argument nouns (the word list's, by form): known 100.0%"),
                result.out());
        // the trace of each clause beside the corpus: its sentence, token ids and corpus row
        try (java.io.BufferedReader trace = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(dir.resolve("clauses.csv.gz"))),
                java.nio.charset.StandardCharsets.UTF_8))) {
            assertEquals("source,sent_id,n1,verb,n2,row,doc", trace.readLine());
            List<String> clauses = trace.lines().toList();
            assertEquals(5, clauses.size());
            // every sentence of the fixture follows its '# newdoc id = fixture'
            assertTrue(clauses.stream().allMatch(line -> line.endsWith(",fixture")), clauses.toString());
            assertTrue(clauses.get(0).startsWith("english,active,"), clauses.get(0));
        }
        assertFalse(String.join("\n", lines).contains("dog"), "no sentence text without --keep-text");
        assertTrue(result.out().contains("animacy sources used: annotation, pronoun table, WordNet"), result.out());
    }

    @Test
    void keepTextAddsAnExampleSentence() throws Exception {
        Path out = dir.resolve("corpus.csv");
        Cli.Result result = Cli.run("import-conllu", FIXTURES + "english.conllu", "--lang", "en", "--keep-text",
                "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(Files.readString(out).contains(",\"The dog chases the ball\""));
    }

    @Test
    void importedCorpusRunsThroughValidity() throws Exception {
        Path out = dir.resolve("german.csv");
        assertEquals(0, Cli.run("import-conllu", FIXTURES + "german.conllu", "--lang", "de", "--out",
                out.toString()).code());
        Path config = dir.resolve("german.json");
        Files.writeString(config, Files.readString(Path.of("configs/german.json"))
                .replace("../corpora/german/corpus.csv", out.toString()));
        Cli.Result validity = Cli.run("validity", "--config", config.toString(), "--out", dir.resolve("v").toString());
        assertEquals(0, validity.code(), validity.err());
        assertTrue(validity.out().contains("case"), validity.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ragged.conllu, ragged.conllu:3:, has 8",
        "bad-head.conllu, bad-head.conllu:3:, 'column HEAD: not a number, \"X\"'",
        "head-outside.conllu, head-outside.conllu:2:, column HEAD: 7 points outside the sentence of 2 words",
        "not-conllu.csv, not-conllu.csv:1:, is this a CoNLL-U file?",
        "bad-cycle.conllu, bad-cycle.conllu:5:, words [4, 5] form a cycle that never reaches the root",
        "bad-self-loop.conllu, bad-self-loop.conllu:3:, word 2 is its own head",
        "bad-no-root.conllu, bad-no-root.conllu:6:, words [1, 2] form a cycle that never reaches the root; no word has HEAD 0",
        "bad-head-zero-not-root.conllu, bad-head-zero-not-root.conllu:4:, word 3 has HEAD 0 but DEPREL 'ccomp', not root",
        "bad-two-roots.conllu, bad-two-roots.conllu:6:, a second root: word 5 has HEAD 0, and so has word 3",
        "bad-empty.conllu, bad-empty.conllu:, the file is empty"})
    void badTreebankExits65WithLocation(String file, String location, String message) throws Exception {
        Path out = dir.resolve("corpus.csv");
        Cli.Result result = Cli.run("import-conllu", FIXTURES + file, "--lang", "en", "--out", out.toString());
        assertEquals(Main.EXIT_DATA, result.code(), result.err());
        assertTrue(result.err().contains(location) && result.err().contains(message), result.err());
        assertFalse(Files.exists(out), "nothing written");
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "no partial file left behind");
        }
    }

    @Test
    void aDirectoryGivenAsATreebankExits65() throws Exception {
        Path treebanks = Files.createDirectory(dir.resolve("tb.conllu"));
        Path out = dir.resolve("corpus.csv");
        Cli.Result result = Cli.run("import-conllu", treebanks.toString(), "--lang", "en", "--out", out.toString());
        assertEquals(Main.EXIT_DATA, result.code(), result.err());
        assertTrue(result.err().contains(treebanks + ": is a directory"), result.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    /** A FEATS value with a quote and a lemma with a comma are written RFC-4180-quoted and read back by validity. */
    @Test
    void valuesThatNeedQuotingRoundTrip() throws Exception {
        Path out = dir.resolve("corpus.csv");
        Path words = dir.resolve("lexicon.csv");
        // Serbian has no dictionary: the word list carries the treebank's FEATS, quote and all
        Cli.Result imported = Cli.run("import-conllu", FIXTURES + "quote-in-feats.conllu", "--lang", "sr", "--out",
                out.toString(), "--lexicon", words.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(Files.readString(out).startsWith("order,"), "header first");
        assertTrue(Files.readString(out).contains("NVN,-,\"\"\"nom\",-,sg,3,none,-,sg,3,active,-,-,-,sg,3,none,-,n1,1,"
                + "quote-in-feats,unknown\n"), Files.readString(out));
        assertTrue(Files.readString(words).contains("\nball,\"ball,\",NOUN,Number=Sing,,1\n"), Files.readString(words));
        assertTrue(Files.readString(words).contains("\ndog,dog,NOUN,\"Case=\"\"Nom|Number=Sing\",,1\n"),
                Files.readString(words));
        Path config = dir.resolve("q.json");
        Files.writeString(config, "{\"name\": \"q\", \"corpus\": \"corpus.csv\", \"features\": {\"case\": [\"\\\"nom\","
                + " \"nom\", \"acc\"], \"marker\": [\"none\"]}, \"cues\": [{\"name\": \"order\", \"kind\": \"order\"},"
                + " {\"kind\": \"contrast\", \"feature\": \"case\", \"value\": \"\\\"nom\"}]}");
        Cli.Result validity = Cli.run("validity", "--config", config.toString(), "--out", dir.resolve("v").toString());
        assertEquals(0, validity.code(), validity.err());
        try (org.cmsim.io.CsvReader csv = org.cmsim.io.CsvReader.open(words)) {
            assertEquals("ball,", csv.next().field(1));
        }
    }

    @Test
    void whereKeepsSentencesByTheirMetadata() throws Exception {
        Path out = dir.resolve("corpus.csv");
        Cli.Result children = Cli.run("import-conllu", FIXTURES + "childes.conllu", "--lang", "en", "--out",
                out.toString(), "--where", "speaker_role=Target_Child");
        assertEquals(0, children.code(), children.err());
        assertTrue(children.out().contains("read 1 sentences"), children.out());
        assertTrue(children.out().contains("left out 2 sentences by --where [speaker_role=Target_Child]"), children.out());
        Cli.Result adults = Cli.run("import-conllu", FIXTURES + "childes.conllu", "--lang", "en", "--out",
                out.toString(), "--force", "--where", "speaker_role!=Target_Child");
        assertTrue(adults.out().contains("read 2 sentences"), adults.out());
        assertTrue(adults.out().contains("left out 1 sentences"), adults.out());
        // a sentence without speaker_role differs from Target_Child; the CHILDES genre table by speaker
        assertTrue(Files.readString(out).contains(",1,childes,unknown\n"), Files.readString(out));
        Cli.Result bad = Cli.run("import-conllu", FIXTURES + "childes.conllu", "--lang", "en", "--out",
                dir.resolve("x.csv").toString(), "--where", "speaker_role");
        assertEquals(Main.EXIT_USAGE, bad.code(), bad.err());
    }

    /** Streaming: a generated treebank of 1,000,000 sentences is imported by a JVM with a 256 MB heap. */
    @Test
    void millionSentencesFitInASmallHeap() throws Exception {
        Path treebank = dir.resolve("large.conllu");
        String[] subjects = {"dog", "cat", "child", "stone"};
        String[] numbers = {"Sing", "Plur"};
        try (BufferedWriter writer = Files.newBufferedWriter(treebank, StandardCharsets.UTF_8)) {
            for (int s = 0; s < 1_000_000; s++) {
                String number = numbers[s % 2];
                writer.write("# text = sentence " + s + "\n");
                writer.write("1\t" + subjects[s % 4] + "\t" + subjects[s % 4] + "\tNOUN\t_\tNumber=" + number
                        + "\t2\tnsubj\t_\t_\n");
                writer.write("2\tsees\tsee\tVERB\t_\tNumber=" + number + "|Person=3\t0\troot\t_\t_\n");
                writer.write("3\t" + subjects[(s / 4) % 4] + "\t_\tNOUN\t_\tNumber=Sing\t2\tobj\t_\t_\n\n");
            }
        }
        Path out = dir.resolve("large.csv");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "import-conllu",
                treebank.toString(), "--lang", "de", "--out", out.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("read 1000000 sentences (1000000 VERB tokens): 1000000 transitive clauses"),
                output);
    }
}
