package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input exits 65 with {@code file:line: message} naming the column and the value
 * (for JSON, the field path), and leaves no output directory behind.
 */
class BadInputTest {

    static final String HEADER = "order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,agent,count";
    static final String GOOD_ROW = "NVN,animate,sg,sg,inanimate,sg,n1,3";
    static final String CUES = """
            [{"name": "order", "kind": "order"},
             {"name": "animacy", "kind": "contrast", "feature": "animacy", "value": "animate"},
             {"name": "agreement", "kind": "agreement", "features": ["number"]}]""";

    @TempDir
    Path dir;

    static String config(String corpus, String cues) {
        return """
                {
                  "name": "test",
                  "corpus": "%s",
                  "features": {"animacy": ["animate", "inanimate"], "number": ["sg", "pl"]},
                  "cues": %s
                }
                """.formatted(corpus, cues);
    }

    static Stream<Arguments> badCorpora() {
        return Stream.of(
                Arguments.of("ragged row", HEADER + "\n" + GOOD_ROW + "\nNVN,animate,sg,sg,inanimate,sg,n1\n",
                        "corpus.csv:3:", "7 fields"),
                Arguments.of("missing agent column", "order,n1.animacy\nNVN,animate\n", "corpus.csv:1:", "'agent'"),
                Arguments.of("missing order column", "n1.animacy,agent\nanimate,n1\n", "corpus.csv:1:", "'order'"),
                Arguments.of("duplicate header", "order,n1.animacy,n1.animacy,agent\nNVN,animate,animate,n1\n",
                        "corpus.csv:1:", "'n1.animacy'"),
                Arguments.of("unknown feature value", HEADER + "\n" + GOOD_ROW + "\nNVN,animal,sg,sg,inanimate,sg,n1,1\n",
                        "corpus.csv:3:", "column n1.animacy: 'animal'"),
                Arguments.of("non-integer count", HEADER + "\nNVN,animate,sg,sg,inanimate,sg,n1,2.5\n",
                        "corpus.csv:2:", "column count: '2.5'"),
                Arguments.of("zero count", HEADER + "\nNVN,animate,sg,sg,inanimate,sg,n1,0\n",
                        "corpus.csv:2:", "column count: '0'"),
                Arguments.of("negative count", HEADER + "\n# comment\nNVN,animate,sg,sg,inanimate,sg,n1,-4\n",
                        "corpus.csv:3:", "column count: '-4'"),
                Arguments.of("unknown order", HEADER + "\nSVO,animate,sg,sg,inanimate,sg,n1,1\n",
                        "corpus.csv:2:", "column order: 'SVO'"),
                Arguments.of("bad agent", HEADER + "\nNVN,animate,sg,sg,inanimate,sg,v,1\n",
                        "corpus.csv:2:", "column agent: 'v'"),
                Arguments.of("empty corpus", "# nothing here\n" + HEADER + "\n", "corpus.csv:2:", "no sentences"),
                Arguments.of("empty file", "", "corpus.csv:", "empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCorpora")
    void badCorpusExits65WithLocationAndValue(String what, String corpus, String location, String value)
            throws IOException {
        Files.writeString(dir.resolve("corpus.csv"), corpus);
        Path configFile = dir.resolve("config.json");
        Files.writeString(configFile, config("corpus.csv", CUES));
        assertFailsWith65(location, value, "validity", "--config", configFile.toString());
    }

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\n  \"name\": \"x\",\n  \"corpus\": \n}\n", "config.json:4:",
                        "malformed JSON"),
                Arguments.of("cue on undeclared feature", config("corpus.csv",
                        "[\n{\"name\": \"case\", \"kind\": \"contrast\", \"feature\": \"case\", \"value\": \"nom\"}]"),
                        "config.json:6:", "cues[0].feature: 'case' is not a declared feature"),
                Arguments.of("agreement on undeclared feature", config("corpus.csv",
                        "[{\"kind\": \"agreement\", \"features\": [\"person\"]}]"),
                        "config.json:5:", "cues[0].features[0]: 'person'"),
                Arguments.of("unknown cue kind", config("corpus.csv", "[{\"kind\": \"stress\"}]"),
                        "config.json:5:", "cues[0].kind: 'stress'"),
                Arguments.of("misspelt field", config("corpus.csv", CUES).replace("\"cues\"", "\"cue\""),
                        "config.json:5:", "cue: unknown field"),
                Arguments.of("corpus that does not exist", config("nowhere.csv", CUES),
                        "nowhere.csv:", "no such file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigs")
    void badConfigExits65WithFieldPath(String what, String config, String location, String message)
            throws IOException {
        Files.writeString(dir.resolve("corpus.csv"), HEADER + "\n" + GOOD_ROW + "\n");
        Path configFile = dir.resolve("config.json");
        Files.writeString(configFile, config);
        assertFailsWith65(location, message, "validity", "--config", configFile.toString());
    }

    @Test
    void configPathThatDoesNotExistExits65() {
        assertFailsWith65("missing.json", "no such file", "validity", "--config", dir.resolve("missing.json").toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result result = Cli.run("validity", "--config", "x.json", "--out", dir.resolve("out").toString(), "--bogus");
        assertEquals(Main.EXIT_USAGE, result.code());
        assertTrue(result.err().contains("--bogus"), result.err());
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        Cli.Result result = Cli.run("validity", "--out", dir.resolve("out").toString());
        assertEquals(Main.EXIT_USAGE, result.code());
        assertTrue(result.err().contains("--config"), result.err());
    }

    @Test
    void outputPathThatIsAFileIsRefusedAndLeftAlone() throws IOException {
        Files.writeString(dir.resolve("corpus.csv"), HEADER + "\n" + GOOD_ROW + "\n");
        Path configFile = dir.resolve("config.json");
        Files.writeString(configFile, config("corpus.csv", CUES));
        Path file = dir.resolve("taken");
        Files.writeString(file, "keep me");
        Cli.Result result = Cli.run("validity", "--config", configFile.toString(), "--out", file.toString());
        assertEquals(Main.EXIT_USAGE, result.code());
        assertTrue(result.err().contains("not a directory"), result.err());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void existingOutputIsKeptWithoutForceAndReplacedWithIt() throws IOException {
        Files.writeString(dir.resolve("corpus.csv"), HEADER + "\n" + GOOD_ROW + "\n");
        Path configFile = dir.resolve("config.json");
        Files.writeString(configFile, config("corpus.csv", CUES));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("earlier.txt"), "earlier run");
        Cli.Result refused = Cli.run("validity", "--config", configFile.toString(), "--out", out.toString());
        assertEquals(Main.EXIT_USAGE, refused.code());
        assertTrue(refused.err().contains("already exists; pass --force to replace it"), refused.err());
        assertTrue(Files.exists(out.resolve("earlier.txt")));
        Cli.Result forced = Cli.run("validity", "--config", configFile.toString(), "--out", out.toString(), "--force");
        assertEquals(Main.EXIT_OK, forced.code(), forced.err());
        assertFalse(Files.exists(out.resolve("earlier.txt")));
        assertTrue(Files.exists(out.resolve("validity.csv")));
    }

    @Test
    void aConfigWithOnlyChoicesTellsHowToGiveACorpus() {
        Cli.Result validity = Cli.run("validity", "--config", "configs/two-groups.json", "--out",
                dir.resolve("v").toString());
        assertEquals(Main.EXIT_DATA, validity.code());
        assertTrue(validity.err().contains("add \"corpus\" to it, or pass --corpus FILE"), validity.err());
        Cli.Result run = Cli.run("run", "configs/two-groups.json", "--quiet", "--out", dir.resolve("r").toString());
        assertEquals(Main.EXIT_DATA, run.code());
        assertTrue(run.err().contains("add \"corpus\" to it"), run.err());
        assertFalse(run.err().contains("--corpus"), "run has no --corpus option: " + run.err());
    }

    /** Runs a command with {@code --out dir/out} and checks the failure and that nothing was written. */
    void assertFailsWith65(String location, String value, String... args) {
        Path out = dir.resolve("out");
        String[] withOut = Stream.concat(Stream.of(args), Stream.of("--out", out.toString())).toArray(String[]::new);
        Cli.Result result = Cli.run(withOut);
        assertEquals(Main.EXIT_DATA, result.code(), result.err());
        assertTrue(result.err().contains(location), () -> "expected '" + location + "' in: " + result.err());
        assertTrue(result.err().contains(value), () -> "expected '" + value + "' in: " + result.err());
        assertFalse(Files.exists(out), "no output directory may be left behind");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".partial-")),
                    "no partial output may be left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
