package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fit, simulate, recover and learn end to end through the command line. */
class CompetitionCommandsTest {

    static final String CONFIG = "configs/illustrative.json";
    static final String DESIGN = "corpora/illustrative/design.csv";
    static final String[] GENERATING = {"--param", "order=NVN=1.5", "--param", "order=NNV=-1", "--param",
        "order=VNN=0.5", "--param", "animacy=1", "--param", "agreement=1.5"};

    @TempDir
    Path dir;

    Path simulate(int subjects, String... extra) {
        Path out = dir.resolve("sim");
        List<String> args = new java.util.ArrayList<>(List.of("simulate", "--config", CONFIG, "--design", DESIGN,
                "--subjects", Integer.toString(subjects), "--trials", "10", "--seed", "9", "--out", out.toString()));
        args.addAll(List.of(GENERATING));
        args.addAll(List.of(extra));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.code(), result.err());
        return out.resolve("choices.csv");
    }

    @Test
    void fitWritesTheContractFilesWithAllRules() throws Exception {
        Path choices = simulate(10);
        Path out = dir.resolve("fit");
        Cli.Result result = Cli.run("fit", "--config", CONFIG, "--choices", choices.toString(), "--bootstrap", "50",
                "--cv", "3", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        List<String> strengths = Files.readAllLines(out.resolve("strengths.csv"));
        assertTrue(strengths.get(0).startsWith("rule,parameter,estimate,se,ci_low,ci_high"), strengths.get(0));
        assertEquals(1 + 5 + 5 + 6, strengths.size());
        JsonNode fit = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
        double weights = 0;
        for (String rule : List.of("multiplicative", "additive", "hierarchy")) {
            JsonNode block = fit.path("rules").path(rule);
            for (String field : List.of("logLik", "G2", "df", "AIC", "BIC", "akaikeWeight", "rmse", "r", "cvLogLik")) {
                assertTrue(block.path(field).isNumber(), rule + "." + field);
            }
            weights += block.path("akaikeWeight").asDouble();
        }
        assertEquals(1, weights, 1e-12);
        assertEquals("multiplicative", fit.path("best").asText());
        assertEquals(1 + 27 * 3, Files.readAllLines(out.resolve("predictions.csv")).size());
        // Trial-level data with subjects: one fit per subject beside the group fit.
        List<String> subjects = Files.readAllLines(out.resolve("subject-strengths.csv"));
        assertEquals(1 + 10 * (5 + 5 + 6), subjects.size());
        assertTrue(subjects.get(1).startsWith("s01,multiplicative,order=NVN,"), subjects.get(1));
        assertTrue(result.out().contains("akaikeWeight"), result.out());
    }

    @Test
    void sameSeedWritesSameBytes() throws Exception {
        Path choices = simulate(5);
        Path first = dir.resolve("a");
        Path second = dir.resolve("b");
        for (Path out : List.of(first, second)) {
            assertEquals(0, Cli.run("fit", "--config", CONFIG, "--choices", choices.toString(), "--bootstrap", "40",
                    "--threads", out == first ? "1" : "2", "--out", out.toString()).code());
        }
        for (String file : List.of("strengths.csv", "fit.json", "predictions.csv")) {
            assertEquals(Files.readString(first.resolve(file)), Files.readString(second.resolve(file)), file);
        }
    }

    @Test
    void separationIsReportedInTheOutputWithoutNaN() throws Exception {
        String header = "order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,trials,n1_choices\n";
        // Agreement decides every choice: 100% n1 when it points to n1, 0% when it points to n2.
        String rows = """
                NVN,animate,sg,sg,inanimate,pl,20,20
                NVN,animate,pl,sg,inanimate,sg,20,0
                NVN,animate,sg,sg,inanimate,sg,20,15
                NNV,animate,sg,sg,inanimate,pl,20,20
                NNV,inanimate,pl,sg,animate,sg,20,0
                NNV,inanimate,sg,sg,animate,sg,20,6
                """;
        Path choices = dir.resolve("separated.csv");
        Files.writeString(choices, header + rows);
        Path out = dir.resolve("fit");
        Cli.Result result = Cli.run("fit", "--config", CONFIG, "--choices", choices.toString(), "--rule",
                "multiplicative", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        String strengths = Files.readString(out.resolve("strengths.csv"));
        assertFalse(strengths.contains("NaN") || strengths.contains("Infinity"), strengths);
        assertTrue(strengths.contains("agreement") && strengths.contains("diverges to +infinity"), strengths);
        JsonNode fit = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
        assertTrue(fit.path("rules").path("multiplicative").path("warnings").path("agreement").asText()
                .contains("separation"));
        assertTrue(result.out().contains("diverges"), result.out());
    }

    @Test
    void badChoiceDataExits65WithLocation() throws Exception {
        String header = "order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,trials,n1_choices\n";
        Path tooMany = dir.resolve("too-many.csv");
        Files.writeString(tooMany, header + "NVN,animate,sg,sg,inanimate,pl,10,4\nNVN,animate,sg,sg,inanimate,sg,10,12\n");
        Path out = dir.resolve("fit");
        Cli.Result result = Cli.run("fit", "--config", CONFIG, "--choices", tooMany.toString(), "--out", out.toString());
        assertEquals(Main.EXIT_DATA, result.code());
        assertTrue(result.err().contains("too-many.csv:3: column n1_choices: 12 exceeds trials (10)"), result.err());
        assertFalse(Files.exists(out));

        Path badChoice = dir.resolve("bad-choice.csv");
        Files.writeString(badChoice, "subject,order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,choice\n"
                + "s1,NVN,animate,sg,sg,inanimate,sg,n3\n");
        result = Cli.run("fit", "--config", CONFIG, "--choices", badChoice.toString(), "--out", out.toString());
        assertEquals(Main.EXIT_DATA, result.code());
        assertTrue(result.err().contains("bad-choice.csv:2: column choice: 'n3'"), result.err());

        Path zeroTrials = dir.resolve("zero-trials.csv");
        Files.writeString(zeroTrials, header + "NVN,animate,sg,sg,inanimate,pl,0,0\n");
        result = Cli.run("fit", "--config", CONFIG, "--choices", zeroTrials.toString(), "--out", out.toString());
        assertEquals(Main.EXIT_DATA, result.code());
        assertTrue(result.err().contains("zero-trials.csv:2: column trials: '0'"), result.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownRuleAndMissingParameterAreUsageErrors() {
        Cli.Result rule = Cli.run("fit", "--config", CONFIG, "--choices", "x.csv", "--rule", "bayesian", "--out",
                dir.resolve("o").toString());
        assertEquals(Main.EXIT_USAGE, rule.code());
        assertTrue(rule.err().contains("bayesian"), rule.err());
        Cli.Result missing = Cli.run("simulate", "--config", CONFIG, "--design", DESIGN, "--param", "animacy=1",
                "--out", dir.resolve("o").toString());
        assertEquals(Main.EXIT_USAGE, missing.code());
        assertTrue(missing.err().contains("order=NVN"), missing.err());
    }

    @Test
    void recoverPrintsTablesAndAVerdict() throws Exception {
        Path out = dir.resolve("recover");
        Cli.Result result = Cli.run("recover", "--config", CONFIG, "--design", DESIGN, "--datasets", "40",
                "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("verdict:"), result.out());
        assertTrue(Files.readString(out.resolve("parameter-recovery.csv")).startsWith(
                "rule,parameter,true,mean,bias,rmse,coverage,exact\n"));
        List<String> models = Files.readAllLines(out.resolve("model-recovery.csv"));
        assertEquals(4, models.size());
        assertTrue(models.get(0).contains("won_multiplicative"), models.get(0));
    }

    @Test
    void learnWritesTrajectoryAsymptoteAndLeads() throws Exception {
        Path out = dir.resolve("learn");
        Cli.Result result = Cli.run("learn", "--config", "src/test/resources/learn/frequent-vs-reliable.json",
                "--presentations", "20000", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        List<String> trajectory = Files.readAllLines(out.resolve("trajectory.csv"));
        assertEquals("step,learner,parameter,value", trajectory.get(0));
        assertTrue(trajectory.get(trajectory.size() - 1).startsWith("20000,rescorla-wagner,reliable,"));
        assertTrue(result.out().contains("reliable overtakes"), result.out());
        assertTrue(Files.readString(out.resolve("asymptote.csv")).contains("diverges to +infinity"));
        // A separated parameter has no asymptote for the delta rule: an empty value, labelled unbounded.
        String separated = Files.readAllLines(out.resolve("asymptote.csv")).stream()
                .filter(line -> line.startsWith("delta,") && line.contains("diverges")).findFirst().orElseThrow();
        assertTrue(separated.matches("delta,[^,]+,,\"?unbounded: .*"), separated);
    }
}
