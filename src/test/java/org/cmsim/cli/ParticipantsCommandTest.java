package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.RuleFit;
import org.cmsim.input.ConfigReader;
import org.cmsim.study.Progress;
import org.cmsim.study.RunStudy;
import org.cmsim.study.StudyOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code fit} with participants and groups from the command line: a config with only choices, the contract's
 * files and columns (checked against R's glm on the golden group data), and bad participant data (exit 65
 * naming the column and line, 64 for a bad option).
 */
class ParticipantsCommandTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/lme4").toAbsolutePath();
    static final String STIMULUS = "order,n1.animacy,n1.number,v.number,n2.animacy,n2.number";

    @TempDir
    Path dir;

    /** A config with choices and no corpus. */
    Path config(Path choices) throws Exception {
        return config(dir, choices);
    }

    /** In {@code dir}, a config "study" of the illustrative features and cues with the choices and no corpus. */
    static Path config(Path dir, Path choices) throws Exception {
        Path file = dir.resolve("study.json");
        Files.writeString(file, """
                {
                  "name": "study",
                  "choices": "%s",
                  "features": {"animacy": ["animate", "inanimate"], "number": ["sg", "pl"]},
                  "cues": [{"name": "order", "kind": "order"},
                           {"name": "animacy", "kind": "contrast", "feature": "animacy", "value": "animate"},
                           {"name": "agreement", "kind": "agreement", "features": ["number"]}]
                }
                """.formatted(choices.toString().replace("\\", "/")));
        return file;
    }

    record Outcome(int code, String out, String err) {
    }

    static Outcome cmsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void fitByGroupFromAConfigWithoutCorpusGivesTheReferenceTests() throws Exception {
        Path out = dir.resolve("fit");
        Outcome run = cmsim("fit", "--config", config(GOLDEN.resolve("groups.csv")).toString(), "--rule",
                "multiplicative", "--by", "group", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        List<String> tests = Files.readAllLines(out.resolve("group-tests.csv"));
        List<String> reference = Files.readAllLines(GOLDEN.resolve("groups-lrt.csv"));
        assertEquals("test,parameter,statistic,df,p_value", tests.get(0));
        assertEquals(reference.size(), tests.size());
        for (int r = 1; r < reference.size(); r++) {
            String[] want = reference.get(r).split(",");
            String[] got = tests.get(r).split(",");
            assertEquals(want[0] + "," + want[1], got[0] + "," + got[1]);
            assertEquals(Double.parseDouble(want[2]), Double.parseDouble(got[2]), 1e-3, want[1]);
            assertEquals(want[3], got[3], want[1]);
        }
        List<String> strengths = Files.readAllLines(out.resolve("group-strengths.csv"));
        assertTrue(strengths.get(0).startsWith("group,rule,parameter,estimate,se,ci_low,ci_high"), strengths.get(0));
        for (String level : List.of("adults", "children")) {
            for (String row : Files.readAllLines(GOLDEN.resolve("groups-" + level + "-fixed.csv")).subList(1, 6)) {
                String[] want = row.split(",");
                String[] got = strengths.stream().filter(line -> line.startsWith(level + ",multiplicative," + want[0]
                        + ",")).findFirst().orElseThrow().split(",");
                assertEquals(Double.parseDouble(want[1]), Double.parseDouble(got[3]), 1e-6, level + " " + want[0]);
                // glm stops its IRLS at a relative deviance change of 1e-8, so its standard errors agree to ~1e-4.
                assertEquals(Double.parseDouble(want[2]), Double.parseDouble(got[4]), 1e-4 * Double.parseDouble(want[2]),
                        level + " " + want[0]);
            }
        }
    }

    @Test
    void fitByGroupWithRandomSubjectsGivesGlmersMixedTests() throws Exception {
        Path out = dir.resolve("fit");
        Outcome run = cmsim("fit", "--config", config(GOLDEN.resolve("groups.csv")).toString(), "--rule",
                "multiplicative", "--by", "group", "--random", "subject", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        List<String> mixed = Files.readAllLines(out.resolve("group-tests.csv")).stream()
                .filter(line -> line.startsWith("lrt-mixed,")).toList();
        List<String> reference = Files.readAllLines(GOLDEN.resolve("groups-lrt-mixed-subject.csv"));
        assertEquals(reference.size() - 1, mixed.size());
        for (int r = 1; r < reference.size(); r++) {
            String[] want = reference.get(r).split(",");
            String[] got = mixed.get(r - 1).split(",");
            assertEquals(want[0] + "," + want[1], got[0] + "," + got[1]);
            // Two Laplace fits by two optimisers: the 1e-3 (see GroupTestsTest).
            assertEquals(Double.parseDouble(want[2]), Double.parseDouble(got[2]), 1e-3, want[1]);
            assertEquals(want[3], got[3], want[1]);
        }
        // The terminal answers too: the best rule, the mixed model's fit and SDs, and every test between the groups.
        assertTrue(run.out().contains("best rule: multiplicative"), run.out());
        assertTrue(run.out().contains("multiplicative-mixed: logLik "), run.out());
        assertTrue(run.out().contains("factor   parameter"), run.out());
        assertTrue(run.out().contains("tests between the groups (group-tests.csv):"), run.out());
        long printedTests = run.out().lines().filter(line -> line.startsWith("lrt")).count();
        assertEquals(Files.readAllLines(out.resolve("group-tests.csv")).size() - 1, printedTests);
    }

    /** A config with the illustrative corpus beside the golden two-group choices, for {@code run}. */
    Path runConfig() throws Exception {
        Path file = dir.resolve("grouped.json");
        Files.writeString(file, Files.readString(config(GOLDEN.resolve("groups.csv"))).replace("\"name\": \"study\",",
                "\"name\": \"study\",\n  \"corpus\": \"" + Path.of("corpora/illustrative/corpus.csv").toAbsolutePath()
                        .toString().replace("\\", "/") + "\","));
        return file;
    }

    @Test
    void runWithGroupedChoicesFitsEachGroupLikeGlm() throws Exception {
        RunStudy.Result result = RunStudy.run(RunStudy.read(ConfigReader.readRun(runConfig())), 2, Progress.SILENT,
                StudyOptions.defaults().withSeeds(1).withBootstrap(1));
        Map<String, ModelComparison.Result> byGroup = result.outcomes().get(0).study().rulesByGroup();
        assertEquals(List.of("adults", "children"), List.copyOf(byGroup.keySet()));
        for (String level : byGroup.keySet()) {
            RuleFit fit = byGroup.get(level).rules().stream().filter(r -> r.fit().rule().equals("multiplicative"))
                    .findFirst().orElseThrow().fit();
            for (String row : Files.readAllLines(GOLDEN.resolve("groups-" + level + "-fixed.csv")).subList(1, 6)) {
                String[] want = row.split(",");
                assertEquals(Double.parseDouble(want[1]), fit.estimate(want[0]), 1e-6, level + " " + want[0]);
            }
        }
    }

    @Test
    void runReportShowsTheClassicFigureForAllAndPerGroup() throws Exception {
        Path out = dir.resolve("run");
        Outcome run = cmsim("run", runConfig().toString(), "--seeds", "1", "--bootstrap", "1", "--quiet",
                "--figures", "png,svg", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        String report = Files.readString(out.resolve("report.html"));
        for (String name : List.of("study-classic", "study-classic-adults", "study-classic-children")) {
            assertTrue(Files.size(out.resolve("plots/" + name + ".png")) > 0, name);
            assertTrue(Files.readString(out.resolve("plots/" + name + ".svg")).contains("<svg"), name);
            assertTrue(report.contains("(also <code>plots/" + name + ".svg</code>, <code>plots/" + name
                    + ".png</code>)"), name);
        }
        assertTrue(report.contains("One such figure per group"), "the how-to names the per-group figures");
    }

    @Test
    void commandsThatNeedACorpusNameTheConfig() throws Exception {
        Path config = config(GOLDEN.resolve("groups.csv"));
        Outcome run = cmsim("validity", "--config", config.toString(), "--out", dir.resolve("v").toString());
        assertEquals(Main.EXIT_DATA, run.code(), run.err());
        assertTrue(run.err().contains(config + ": corpus:"), run.err());
        assertFalse(Files.exists(dir.resolve("v")));
    }

    static Stream<Arguments> badParticipants() {
        String header = "subject,item,group," + STIMULUS + ",choice\n";
        String row = ",NVN,animate,sg,sg,inanimate,pl,n1\n";
        return Stream.of(
                Arguments.of("no --by column", header + "s1,i1,a" + row + "s2,i1,a" + row, List.of("--by", "age"),
                        "choices.csv:1:", "'age'"),
                Arguments.of("a group with one subject", header + "s1,i1,a" + row + "s1,i2,a" + row + "s2,i1,b" + row
                        + "s3,i1,b" + row, List.of("--by", "group"), "choices.csv:2:", "group 'a' has only one subject"),
                Arguments.of("a subject with one trial", header + "s1,i1,a" + row + "s1,i2,a" + row + "s2,i1,a" + row,
                        List.of("--random", "subject"), "choices.csv:4:", "'s2' has only one trial"),
                Arguments.of("--random item without item", "subject," + STIMULUS + ",choice\ns1" + row + "s1" + row,
                        List.of("--random", "subject,item"), "choices.csv:1:", "no 'item' column"),
                Arguments.of("an empty subject", header + "s1,i1,a" + row + ",i2,a" + row,
                        List.of("--random", "subject"), "choices.csv:3:", "column subject: empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParticipants")
    void badParticipantDataExits65WithColumnAndLine(String name, String csv, List<String> options, String location,
                                                     String detail) throws Exception {
        Path choices = dir.resolve("choices.csv");
        Files.writeString(choices, csv);
        List<String> args = new java.util.ArrayList<>(List.of("fit", "--config", config(choices).toString(),
                "--out", dir.resolve("out").toString()));
        args.addAll(options);
        Outcome run = cmsim(args.toArray(new String[0]));
        assertEquals(Main.EXIT_DATA, run.code(), run.err());
        assertTrue(run.err().contains(location), run.err());
        assertTrue(run.err().contains(detail), run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void anUnknownRandomFactorIsAUsageError() throws Exception {
        Outcome run = cmsim("fit", "--config", config(GOLDEN.resolve("groups.csv")).toString(), "--random", "word",
                "--out", dir.resolve("out").toString());
        assertEquals(Main.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("'word' is not a random factor"), run.err());
    }
}
