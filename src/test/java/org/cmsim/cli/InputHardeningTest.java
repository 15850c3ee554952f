package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that used to give a wrong number with exit 0, or exit 70 with a trace (hardening issue,
 * items 3, 6, 7, 9, 14, 16): each is now exit 65 (64 for an option) naming the place and the rule.
 */
class InputHardeningTest {

    static final String HEADER = OutputSafetyTest.HEADER;
    static final String STIMULUS = "order,n1.animacy,n1.number,v.number,n2.animacy,n2.number";

    @TempDir
    Path dir;
    Path config;

    @BeforeEach
    void inputs() throws IOException {
        Files.writeString(dir.resolve("corpus.csv"), OutputSafetyTest.ROWS);
        config = dir.resolve("config.json");
        Files.writeString(config, OutputSafetyTest.language("t", "corpus.csv"));
    }

    Cli.Result run(String... args) {
        return Cli.run(args);
    }

    void assertFails(int code, Cli.Result result, String... expected) {
        assertEquals(code, result.code(), result.err());
        for (String text : expected) {
            assertTrue(result.err().contains(text), () -> "expected '" + text + "' in: " + result.err());
        }
        assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
    }

    @Test
    void countsThatWouldOverflowAreRefusedAndCountsUpTo2To53AreExact() throws IOException {
        Files.writeString(dir.resolve("corpus.csv"), HEADER + "\nNVN,animate,sg,sg,inanimate,sg,n1,9223372036854775807\n"
                + "NNV,inanimate,sg,sg,animate,sg,n2,9223372036854775807\n");
        assertFails(65, run("validity", "--config", config.toString(), "--out", dir.resolve("v").toString()),
                "corpus.csv:2: column count: the total passes 2^53 = 9007199254740992");
        Files.writeString(dir.resolve("corpus.csv"), HEADER + "\nNVN,animate,sg,sg,inanimate,sg,n1,4503599627370496\n"
                + "NNV,animate,sg,sg,inanimate,sg,n1,4503599627370496\n");
        Cli.Result exact = run("validity", "--config", config.toString(), "--out", dir.resolve("v").toString());
        assertEquals(0, exact.code(), exact.err());
        // Animacy points to n1 in both rows: present in all 2^53 tokens, right in all of them.
        String animacy = Files.readAllLines(dir.resolve("v/validity.csv")).stream()
                .filter(line -> line.startsWith("animacy,")).findFirst().orElseThrow();
        assertTrue(animacy.contains(",9007199254740992,"), animacy);

        Path choices = dir.resolve("choices.csv");
        Files.writeString(choices, STIMULUS + ",trials,n1_choices\nNVN,animate,sg,sg,inanimate,sg,9223372036854775807,5\n"
                + "NNV,inanimate,sg,sg,animate,sg,9223372036854775807,9223372036854775000\n");
        assertFails(65, run("fit", "--config", config.toString(), "--choices", choices.toString(), "--out",
                dir.resolve("f").toString()), "choices.csv:2: column trials: the total passes 2^53");
    }

    @Test
    void runningOutOfMemoryIsExit70WithOneLineSayingHowToGiveMore() throws IOException {
        // a head whose matrices are larger than any heap: counts have limits, sizes run out of memory
        Files.writeString(config, OutputSafetyTest.language("t", "corpus.csv")
                .replace("\"epochs\": 3", "\"epochs\": 3,\n\"dModel\": 2147483647"));
        Cli.Result result = run("attention", "--config", config.toString(), "--out", dir.resolve("a").toString());
        assertFails(70, result, "cmsim: out of memory (", "or ask for less");
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertFalse(Files.exists(dir.resolve("a")));
        assertEquals("cmsim: out of memory (Java heap space); give Java more, e.g. CMSIM_JAVA_OPTS=-Xmx"
                + (2 * Runtime.getRuntime().maxMemory() / (1L << 30) + 1) + "g ./cmsim ..., or ask for less",
                Main.outOfMemory(new OutOfMemoryError("Java heap space")));
        assertTrue(Main.outOfMemory(new OutOfMemoryError("Requested array size exceeds VM limit")).startsWith(
                "cmsim: out of memory: a table of the size asked for cannot exist"));
    }

    @Test
    void invalidUtf8IsExit65WithLineAndByteOffsetEarlyOrLate() throws IOException {
        Path early = dir.resolve("c1.csv");
        Files.write(early, latin1(HEADER + ",text\nNVN,animate,sg,sg,inanimate,sg,n1,3,caf\u00e9\n"));
        assertFails(65, run("validity", "--config", config.toString(), "--corpus", early.toString(), "--out",
                dir.resolve("v").toString()), "c1.csv:2: not valid UTF-8 at byte offset "
                + (HEADER.length() + 6 + 39) + " of the file (byte 0xE9, column 40 of the line)");
        Path late = dir.resolve("c2.csv");
        StringBuilder text = new StringBuilder(HEADER + ",text\n");
        for (int i = 0; i < 20000; i++) {
            text.append("NVN,animate,sg,sg,inanimate,sg,n1,3,hello world\n");
        }
        int before = text.length();
        text.append("NVN,animate,sg,sg,inanimate,sg,n1,3,caf\u00e9\n");
        Files.write(late, latin1(text.toString()));
        assertFails(65, run("validity", "--config", config.toString(), "--corpus", late.toString(), "--out",
                dir.resolve("v").toString()), "c2.csv:20002: not valid UTF-8 at byte offset " + (before + 39));
        Files.write(config, latin1(OutputSafetyTest.language("caf\u00e9", "corpus.csv")));
        assertFails(65, run("validity", "--config", config.toString(), "--out", dir.resolve("v").toString()),
                "config.json:1: not valid UTF-8 at byte offset 13 of the file");
    }

    @Test
    void invalidUtf8InATreebankIsExit65WithLineAndByteOffset() throws IOException {
        Path treebank = dir.resolve("bad.conllu");
        String good = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n";
        Files.write(treebank, latin1("# text = The caf\u00e9\n" + good));
        assertFails(65, run("import-conllu", treebank.toString(), "--lang", "en", "--out",
                dir.resolve("c.csv").toString()), "bad.conllu:1: not valid UTF-8 at byte offset 16 of the file");
        Files.write(treebank, latin1("# text = ok\n" + good + "2\tcaf\u00e9\tcaf\u00e9\tNOUN\tNN\t_\t0\troot\t_\t_\n"));
        assertFails(65, run("import-conllu", treebank.toString(), "--lang", "en", "--out",
                dir.resolve("c.csv").toString()), "bad.conllu:3: not valid UTF-8 at byte offset "
                + (12 + good.length() + 5));
        assertFalse(Files.exists(dir.resolve("c.csv")));
    }

    @Test
    void nanAndOutOfRangeGeneratingParametersAreRefusedWithTheRange() throws IOException {
        String design = "corpora/illustrative/design.csv";
        assertFails(64, run("simulate", "--config", config.toString(), "--design", design, "--param", "order=NVN=NaN",
                "--param", "order=NNV=0", "--param", "order=VNN=0", "--param", "animacy=1", "--param", "agreement=1",
                "--out", dir.resolve("s").toString()), "--param order=NVN=NaN: not a finite number");
        assertFails(64, run("simulate", "--config", config.toString(), "--design", design, "--rule", "hierarchy",
                "--param", "order=NVN=1", "--param", "order=NNV=-1", "--param", "order=VNN=1", "--param", "animacy=1",
                "--param", "agreement=2", "--param", "lapse=2", "--out", dir.resolve("s").toString()),
                "--param lapse=2: must lie in [0, 1]");
        assertFails(64, run("simulate", "--config", config.toString(), "--design", design, "--rule", "additive",
                "--param", "order=NVN=0.9", "--param", "order=NNV=0", "--param", "order=VNN=0", "--param", "animacy=0.5",
                "--param", "agreement=0", "--out", dir.resolve("s").toString()),
                "the additive rule's parameters give P(n1) = 1.2", "must lie in [0, 1]");
        Path strengths = dir.resolve("strengths.csv");
        Files.writeString(strengths, "rule,parameter,estimate\nmultiplicative,order=NVN,NaN\n"
                + "multiplicative,order=NNV,0\nmultiplicative,order=VNN,0\nmultiplicative,animacy,1\n"
                + "multiplicative,agreement,1\n");
        assertFails(65, run("simulate", "--config", config.toString(), "--design", design, "--strengths",
                strengths.toString(), "--out", dir.resolve("s").toString()),
                "strengths.csv:2: column estimate: 'NaN' is not a finite number");
        Files.writeString(strengths, "rule,parameter,estimate\nhierarchy,order=NVN,1\nhierarchy,order=NNV,-1\n"
                + "hierarchy,order=VNN,1\nhierarchy,animacy,1\nhierarchy,agreement,\nhierarchy,lapse,1.5\n");
        assertFails(65, run("simulate", "--config", config.toString(), "--design", design, "--rule", "hierarchy",
                "--strengths", strengths.toString(), "--out", dir.resolve("s").toString()),
                "strengths.csv:7: parameter lapse of the hierarchy rule must lie in [0, 1]");
        assertFalse(Files.exists(dir.resolve("s")));
    }

    @Test
    void configIntegersOutsideTheirRangeNameTheirField() throws IOException {
        for (String value : List.of("4294967297", "2147483648", "0")) {
            Files.writeString(config, OutputSafetyTest.language("t", "corpus.csv")
                    .replace("\"epochs\": 3", "\"epochs\": 3,\n\"dModel\": " + value));
            assertFails(65, run("attention", "--config", config.toString(), "--out", dir.resolve("a").toString()),
                    "config.json:7: attention.dModel: must be an integer from 1 to 2147483647, was " + value);
        }
        Files.writeString(config, OutputSafetyTest.language("t", "corpus.csv")
                .replace("\"attention\"", "\"learn\": {\"checkpoints\": 4294967298}, \"attention\""));
        assertFails(65, run("learn", "--config", config.toString(), "--out", dir.resolve("l").toString()),
                "learn.checkpoints: must be an integer from 2 to 10000");
    }

    @Test
    void duplicateKeysAndContentAfterTheConfigAreRefused() throws IOException {
        Files.writeString(config, OutputSafetyTest.language("t", "corpus.csv").replace("\"name\": \"t\",",
                "\"name\": \"t\", \"name\": \"u\","));
        assertFails(65, run("validity", "--config", config.toString(), "--out", dir.resolve("v").toString()),
                "config.json:1:", ": malformed JSON: Duplicate field 'name'");
        Files.writeString(config, OutputSafetyTest.language("t", "corpus.csv") + "\n{\"anything\": 1}\n");
        assertFails(65, run("validity", "--config", config.toString(), "--out", dir.resolve("v").toString()),
                "config.json:7:", ": malformed JSON: more after the end of the JSON value");
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
