package org.cmsim.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cmsim.cli.MainAccess;
import org.cmsim.competition.FitOptions;
import org.cmsim.competition.RandomStructure;
import org.cmsim.competition.Rules;
import org.cmsim.io.InputException;
import org.cmsim.model.LanguageConfig;
import org.cmsim.study.ChoiceFitStudy;
import org.cmsim.study.FitMemory;
import org.cmsim.study.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Size limits, the memory of a fit and its progress, and the messages of bad input files: each case stops with
 * one line that says what is wrong, where, and what to do, and writes nothing.
 */
class InputHardeningTest {

    private static final int USAGE = 64;
    private static final int DATA = 65;
    private static final String STIMULUS = "order,n1.animacy,n1.number,v.number,n2.animacy,n2.number";

    @TempDir
    Path dir;
    Path config;

    @BeforeEach
    void inputs() throws IOException {
        for (String file : new String[] {"corpus.csv", "choices.csv", "design.csv"}) {
            Files.copy(Path.of("corpora/illustrative", file), dir.resolve(file));
        }
        config = dir.resolve("config.json");
        Files.writeString(config, language(""));
    }

    /** The illustrative language, with {@code more} (",\n" and fields) added at its end. */
    private static String language(String more) {
        return """
                {"name": "t", "corpus": "corpus.csv", "choices": "choices.csv",
                 "features": {"animacy": ["animate", "inanimate"], "number": ["sg", "pl"]},
                 "cues": [{"name": "order", "kind": "order"},
                          {"name": "animacy", "kind": "contrast", "feature": "animacy", "value": "animate"},
                          {"name": "agreement", "kind": "agreement", "features": ["number"]}],
                 "seed": 1%s}""".formatted(more);
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    /** Runs a command that must fail with {@code code} and one line holding each of {@code expected}. */
    private MainAccess.Run fails(int code, String[] command, String... expected) {
        MainAccess.Run run = MainAccess.capture(command);
        assertEquals(code, run.code(), run.err());
        String first = run.err().lines().findFirst().orElse("");
        for (String text : expected) {
            assertTrue(first.contains(text), () -> "expected '" + text + "' in: " + run.err());
        }
        assertFalse(run.err().contains("\tat ") || run.err().contains("For input string"), run.err());
        return run;
    }

    private static String[] command(String... words) {
        return words;
    }

    // A. Counts that multiply the work, and the memory and progress of a fit.

    @Test
    void countsAboveTheirLimitAreRefusedNamingTheOptionAndTheLimit() {
        fails(USAGE, command("fit", "--config", config.toString(), "--bootstrap", "2000000000", "--out", out("f")),
                "--bootstrap: must be an integer from 0 to 100000, was 2000000000");
        fails(USAGE, command("fit", "--config", config.toString(), "--cv", "100001", "--out", out("f")),
                "--cv: must be an integer from 0 to 100000, was 100001");
        fails(USAGE, command("run", config.toString(), "--bootstrap", "2000000000", "--out", out("r"), "--quiet"),
                "--bootstrap:", "at most 100000, got 2000000000");
        fails(USAGE, command("run", config.toString(), "--seeds", "1000", "--head-resamples", "1000", "--out",
                out("r"), "--quiet"), "--head-resamples: 1000 heads x 1000 resamples make 1000000 head replicates;"
                + " at most 100000");
        fails(USAGE, command("recover", "--config", config.toString(), "--design", dir.resolve("design.csv").toString(),
                "--datasets", "2000000000", "--out", out("c")), "--datasets: must be an integer from 1 to 100000");
        String design = dir.resolve("design.csv").toString();
        fails(USAGE, command("simulate", "--config", config.toString(), "--design", design, "--subjects", "2000000",
                "--trials", "10", "--param", "order=NVN=1", "--param", "order=NNV=0", "--param", "order=VNN=0", "--param", "animacy=1", "--param", "agreement=1", "--out", out("s")),
                "--subjects 2000000 x 27 conditions x --trials 10 make 540000000 choices per data set;"
                        + " at most 10000000");
        fails(USAGE, command("learn", "--config", config.toString(), "--presentations", "9000000000000000000", "--out",
                out("l")), "--presentations: must be an integer from 1 to 1000000000");
        for (String name : new String[] {"f", "r", "c", "s", "l"}) {
            assertFalse(Files.exists(dir.resolve(name)), name);
        }
    }

    @Test
    void configCountsAboveTheirLimitAreBadInputAtTheirLine() throws IOException {
        Files.writeString(config, language(",\n \"learn\": {\"presentations\": 9000000000000000000}"));
        fails(DATA, command("validity", "--config", config.toString(), "--out", out("v")),
                "config.json:7: learn.presentations: must be an integer from 1 to 1000000000, was 9000000000000000000");
        Files.writeString(config, language(",\n \"attention\": {\"epochs\": 2000000000}"));
        fails(DATA, command("validity", "--config", config.toString(), "--out", out("v")),
                "config.json:7: attention.epochs: must be an integer from 1 to 10000000, was 2000000000");
        assertFalse(Files.exists(dir.resolve("v")));
    }

    @Test
    void aSweepOfMoreTasksThanItCanPlanIsRefusedBeforePlanning() throws IOException {
        String seeds = IntStream.rangeClosed(1, 400).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        String rates = IntStream.rangeClosed(1, 300).mapToObj(i -> i + "e-4").collect(Collectors.joining(", "));
        Path sweep = dir.resolve("sweep.json");
        Files.writeString(sweep, "{\"command\": \"learn\", \"config\": \"config.json\",\n \"grid\": {\"seed\": ["
                + seeds + "], \"learn.rate\": [" + rates + "]}}");
        fails(DATA, command("sweep", sweep.toString(), "--out", out("w")),
                "sweep.json:2: grid: 400 seed x 300 learn.rate x 1 replicate make 120000 tasks; a sweep may have at"
                + " most 100000");
        assertFalse(Files.exists(dir.resolve("w")));
    }

    @Test
    void aFitThatWouldNotFitInTheHeapIsRefusedWithTheEstimateAndTheHeap() throws Exception {
        LanguageConfig language = ConfigReader.readLanguage(config);
        ChoiceFitStudy.Request request = new ChoiceFitStudy.Request(Rules.select("all"), FitOptions.defaults(),
                RandomStructure.parse("subject"), ChoiceFitStudy.Resampling.SUBJECTS, Optional.empty());
        InputException refused = assertThrows(InputException.class,
                () -> ChoiceFitStudy.run(language, request, Progress.SILENT, 8L << 20));
        assertTrue(refused.getMessage().startsWith(dir.resolve("choices.csv") + ": fitting 1620 choice rows,"
                + " 12 subjects with random subject effects needs about "), refused.getMessage());
        assertTrue(refused.getMessage().contains("of Java heap, and this Java has 8 MB; give it more"
                + " (CMSIM_JAVA_OPTS=-Xmx1g ./cmsim ...) or fit less data"), refused.getMessage());

        // The mixed model's dense block is the smaller factor's effects squared: a hundred thousand items with a
        // hundred thousand subjects (500,000 subject effects make the blocks) need 80 GB for the items alone...
        FitMemory items = new FitMemory(200_000, 100_000, 100_000, 5, 3, RandomStructure.parse("subject,item"));
        assertTrue(items.bytes() > 80_000_000_000L, Long.toString(items.bytes()));
        // ...while with a hundred subjects the items make the blocks and the 500 subject effects the dense part.
        FitMemory fewSubjects = new FitMemory(200_000, 100, 100_000, 5, 3, RandomStructure.parse("subject,item"));
        assertTrue(fewSubjects.bytes() < 1L << 30, Long.toString(fewSubjects.bytes()));
        // A million subjects, eight choices each: the size that used 6.4 GB before saying anything.
        FitMemory subjects = new FitMemory(8_000_000, 1_000_000, 0, 5, 3, RandomStructure.parse("subject"));
        assertTrue(subjects.bytes() > 8L << 30 && subjects.bytes() < 10L << 30, Long.toString(subjects.bytes()));
        assertTrue(subjects.bytes() > new FitMemory(8_000_000, 1_000_000, 0, 5, 3, RandomStructure.NONE).bytes());
    }

    @Test
    void aFitTellsItsStagesAndTheMixedOptimisersEvaluations() throws Exception {
        List<String> stages = new ArrayList<>();
        List<String> working = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void stageDone(String language, String stage, double seconds) {
                stages.add(language + ": " + stage);
            }

            @Override
            public void working(String language, String stage, String state) {
                working.add(stage + ": " + state);
            }
        };
        LanguageConfig language = ConfigReader.readLanguage(config);
        ChoiceFitStudy.run(language, new ChoiceFitStudy.Request(Rules.select("multiplicative"),
                FitOptions.defaults().withThreads(1), RandomStructure.parse("subject"), ChoiceFitStudy.Resampling.SUBJECTS,
                Optional.empty()), progress, Long.MAX_VALUE);
        assertEquals(List.of("t: read the choices", "t: the rules fitted to all 1620 choices",
                "t: the mixed multiplicative rule", "t: the rules fitted to each subject (12 subjects)"), stages);
        assertTrue(working.stream().anyMatch(w -> w.startsWith("the mixed multiplicative rule: search, 1 deviances"
                + " evaluated, lowest ")), working.toString());
        assertTrue(working.stream().anyMatch(w -> w.matches("the mixed multiplicative rule: standard errors, (\\d+)"
                + " of \\1 deviances")), working.toString());
        assertTrue(working.contains("the rules fitted to each subject (12 subjects): 12 of 12 subjects"));

        MainAccess.Run printed = MainAccess.capture("fit", "--config", config.toString(), "--out", out("f"));
        assertEquals(0, printed.code(), printed.err());
        assertTrue(printed.err().startsWith("cmsim: t: read the choices ("), printed.err());
        MainAccess.Run quiet = MainAccess.capture("fit", "--config", config.toString(), "--out", out("q"), "--quiet");
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("", quiet.err());
    }

    // B. Messages of bad input files.

    @Test
    void aFileWithAnotherSeparatorIsSaidToBeOne() throws IOException {
        String choices = Files.readString(dir.resolve("choices.csv"));
        Files.writeString(dir.resolve("semicolons.csv"), choices.replace(',', ';'));
        fails(DATA, command("fit", "--config", config.toString(), "--choices", dir.resolve("semicolons.csv").toString(),
                "--out", out("f")), "semicolons.csv:1: the header has no comma: the file seems to use ';' as separator,"
                + " and cmsim reads comma-separated values");
        Files.writeString(dir.resolve("tabs.csv"), choices.replace(',', '\t'));
        fails(DATA, command("fit", "--config", config.toString(), "--choices", dir.resolve("tabs.csv").toString(),
                "--out", out("f")), "tabs.csv:1: the header has no comma: the file seems to use tabs as separator");
        assertFalse(Files.exists(dir.resolve("f")));
    }

    @Test
    void aSubjectWithOneTrialCountsInAPooledFitAndIsAnErrorForItsRandomEffect() throws IOException {
        Files.writeString(dir.resolve("one.csv"), "subject," + STIMULUS + ",choice\n"
                + "s1,NVN,animate,sg,sg,inanimate,sg,n1\ns1,NNV,animate,sg,sg,inanimate,sg,n2\n"
                + "s2,NVN,animate,sg,sg,inanimate,pl,n1\n");
        MainAccess.Run pooled = MainAccess.capture("fit", "--config", config.toString(), "--choices",
                dir.resolve("one.csv").toString(), "--out", out("p"), "--quiet");
        assertEquals(0, pooled.code(), pooled.err());
        fails(DATA, command("fit", "--config", config.toString(), "--choices", dir.resolve("one.csv").toString(),
                "--random", "subject", "--out", out("m")), "one.csv:4: column subject: 's2' has only one trial");
        assertFalse(Files.exists(dir.resolve("m")));
    }

    @Test
    void aCellThatIsNotANumberSaysSoWithItsColumnAndValue() throws IOException {
        Files.writeString(dir.resolve("aggregated.csv"), STIMULUS + ",trials,n1_choices\n"
                + "NVN,animate,sg,sg,inanimate,sg,10,4\nNNV,animate,sg,sg,inanimate,sg,ten,4\n");
        fails(DATA, command("fit", "--config", config.toString(), "--choices", dir.resolve("aggregated.csv").toString(),
                "--out", out("f")), "aggregated.csv:3: column trials: not a number, \"ten\"");
        Files.writeString(dir.resolve("huge.csv"), STIMULUS + ",trials,n1_choices\n"
                + "NVN,animate,sg,sg,inanimate,sg,99999999999999999999,4\n");
        fails(DATA, command("fit", "--config", config.toString(), "--choices", dir.resolve("huge.csv").toString(),
                "--out", out("f")), "huge.csv:2: column trials: 99999999999999999999 is too large");
        Files.writeString(dir.resolve("strengths.csv"), "rule,parameter,estimate\nmultiplicative,order=NVN,two\n");
        fails(DATA, command("simulate", "--config", config.toString(), "--design", dir.resolve("design.csv").toString(),
                "--strengths", dir.resolve("strengths.csv").toString(), "--out", out("s")),
                "strengths.csv:2: column estimate: not a number, \"two\"");
        Path treebank = dir.resolve("bad.conllu");
        Files.writeString(treebank, "1\tDogs\tdog\tNOUN\tNNS\t_\tx\tnsubj\t_\t_\n");
        fails(DATA, command("import-conllu", treebank.toString(), "--lang", "en", "--out", out("c.csv")),
                "bad.conllu:1: column HEAD: not a number, \"x\"");
        // A list index in a sweep's grid larger than an int: no Java number message
        Path run = dir.resolve("run.json");
        Files.writeString(run, "{\"name\": \"r\", \"languages\": [\"config.json\"]}");
        Path sweep = dir.resolve("sweep.json");
        Files.writeString(sweep, "{\"command\": \"run\", \"config\": \"run.json\","
                + " \"grid\": {\"languages.99999999999.seed\": [1]}}");
        fails(DATA, command("sweep", sweep.toString(), "--out", out("w")),
                "languages has no element 99999999999 (it has 1)");
        for (String name : new String[] {"f", "s", "c.csv", "w"}) {
            assertFalse(Files.exists(dir.resolve(name)), name);
        }
    }

    @Test
    void aColumnWithoutANameIsNamedByItsPosition() throws IOException {
        Files.writeString(dir.resolve("unnamed.csv"), "order,,agent\nNVN,x,n1\n");
        String corpus = dir.resolve("unnamed.csv").toString();
        fails(DATA, command("validity", "--config", config.toString(), "--corpus", corpus, "--out", out("v")),
                "unnamed.csv:1: column 2 has no name (between 'order' and 'agent')");
    }

    @Test
    void malformedJsonIsOneLineWithLineAndColumn() throws IOException {
        Files.writeString(config, "{\"name\": \"t\",\n \"corpus\": \"corpus.csv\",\n \"seed\": 1,,\n}\n");
        MainAccess.Run run = fails(DATA, command("validity", "--config", config.toString(), "--out", out("v")),
                "config.json:3:12: malformed JSON: Unexpected character (',' (code 44))");
        assertEquals(1, run.err().strip().lines().count(), run.err());
        Files.writeString(config, "{\"name\": \"t\",\n \"cues\": [1, 2}\n}\n");
        run = fails(DATA, command("validity", "--config", config.toString(), "--out", out("v")),
                "config.json:2:", "malformed JSON: Unexpected close marker '}': expected ']' (for Array starting at"
                + " line 2, column 10)");
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Source"), run.err());
    }

    @Test
    void aTreebankThatStartsWithAByteOrderMarkIsReadAsWithout() throws IOException {
        Path plain = Path.of("src/test/resources/conllu/english.conllu");
        // the same name as the plain file: a corpus row names its source
        Path marked = Files.createDirectories(dir.resolve("marked")).resolve("english.conllu");
        byte[] text = Files.readAllBytes(plain);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Files.write(marked, withMark);
        MainAccess.Run fromPlain = MainAccess.capture("import-conllu", plain.toString(), "--lang", "en", "--out",
                out("plain.csv"));
        MainAccess.Run fromMarked = MainAccess.capture("import-conllu", marked.toString(), "--lang", "en", "--out",
                out("marked.csv"));
        assertEquals(0, fromPlain.code(), fromPlain.err());
        assertEquals(0, fromMarked.code(), fromMarked.err());
        assertEquals(rows(dir.resolve("plain.csv")), rows(dir.resolve("marked.csv")));
        // a mark on a word line, not only on a comment
        Files.write(marked, ("\uFEFF1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                + "2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\t_\n").getBytes(StandardCharsets.UTF_8));
        MainAccess.Run wordFirst = MainAccess.capture("import-conllu", marked.toString(), "--lang", "en", "--out",
                out("word.csv"));
        assertEquals(0, wordFirst.code(), wordFirst.err());
    }

    @Test
    void anEventFileThatStartsWithAByteOrderMarkIsReadAsWithout() throws IOException {
        String events = "cues\toutcomes\nanimate_NVN\tn1\ninanimate_NNV\tn2\n";
        Files.writeString(dir.resolve("plain.txt"), events);
        Files.writeString(dir.resolve("marked.txt"), "\uFEFF" + events);
        MainAccess.Run plain = MainAccess.capture("learn", "--events", dir.resolve("plain.txt").toString(), "--out",
                out("p"));
        MainAccess.Run marked = MainAccess.capture("learn", "--events", dir.resolve("marked.txt").toString(), "--out",
                out("m"));
        assertEquals(0, plain.code(), plain.err());
        assertEquals(0, marked.code(), marked.err());
        assertEquals(Files.readString(dir.resolve("p/weights.csv")), Files.readString(dir.resolve("m/weights.csv")));
    }

    /** A corpus's data rows, without its comment lines (which name the treebank it came from). */
    private static List<String> rows(Path corpus) throws IOException {
        return Files.readAllLines(corpus).stream().filter(line -> !line.startsWith("#")).toList();
    }

    @Test
    void runOnAConfigWithOnlyChoicesSaysToAddACorpusOrToFit() throws IOException {
        Files.writeString(config, language("").replace("\"corpus\": \"corpus.csv\", ", ""));
        MainAccess.Run run = fails(DATA, command("run", config.toString(), "--out", out("r"), "--quiet"),
                "config.json: corpus: run studies a sentence corpus, and the config names only choices; add \"corpus\""
                + " to it, or fit the choices alone: cmsim fit --config ");
        assertFalse(run.err().contains("--corpus"), run.err());
        assertFalse(Files.exists(dir.resolve("r")));
    }
}
