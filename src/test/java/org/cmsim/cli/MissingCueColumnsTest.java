package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column a declared cue reads, missing from a choices file or a corpus, is an error naming the cue and the
 * column, never a fit in which the cue is silently absent and every other estimate moves.
 */
class MissingCueColumnsTest {

    @TempDir
    Path dir;

    /** The shipped two-group study with its choices rewritten by {@code edit} (applied to the header only). */
    private Path twoGroups(java.util.function.UnaryOperator<String> edit) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("corpora/two-groups/choices.csv"));
        String header = edit.apply(lines.get(0));
        List<String> columns = List.of(lines.get(0).split(","));
        List<String> kept = List.of(header.split(","));
        StringBuilder out = new StringBuilder(header).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < cells.length; c++) {
                if (kept.size() == columns.size() || !columns.get(c).equals("n2.number")) {
                    row.append(row.length() == 0 ? "" : ",").append(cells[c]);
                }
            }
            out.append(row).append('\n');
        }
        Files.writeString(dir.resolve("choices.csv"), out.toString());
        Path config = dir.resolve("two-groups.json");
        Files.writeString(config, Files.readString(Path.of("configs/two-groups.json"))
                .replace("../corpora/two-groups/choices.csv", dir.resolve("choices.csv").toString()));
        return config;
    }

    @Test
    void aChoicesFileWithoutACuesColumnIsAnErrorNamingTheCueAndTheColumn() throws Exception {
        Path config = twoGroups(h -> h.replace(",n2.number", ""));
        Cli.Result r = Cli.run("fit", "--config", config.toString(), "--out", dir.resolve("f").toString(), "--quiet");
        assertEquals(Main.EXIT_DATA, r.code(), r.err());
        assertTrue(r.err().contains("choices.csv:1: cue 'agreement' needs column n2.number, which the file lacks"),
                r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(dir.resolve("f")), "nothing is written");
    }

    @Test
    void aRenamedColumnIsNamedAsTheClosest() throws Exception {
        Path config = twoGroups(h -> h.replace("v.number", "verb.number"));
        Cli.Result r = Cli.run("fit", "--config", config.toString(), "--out", dir.resolve("f").toString(), "--quiet");
        assertEquals(Main.EXIT_DATA, r.code(), r.err());
        assertTrue(r.err().contains("cue 'agreement' needs column v.number, which the file lacks (closest column:"
                + " 'verb.number')"), r.err());
    }

    @Test
    void aCorpusWithoutOneNounsAgreementColumnIsAnErrorToo() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("corpora/illustrative/corpus.csv"));
        int drop = List.of(lines.get(0).split(",")).indexOf("n2.number");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(drop);
            out.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(dir.resolve("corpus.csv"), out.toString());
        Path config = dir.resolve("c.json");
        Files.writeString(config, Files.readString(Path.of("configs/illustrative.json"))
                .replace("../corpora/illustrative/corpus.csv", dir.resolve("corpus.csv").toString())
                .replace("../corpora/illustrative/choices.csv", Path.of("corpora/illustrative/choices.csv")
                        .toAbsolutePath().toString()));
        Cli.Result r = Cli.run("validity", "--config", config.toString(), "--out", dir.resolve("v").toString());
        assertEquals(Main.EXIT_DATA, r.code(), r.err());
        assertTrue(r.err().contains("corpus.csv:1: cue 'agreement' needs column n2.number"), r.err());
    }

    @Test
    void aCuePresentInNoTrialIsAWarningInTheTerminalAndInFitJson() throws Exception {
        // Every noun and verb share one number: agreement never points to either noun.
        List<String> lines = Files.readAllLines(Path.of("corpora/two-groups/choices.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            for (String column : List.of("n1.number", "n2.number", "v.number")) {
                cells[header.indexOf(column)] = "sg";
            }
            out.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(dir.resolve("choices.csv"), out.toString());
        Path config = dir.resolve("two-groups.json");
        Files.writeString(config, Files.readString(Path.of("configs/two-groups.json"))
                .replace("../corpora/two-groups/choices.csv", dir.resolve("choices.csv").toString()));
        Cli.Result r = Cli.run("fit", "--config", config.toString(), "--out", dir.resolve("f").toString(), "--quiet");
        assertEquals(Main.EXIT_OK, r.code(), r.err());
        String warning = "agreement is present in no trial of the choices: its strength is not estimated from them";
        assertEquals("cmsim: warning: " + warning, r.err().strip());
        assertTrue(Files.readString(dir.resolve("f/fit.json")).contains("\"warnings\" : [ \"" + warning + "\" ]"),
                Files.readString(dir.resolve("f/fit.json")));
    }
}

