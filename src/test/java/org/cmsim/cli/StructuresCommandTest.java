package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code fit --random} in lme4's notation from the command line, on golden/lme4/structures/developed.csv: the
 * files (random-effects.csv, random-correlations.csv, random-lrt.csv, paper-table.csv, fit.json) against
 * glmer's numbers (glmer-golden.R), and the usage errors of a structure (exit 64).
 */
class StructuresCommandTest {

    static final Path STRUCTURES = ParticipantsCommandTest.GOLDEN.resolve("structures");

    @TempDir
    Path dir;

    /** The illustrative features and cues, the golden choices and no corpus. */
    private Path config() throws Exception {
        return ParticipantsCommandTest.config(dir, STRUCTURES.resolve("developed.csv"));
    }

    @Test
    void correlatedSlopesAndTheirTestAgainstTheUncorrelatedOneMatchGlmer() throws Exception {
        Path out = dir.resolve("fit");
        ParticipantsCommandTest.Outcome run = ParticipantsCommandTest.cmsim("fit", "--config", config().toString(),
                "--rule", "multiplicative", "--random", "(1 + animacy|subject) + (1|item)", "--compare",
                "(1 + animacy||subject)", "--quiet", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        // developed-2: glmer's SDs 0.7848 (intercept), 0.5005 (animacy), 0.2398 (item); correlation 0.3924.
        assertEquals(List.of("factor,parameter,sd", "subject,intercept,0.78", "subject,animacy,0.50",
                "item,intercept,0.24"), rounded(out.resolve("random-effects.csv"), 2));
        assertEquals(List.of("factor,parameter,parameter2,correlation", "subject,intercept,animacy,0.39"),
                rounded(out.resolve("random-correlations.csv"), 2));
        // anova(): chi-square 8.8792 on 2 df, p 0.0118.
        String[] test = Files.readAllLines(out.resolve("random-lrt.csv")).get(1).split(",");
        assertEquals("(1 + animacy | subject) + (1 | item)", test[0]);
        assertEquals("(1 + animacy || subject)", test[1]);
        assertEquals(8.87923344, Double.parseDouble(test[4]), 0.04);
        assertEquals("2", test[5]);
        assertEquals(0.011800461, Double.parseDouble(test[6]), 3e-4);
        assertEquals("true", test[7]);
        // paper-table.csv: the mixed rows are glmer's fixed effects, their Wald z = estimate / se.
        List<String[]> paper = Files.readAllLines(out.resolve("paper-table.csv")).stream().skip(1)
                .map(line -> line.split(",", -1)).filter(row -> row[0].equals("multiplicative-mixed")).toList();
        List<String> fixed = Files.readAllLines(STRUCTURES.resolve("developed-2-fixed.csv")).subList(1, 6);
        assertEquals(fixed.size(), paper.size());
        for (int j = 0; j < fixed.size(); j++) {
            String[] want = fixed.get(j).split(",");
            String[] got = paper.get(j);
            assertEquals(want[0], got[2]);
            assertEquals("", got[1], "no group");
            assertEquals(Double.parseDouble(want[1]), Double.parseDouble(got[3]), 0.01, want[0]);
            assertEquals(Double.parseDouble(want[2]), Double.parseDouble(got[4]), 0.02 * Double.parseDouble(want[2]));
            assertEquals(Double.parseDouble(got[3]) / Double.parseDouble(got[4]), Double.parseDouble(got[5]), 1e-9);
        }
        String json = Files.readString(out.resolve("fit.json")).replace(" : ", ": ");
        assertTrue(json.contains("\"random\": \"(1 + animacy | subject) + (1 | item)\""), json);
        assertTrue(json.contains("\"singular\": false"), json);
        assertTrue(run.out().contains("random effects: (1 + animacy | subject) + (1 | item)"), run.out());
        assertTrue(run.out().contains("likelihood-ratio test, (1 + animacy | subject) + (1 | item) against"
                + " (1 + animacy || subject): chi-square 8.8"), run.out());
        assertTrue(run.out().contains("the p-value is conservative"), run.out());
    }

    /** glmer finds the item agreement SD at zero (isSingular TRUE): so does fit, and says so. */
    @Test
    void aBoundaryFitIsFlaggedInTheTerminalAndFitJson() throws Exception {
        Path out = dir.resolve("singular");
        ParticipantsCommandTest.Outcome run = ParticipantsCommandTest.cmsim("fit", "--config", config().toString(),
                "--rule", "multiplicative", "--random", "(1|subject) + (1 + agreement|item)", "--quiet", "--out",
                out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("parameters (Laplace), SINGULAR (a boundary fit)"), run.out());
        assertTrue(run.out().contains("warning: singular fit: in (1 + agreement | item), the agreement deviations"
                + " are perfectly correlated with the effects before it"), run.out());
        String json = Files.readString(out.resolve("fit.json")).replace(" : ", ": ");
        assertTrue(json.contains("\"singular\": true"), json);
    }

    static Stream<Arguments> badStructures() {
        return Stream.of(
                Arguments.of(List.of("--random", "(1 + animcy|subject)"),
                        "--random: 'animcy' is not a parameter of the rule (did you mean animacy?)"),
                Arguments.of(List.of("--random", "(1|word)"), "--random: 'word' is not a grouping column"),
                Arguments.of(List.of("--random", "(1 + animacy|subject"), "--random: no ')' closes the term"),
                Arguments.of(List.of("--compare", "(1|subject)"), "--compare needs --random"),
                Arguments.of(List.of("--random", "(1|subject)", "--compare", "(1|item)"),
                        "--compare: (1 | item) and (1 | subject) are not nested"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badStructures")
    void aBadStructureIsAUsageErrorNamingIt(List<String> options, String message) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("fit", "--config", config().toString(), "--out",
                dir.resolve("out").toString()));
        args.addAll(options);
        ParticipantsCommandTest.Outcome run = ParticipantsCommandTest.cmsim(args.toArray(new String[0]));
        assertEquals(Main.EXIT_USAGE, run.code(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    /** A CSV with every number rounded to {@code digits} decimals. */
    private static List<String> rounded(Path file, int digits) throws Exception {
        return Files.readAllLines(file).stream().map(line -> String.join(",", Stream.of(line.split(",", -1))
                .map(cell -> cell.matches("-?[0-9.]+(E-?[0-9]+)?")
                        ? String.format(java.util.Locale.ROOT, "%." + digits + "f", Double.parseDouble(cell)) : cell)
                .toList())).toList();
    }
}
