package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate} and {@code recover} from a fitted strengths file: every group of a group-strengths.csv is
 * simulated with its own rows, and model recovery generates each rule from the file's rows, not defaults.
 */
class FittedParametersCommandTest {

    private static final String CONFIG = "configs/illustrative.json";
    private static final String DESIGN = "corpora/illustrative/design.csv";

    @TempDir
    Path dir;

    @Test
    void simulateKeepsEveryGroupOfAGroupStrengthsFile() throws Exception {
        Path strengths = dir.resolve("group-strengths.csv");
        Files.writeString(strengths, """
                group,rule,parameter,estimate
                adults,multiplicative,order=NVN,2.5
                adults,multiplicative,order=NNV,-1
                adults,multiplicative,order=VNN,0.5
                adults,multiplicative,animacy,0.25
                adults,multiplicative,agreement,1
                adults,additive,order=NVN,0.1
                children,multiplicative,order=NVN,0.75
                children,multiplicative,order=NNV,-0.5
                children,multiplicative,order=VNN,0
                children,multiplicative,animacy,2
                children,multiplicative,agreement,0.5
                """);
        Path out = dir.resolve("sim");
        ParticipantsCommandTest.Outcome run = ParticipantsCommandTest.cmsim("simulate", "--config", CONFIG,
                "--design", DESIGN, "--strengths", strengths.toString(), "--subjects", "2", "--trials", "1",
                "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("simulated 4 participants x 27 conditions x 1 trials (multiplicative rule,"
                + " the multiplicative rows of group-strengths.csv, 2 per group: adults, children)"), run.out());
        List<String> choices = Files.readAllLines(out.resolve("choices.csv"));
        assertTrue(choices.get(0).startsWith("group,subject,trial,order,"), choices.get(0));
        assertEquals(1 + 4 * 27, choices.size());
        assertEquals(List.of("adults,adults-s1", "adults,adults-s2", "children,children-s1", "children,children-s2"),
                choices.stream().skip(1).map(line -> line.substring(0, line.indexOf(',', line.indexOf(',') + 1)))
                        .distinct().toList());
        // Without --sd every participant has the group's values.
        List<String> participants = Files.readAllLines(out.resolve("participants.csv"));
        assertEquals("group,subject,parameter,value", participants.get(0));
        assertTrue(participants.contains("adults,adults-s2,order=NVN,2.5"), participants.toString());
        assertTrue(participants.contains("children,children-s1,animacy,2"), participants.toString());
        // recover takes one parameter set: a file with groups is refused, naming them.
        ParticipantsCommandTest.Outcome refused = ParticipantsCommandTest.cmsim("recover", "--config", CONFIG,
                "--design", DESIGN, "--strengths", strengths.toString(), "--out", dir.resolve("rec").toString());
        assertEquals(Main.EXIT_USAGE, refused.code());
        assertTrue(refused.err().contains("has a parameter set per group (adults, children)"), refused.err());
    }

    @Test
    void recoverGeneratesEveryRuleFromTheFilesRows() throws Exception {
        Path strengths = dir.resolve("strengths.csv");
        Files.writeString(strengths, """
                rule,parameter,estimate
                multiplicative,order=NVN,1.5
                multiplicative,order=NNV,-0.5
                multiplicative,order=VNN,0.25
                multiplicative,animacy,1
                multiplicative,agreement,0.75
                additive,order=NVN,0.375
                additive,order=NNV,-0.125
                additive,order=VNN,0.0625
                additive,animacy,0.25
                additive,agreement,0.125
                hierarchy,order=NVN,
                hierarchy,order=NNV,-1
                hierarchy,order=VNN,1
                hierarchy,animacy,2
                hierarchy,agreement,1
                hierarchy,lapse,0.5
                """);
        Path out = dir.resolve("rec");
        ParticipantsCommandTest.Outcome run = ParticipantsCommandTest.cmsim("recover", "--config", CONFIG,
                "--design", DESIGN, "--strengths", strengths.toString(), "--datasets", "2", "--subjects", "5",
                "--threads", "1", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        List<String> models = Files.readAllLines(out.resolve("model-recovery.csv"));
        assertTrue(models.stream().anyMatch(line -> line.startsWith("additive,order=NVN=0.375 order=NNV=-0.125"
                + " order=VNN=0.0625 animacy=0.25 agreement=0.125,")), models.toString());
        // The hierarchy's NVN direction is not identified in the file (empty): it stays so, never a default +1.
        assertTrue(models.stream().anyMatch(line -> line.startsWith("hierarchy,order=NVN=not identified order=NNV=-1"
                + " order=VNN=1 animacy=2 agreement=1 lapse=0.5,")), models.toString());
    }
}
