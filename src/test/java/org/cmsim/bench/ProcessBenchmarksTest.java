package org.cmsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cmsim.input.ChoiceReader;
import org.cmsim.input.ConfigReader;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.LanguageConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The researcher's data set that bench fits and src/test/scripts/bench-r.sh hands to R. */
class ProcessBenchmarksTest {

    @Test
    void researcherStudyIsTheFirstSixteenAdultsOfTheTwoGroupStudy(@TempDir Path scratch) throws Exception {
        Path config = ProcessBenchmarks.researcherStudy(scratch).orElseThrow();
        LanguageConfig read = ConfigReader.readLanguage(config);
        ChoiceData data = ChoiceReader.read(read.choices().orElseThrow(), read.features());
        // 16 adults (a01..a16) x 108 trials: the first 1,729 lines (header included) of the shipped study,
        // as the script's `head -n 1729`.
        assertEquals(1728, data.rows().size());
        assertEquals(16, data.rows().stream().map(ChoiceRow::subject).distinct().count());
        List<String> shipped = Files.readAllLines(Path.of("corpora", "two-groups", "choices.csv"));
        assertEquals(shipped.subList(0, 1729), Files.readAllLines(read.choices().orElseThrow()));
    }
}
