package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * cmsim fit-rt end to end on the shipped two-group study, against lme4::lmer and lmerTest fitted to predictors
 * that src/test/scripts/lmer-golden.R computes itself (glm for the rule's certainty, cue directions for conflict);
 * and its refusals: no RT column (65), a structure naming what the model does not have (64).
 */
class FitRtCommandTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/rt");
    private static final double ESTIMATE_TOLERANCE = 0.01;
    private static final double SE_RELATIVE = 0.02;
    private static final double DF_RELATIVE = 0.01;
    private static final double SD_TOLERANCE = 0.02;
    private static final double CRITERION_TOLERANCE = 0.01;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "intercepts; ''",
        "slope; (1 + conflict | subject) + (1 | item)",
        "choice; --choice"})
    void fitRtMatchesLmerOnTheTwoGroupStudy(String model, String option) throws IOException {
        Path out = dir.resolve(model);
        List<String> args = new ArrayList<>(List.of("fit-rt", "--config", "configs/two-groups.json", "--quiet",
                "--out", out.toString()));
        if (option.startsWith("(")) {
            args.addAll(List.of("--random", option));
        } else if (!option.isEmpty()) {
            args.add(option);
        }
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.code(), result.err());
        String stem = "two-groups-" + model;
        List<Map<String, String>> fixed = csv(out.resolve("rt-fixed.csv"));
        List<Map<String, String>> expected = csv(GOLDEN.resolve(stem + "-fixed.csv"));
        assertEquals(expected.size(), fixed.size());
        for (int r = 0; r < expected.size(); r++) {
            Map<String, String> want = expected.get(r);
            Map<String, String> got = fixed.get(r);
            assertEquals(want.get("parameter"), got.get("parameter"));
            assertEquals(number(want, "estimate"), number(got, "estimate"), ESTIMATE_TOLERANCE, stem);
            assertEquals(number(want, "se"), number(got, "se"), SE_RELATIVE * number(want, "se"), stem);
            assertEquals(number(want, "df"), number(got, "df"), DF_RELATIVE * number(want, "df"), stem);
            assertEquals(number(want, "t"), number(got, "t"), 0.02 * Math.abs(number(want, "t")), stem);
            assertEquals(number(want, "p_value"), number(got, "p_value"), 0.02 * number(want, "p_value") + 1e-6, stem);
        }
        List<Map<String, String>> random = csv(out.resolve("rt-random.csv"));
        for (Map<String, String> want : csv(GOLDEN.resolve(stem + "-random.csv"))) {
            Map<String, String> got = random.stream().filter(row -> row.get("factor").equals(want.get("factor"))
                    && row.get("parameter").equals(want.get("parameter"))).findFirst().orElseThrow();
            assertEquals(number(want, "sd"), number(got, "sd"), SD_TOLERANCE, stem + " " + want);
        }
        assertEquals(csv(GOLDEN.resolve(stem + "-random.csv")).size(), random.size(), "one row per SD");
        Map<String, String> criteria = csv(GOLDEN.resolve(stem + "-fit.csv")).get(0);
        String json = Files.readString(out.resolve("rt-fit.json"));
        assertEquals(number(criteria, "REML"), jsonNumber(json, "REML"), CRITERION_TOLERANCE);
        assertEquals(number(criteria, "logLik"), jsonNumber(json, "logLik"), CRITERION_TOLERANCE);
        assertEquals(number(criteria, "AIC"), jsonNumber(json, "AIC"), CRITERION_TOLERANCE);
        assertTrue(json.contains("\"singular\" : " + criteria.get("singular")), json);
        assertTrue(result.out().contains("REML criterion"), result.out());
    }

    @Test
    void choicesWithoutReactionTimesAreBadInput() {
        Path out = dir.resolve("none");
        Cli.Result result = Cli.run("fit-rt", "--config", "configs/illustrative.json", "--quiet", "--out",
                out.toString());
        assertEquals(Main.EXIT_DATA, result.code());
        assertTrue(result.err().contains("corpora/illustrative/choices.csv") && result.err().contains("no reaction"
                + " times: fit-rt needs an 'rt' column"), result.err());
        assertFalse(Files.exists(out));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "(1 + animacy | subject); 'animacy' is not a predictor",
        "(1 + choice | subject); choice needs --choice",
        "(1 | group); 'group' is not a grouping column",
        "(1 + | subject); --random"})
    void aStructureNamingWhatTheModelLacksIsAUsageError(String random, String message) {
        Cli.Result result = Cli.run("fit-rt", "--config", "configs/two-groups.json", "--random", random, "--out",
                dir.resolve("x").toString());
        assertEquals(Main.EXIT_USAGE, result.code());
        assertTrue(result.err().contains(message), result.err());
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        return org.cmsim.reactiontime.RtGolden.rows(file);
    }

    private static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    private static double jsonNumber(String json, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + key + "\" : ([-0-9.eE]+)").matcher(json);
        assertTrue(m.find(), key);
        return Double.parseDouble(m.group(1));
    }
}
