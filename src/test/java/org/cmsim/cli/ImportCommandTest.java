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
        assertEquals("order,n1.animacy,n1.case,n1.gender,n1.number,n1.person,v.number,v.person,"
                + "n2.animacy,n2.case,n2.gender,n2.number,n2.person,agent,count", lines.get(1));
        assertEquals(2 + 4, lines.size());
        assertTrue(result.out().contains("read 7 sentences (10 VERB tokens): 4 active transitive clauses"), result.out());
        assertTrue(result.out().contains("1  only a passive subject (nsubj:pass)"), result.out());
        assertTrue(result.out().contains("known 12.5% from the annotation, 100.0% after"), result.out());
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
        "bad-head.conllu, bad-head.conllu:3:, column HEAD: 'X'",
        "head-outside.conllu, head-outside.conllu:2:, column HEAD: 7 points outside the sentence of 2 words",
        "not-conllu.csv, not-conllu.csv:1:, is this a CoNLL-U file?"})
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
        assertTrue(output.contains("read 1000000 sentences (1000000 VERB tokens): 1000000 active transitive clauses"),
                output);
    }
}
