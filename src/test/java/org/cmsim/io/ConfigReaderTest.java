package org.cmsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cmsim.model.AgreementCue;
import org.cmsim.model.ContrastCue;
import org.cmsim.model.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {

    @TempDir
    Path dir;

    @Test
    void runConfigReadsLanguageFilesInlineLanguagesAndFindings() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/one.json"), """
                {"name": "one", "corpus": "c.csv", "features": {"case": ["nom", "acc"]},
                 "cues": [{"kind": "contrast", "feature": "case", "value": "nom"}]}
                """);
        Files.writeString(dir.resolve("run.json"), """
                {"name": "both", "seed": 7, "findings": "human.json", "languages": ["sub/one.json",
                  {"name": "two", "corpus": "two.csv", "features": {"number": ["sg", "pl"]},
                   "cues": [{"kind": "agreement", "features": ["number"]}]}]}
                """);
        RunConfig run = ConfigReader.readRun(dir.resolve("run.json"));
        assertEquals("both", run.name());
        assertEquals(7, run.seed());
        assertEquals(2, run.languages().size());
        assertEquals(dir.resolve("sub/c.csv").toAbsolutePath().normalize(), run.languages().get(0).corpus()
                .toAbsolutePath().normalize(), "paths are relative to the file that names them");
        assertEquals(7, run.languages().get(1).seed(), "a language without a seed takes the run's");
        assertEquals("case", run.languages().get(0).cues().get(0).name(), "a contrast cue is named after its feature");
        assertTrue(run.languages().get(0).cues().get(0) instanceof ContrastCue);
        assertTrue(run.languages().get(1).cues().get(0) instanceof AgreementCue);
        assertEquals(dir.resolve("human.json").toAbsolutePath().normalize(),
                run.findings().orElseThrow().toAbsolutePath().normalize());
    }

    @Test
    void duplicateLanguageNamesAreRejectedWithTheFieldPath() throws Exception {
        Files.writeString(dir.resolve("run.json"), """
                {"languages": [
                  {"name": "x", "corpus": "a.csv", "cues": []},
                  {"name": "x", "corpus": "b.csv", "cues": []}]}
                """);
        InputException error = assertThrows(InputException.class, () -> ConfigReader.readRun(dir.resolve("run.json")));
        assertTrue(error.getMessage().contains("run.json:3: languages[1]: language x appears twice"), error.getMessage());
    }
}
