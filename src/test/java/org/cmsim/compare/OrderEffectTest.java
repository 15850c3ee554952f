package org.cmsim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.competition.ParameterStatus;
import org.cmsim.input.FindingsReader;
import org.cmsim.io.InputException;
import org.cmsim.model.PublishedFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word order as a finding names it: the order effect by hand, one level, and findings that must say which. */
class OrderEffectTest {

    @TempDir
    Path dir;

    private static Comparison.CueRow row(String parameter, double value, double present, ParameterStatus status) {
        return new Comparison.CueRow(parameter, value, 0.1, value, 0, 0, 0, value - 1, value + 1, value, value, 1,
                present, status, HeadEnsemble.Reading.NOT_PRESENT);
    }

    /** English-like: NVN canonical (n1), NNV toward n2, VNN toward n1, one rare level. */
    private static final List<Comparison.CueRow> ROWS = List.of(
            row("order=NVN", 3.6, 12998, ParameterStatus.MEASURED),
            row("order=NNV", -4.9, 576, ParameterStatus.MEASURED),
            row("order=VNN", 3.9, 593, ParameterStatus.MEASURED),
            row("order=VN", 9.0, 5, ParameterStatus.SPARSE),
            row("case", 3.4, 853, ParameterStatus.MEASURED));

    @Test
    void theEffectIsHalfTheCanonicalLevelAgainstTheMeanOfTheOtherMeasuredLevels() {
        OrderEffect.Levels levels = OrderEffect.levels(ROWS).orElseThrow();
        assertEquals("order=NVN", levels.canonical());
        assertEquals(List.of("order=NNV", "order=VNN"), levels.others(), "the sparse level is left out");
        // (3.6 - (-4.9 + 3.9) / 2) / 2 = (3.6 + 0.5) / 2 = 2.05
        Map<String, Double> values = Map.of("order=NVN", 3.6, "order=NNV", -4.9, "order=VNN", 3.9);
        assertEquals(2.05, OrderEffect.of(values, levels), 1e-12);
        List<Map<String, Double>> replicates = OrderEffect.addTo(List.of(values, Map.of("order=NVN", 1.0)), levels);
        assertEquals(2.05, replicates.get(0).get(OrderEffect.PARAMETER), 1e-12);
        assertTrue(Double.isNaN(replicates.get(1).get(OrderEffect.PARAMETER)), "a level unread: the effect too");
        assertEquals(Optional.empty(), OrderEffect.levels(List.of(ROWS.get(0), ROWS.get(4))), "no other level");
    }

    @Test
    void aFindingReadsWordOrderAsTheLevelOrTheEffectItNames() {
        List<org.cmsim.model.Cue> cues = List.of(new org.cmsim.model.OrderCue("order", java.util.Set.of(), Map.of()),
                new org.cmsim.model.ContrastCue("case", 0, "case", 0, "nom"));
        RelationVerdicts.CueParameter canonical = RelationVerdicts.cueParameters(ROWS, cues,
                RelationVerdicts.Model.COMPETITION, Optional.empty()).get(0);
        assertEquals("order=NVN", canonical.parameter());
        // the headline's reading: the effect where the rows measure it, else the most frequent level
        assertEquals(OrderEffect.PARAMETER, RelationVerdicts.cueParameters(ROWS, cues,
                RelationVerdicts.Model.COMPETITION).get(0).parameter());
        assertEquals("order=NVN", RelationVerdicts.cueParameters(List.of(ROWS.get(0), ROWS.get(4)), cues,
                RelationVerdicts.Model.COMPETITION).get(0).parameter());
        assertEquals("order=NNV", RelationVerdicts.cueParameters(ROWS, cues, RelationVerdicts.Model.COMPETITION,
                Optional.of("NNV")).get(0).parameter());
        assertEquals(ParameterStatus.ABSENT, RelationVerdicts.cueParameters(ROWS, cues,
                RelationVerdicts.Model.COMPETITION, Optional.of("NNNV")).get(0).status());
        RelationVerdicts.CueParameter effect = RelationVerdicts.cueParameters(ROWS, cues,
                RelationVerdicts.Model.COMPETITION, Optional.of("effect")).get(0);
        assertEquals(new RelationVerdicts.CueParameter("order", OrderEffect.PARAMETER, ParameterStatus.MEASURED,
                Double.NaN), effect);
        // Order strongest: as its canonical level (3.6) it beats case (3.4); as the effect (2.05) it does not.
        PublishedFinding strongest = new PublishedFinding("english", "adults", "", "", List.of(), Optional.of("order"));
        Map<String, Double> values = Map.of("order=NVN", 3.6, "order=NNV", -4.9, "order=VNN", 3.9, "case", 3.4);
        OrderEffect.Levels levels = OrderEffect.levels(ROWS).orElseThrow();
        List<Map<String, Double>> replicates = OrderEffect.addTo(List.of(values), levels);
        assertEquals("holds", RelationVerdicts.of(strongest, RelationVerdicts.cueParameters(ROWS, cues,
                RelationVerdicts.Model.COMPETITION, Optional.empty()), replicates).verdict());
        assertEquals("fails", RelationVerdicts.of(strongest, List.of(effect, RelationVerdicts.cueParameters(ROWS, cues,
                RelationVerdicts.Model.COMPETITION).get(1)), replicates).verdict());
    }

    @Test
    void aFindingAboutWordOrderMustNameWhichAndOnlyALevelOrTheEffect() throws Exception {
        Path file = dir.resolve("findings.json");
        Files.writeString(file, "{\"findings\": [\n"
                + "{\"language\": \"x\", \"result\": \"r\", \"study\": \"s\", \"ordering\": [[\"case\"], [\"animacy\"]]},\n"
                + "{\"language\": \"x\", \"result\": \"r\", \"study\": \"s\", \"strongest\": \"case\"}\n]}\n");
        // The second sets case above every cue, word order among them: it must say which word order.
        InputException missing = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> FindingsReader.read(file));
        assertTrue(missing.getMessage().contains("findings.json:3") && missing.getMessage().contains("order: missing"),
                missing.getMessage());
        Files.writeString(file, "{\"findings\": [{\"language\": \"x\", \"result\": \"r\", \"study\": \"s\","
                + " \"strongest\": \"order\", \"order\": \"SVO\"}]}\n");
        InputException level = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> FindingsReader.read(file));
        assertTrue(level.getMessage().contains("'SVO' is neither an order level such as NVN nor effect"),
                level.getMessage());
        Files.writeString(file, "{\"findings\": [{\"language\": \"x\", \"result\": \"r\", \"study\": \"s\","
                + " \"strongest\": \"order\", \"order\": \"effect\"}]}\n");
        assertEquals(Optional.of("effect"), FindingsReader.read(file).get(0).order());
    }

    /**
     * The headline orders word order by its effect where measured: (3.6 - (-4.9 + 3.9) / 2) / 2 = 2.05 is below
     * case's 3.4, so case comes first, although the canonical level (3.6) alone would beat it; the strengths that
     * figures and tables read agree.
     */
    @Test
    void theHeadlineOrdersWordOrderByItsEffect() {
        List<org.cmsim.model.Cue> cues = List.of(new org.cmsim.model.OrderCue("order", java.util.Set.of(), Map.of()),
                new org.cmsim.model.ContrastCue("case", 0, "case", 0, "nom"));
        assertEquals("case > order", Comparison.competitionOrdering(ROWS, cues).describe());
        assertEquals(2.05, Comparison.cueStrengths(ROWS, cues, false).get("order"), 1e-12);
        assertEquals(2.05, Comparison.values(ROWS, true).get(OrderEffect.PARAMETER), 1e-12);
        assertEquals("order > case", Comparison.competitionOrdering(List.of(ROWS.get(0), ROWS.get(4)), cues)
                .describe(), "one measured level: word order as that level, 3.6 > 3.4");
    }
}
