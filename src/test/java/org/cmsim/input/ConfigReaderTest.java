package org.cmsim.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cmsim.io.InputException;
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
    void anL2LeftOutIsCrossValidatedAndOneSetIsUsedAsSet() throws Exception {
        Files.writeString(dir.resolve("left-out.json"), """
                {"name": "a", "corpus": "c.csv", "cues": [], "attention": {"epochs": 3}}
                """);
        Files.writeString(dir.resolve("set.json"), """
                {"name": "a", "corpus": "c.csv", "cues": [], "attention": {"l2": 0.001}}
                """);
        var leftOut = ConfigReader.readLanguage(dir.resolve("left-out.json")).attention();
        var set = ConfigReader.readLanguage(dir.resolve("set.json")).attention();
        assertEquals(org.cmsim.model.AttentionSettings.L2Choice.CROSS_VALIDATED, leftOut.l2Choice());
        assertEquals(org.cmsim.model.AttentionSettings.L2Choice.AS_SET, set.l2Choice());
        assertEquals(leftOut.l2(), set.l2(), 0, "the same value, the default: only the choice differs");
    }

    @Test
    void anL2ChoiceAsAManifestRecordsItDecidesAndABadOneIsNamed() throws Exception {
        Files.writeString(dir.resolve("resolved.json"), """
                {"name": "a", "corpus": "c.csv", "cues": [], "attention": {"l2": 0.01, "l2Choice": "cross-validated"}}
                """);
        Files.writeString(dir.resolve("bad.json"), """
                {"name": "a", "corpus": "c.csv", "cues": [],
                 "attention": {"l2Choice": "chosen"}}
                """);
        assertEquals(org.cmsim.model.AttentionSettings.L2Choice.CROSS_VALIDATED,
                ConfigReader.readLanguage(dir.resolve("resolved.json")).attention().l2Choice());
        InputException error = assertThrows(InputException.class, () -> ConfigReader.readLanguage(dir.resolve("bad.json")));
        assertTrue(error.getMessage().contains("bad.json:2: attention.l2Choice: 'chosen' is not one of cross-validated,"
                + " as-set"), error.getMessage());
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

    @Test
    void selectKeepsTheRowsWhoseColumnsHaveAnAllowedValueAndMarksInvertsAContrastCue() throws Exception {
        Files.writeString(dir.resolve("corpus.csv"), """
                order,n1.marker,n2.marker,n1.clitic,agent,count,source,genre
                NVN,none,a,no,n1,3,es_gsd,written
                NVN,none,a,no,n1,2,es_coser,spoken
                NNV,a,none,yes,n2,1,es_coser,spoken
                """);
        Files.writeString(dir.resolve("spoken.json"), """
                {"name": "spoken", "corpus": "corpus.csv", "select": {"genre": ["spoken"]},
                 "features": {"marker": ["none", "a"]},
                 "cues": [{"name": "a-marking", "kind": "contrast", "feature": "marker", "value": "a",
                           "marks": "patient"}]}
                """);
        org.cmsim.model.LanguageConfig spoken = ConfigReader.readLanguage(dir.resolve("spoken.json"));
        org.cmsim.model.SentenceCorpus corpus = CueColumns.readCorpus(spoken);
        assertEquals(3, corpus.totalCount(), "the two spoken rows");
        assertEquals(1, corpus.space().size(), "n1.clitic, a feature the config does not declare, is left unread");
        ContrastCue marking = (ContrastCue) spoken.cues().get(0);
        assertEquals(ContrastCue.Marks.PATIENT, marking.marks());
        // the unmarked first noun is the agent; where the first noun has "a", the second is
        assertEquals(+1, marking.direction(corpus.get(0).stimulus()));
        assertEquals(-1, marking.direction(corpus.get(1).stimulus()));

        Files.writeString(dir.resolve("missing.json"), Files.readString(dir.resolve("spoken.json"))
                .replace("\"genre\"", "\"register\""));
        InputException missing = assertThrows(InputException.class,
                () -> CueColumns.readCorpus(ConfigReader.readLanguage(dir.resolve("missing.json"))));
        assertTrue(missing.getMessage().contains("select: column 'register' is not in the corpus"), missing.getMessage());
        Files.writeString(dir.resolve("none.json"), Files.readString(dir.resolve("spoken.json"))
                .replace("[\"spoken\"]", "[\"child-directed\"]"));
        InputException none = assertThrows(InputException.class,
                () -> CueColumns.readCorpus(ConfigReader.readLanguage(dir.resolve("none.json"))));
        assertTrue(none.getMessage().contains("keeps no row"), none.getMessage());
        Files.writeString(dir.resolve("role.json"), Files.readString(dir.resolve("spoken.json"))
                .replace("\"patient\"", "\"theme\""));
        InputException role = assertThrows(InputException.class, () -> ConfigReader.readLanguage(dir.resolve("role.json")));
        assertTrue(role.getMessage().contains("cues[0].marks: 'theme' is not agent or patient"), role.getMessage());
    }

    /** {@code "language"} is an ISO 639-1 code cmsim has tables for; the name stays a label. */
    @Test
    void theLanguageIsACodeWithTablesAndTheNameOnlyALabel() throws Exception {
        Files.writeString(dir.resolve("british.json"), """
                {"name": "British", "language": "en", "corpus": "c.csv", "cues": []}
                """);
        org.cmsim.model.LanguageConfig british = ConfigReader.readLanguage(dir.resolve("british.json"));
        assertEquals(java.util.Optional.of(org.cmsim.model.Language.EN), british.language());
        assertEquals("British", british.name());
        Files.writeString(dir.resolve("english.json"), """
                {"name": "english", "corpus": "c.csv", "cues": []}
                """);
        assertEquals(java.util.Optional.empty(), ConfigReader.readLanguage(dir.resolve("english.json")).language(),
                "nothing is read from the name");
        Files.writeString(dir.resolve("klingon.json"), """
                {"name": "klingon",
                 "language": "tlh", "corpus": "c.csv", "cues": []}
                """);
        InputException error = assertThrows(InputException.class,
                () -> ConfigReader.readLanguage(dir.resolve("klingon.json")));
        assertTrue(error.getMessage().endsWith("klingon.json:2: language: 'tlh' is not the ISO 639-1 code of a language"
                + " cmsim has tables for (en, de, it, fr, ru, es, nl, ja, sr, hr)"), error.getMessage());
        Files.writeString(dir.resolve("upper.json"), """
                {"name": "x", "language": "EN", "corpus": "c.csv", "cues": []}
                """);
        assertThrows(InputException.class, () -> ConfigReader.readLanguage(dir.resolve("upper.json")),
                "a code is written as ISO 639-1 writes it, lower-case");
    }
}
