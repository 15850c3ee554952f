package org.cmsim.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cmsim.io.InputException;
import org.cmsim.model.Cue;
import org.cmsim.model.CueKind;
import org.cmsim.model.LanguageConfig;
import org.cmsim.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every registered kind of cue is read from a config and written back by the cue itself
 * ({@link Cue#configEntry}, as manifest.json records the resolved config): reading what was written
 * gives the same cues, and writing them again the same entries.
 */
class CueKindsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static final String EVERY_KIND = """
            {"name": "every-kind", "language": "de", "corpus": "corpus.csv",
             "features": {"animacy": ["animate", "inanimate"], "marker": ["none", "a"], "number": ["sg", "pl"],
                          "person": ["1", "2", "3"], "voice": ["active", "passive"]},
             "cues": [
               {"kind": "order", "neutral": ["VNN", "NNV"]},
               {"kind": "contrast", "feature": "animacy", "value": "animate"},
               {"name": "a-marking", "kind": "contrast", "feature": "marker", "value": "a", "marks": "patient"},
               {"name": "agreement", "kind": "agreement", "features": ["number", "person"]},
               {"name": "passive", "kind": "passive", "markers": ["a"]}],
             "seed": 3, "learn": {"presentations": 500}, "select": {"genre": ["spoken", "written"]}}
            """;

    @Test
    void aConfigWithEveryKindReadsBackWhatItsResolvedFormWrites() throws Exception {
        Files.writeString(dir.resolve("config.json"), EVERY_KIND);
        LanguageConfig first = ConfigReader.readLanguage(dir.resolve("config.json"));
        assertEquals(CueKind.ALL.stream().map(CueKind::name).sorted().toList(),
                first.cues().stream().map(Cue::kind).distinct().sorted().toList(), "the config has every kind");

        Map<String, Object> written = resolved(first);
        Files.writeString(dir.resolve("again.json"), JSON.writeValueAsString(written));
        LanguageConfig second = ConfigReader.readLanguage(dir.resolve("again.json"));

        assertEquals(first.cues(), second.cues());
        assertEquals(first.features(), second.features());
        assertEquals(first.seed(), second.seed());
        assertEquals(first.learn(), second.learn());
        assertEquals(first.attention(), second.attention());
        assertEquals(first.select(), second.select());
        assertEquals(first.language(), second.language());
        assertEquals(JSON.valueToTree(written), JSON.valueToTree(resolved(second)), "written again, the same");
    }

    /** The resolved config as manifest.json records it, less the path of the file it was read from. */
    private static Map<String, Object> resolved(LanguageConfig config) {
        Map<String, Object> json = Manifest.resolved(config);
        json.remove("config");
        return json;
    }

    @Test
    void anUnknownKindListsTheRegisteredOnes() throws Exception {
        Files.writeString(dir.resolve("config.json"), """
                {"name": "x", "corpus": "c.csv", "cues": [{"kind": "prosody"}]}
                """);
        InputException error = assertThrows(InputException.class,
                () -> ConfigReader.readLanguage(dir.resolve("config.json")));
        assertTrue(error.getMessage().endsWith("config.json:1: cues[0].kind: 'prosody' is not a cue kind ("
                + String.join(", ", CueKind.ALL.stream().map(CueKind::name).toList()) + ")"), error.getMessage());
        assertTrue(error.getMessage().contains("(order, contrast, agreement"), error.getMessage());
    }

    @Test
    void aFieldNoKindHasIsRefusedListingTheFieldsOfEveryKind() throws Exception {
        Files.writeString(dir.resolve("config.json"), """
                {"name": "x", "corpus": "c.csv", "cues": [{"kind": "order", "nuetral": []}]}
                """);
        InputException error = assertThrows(InputException.class,
                () -> ConfigReader.readLanguage(dir.resolve("config.json")));
        assertTrue(error.getMessage().contains("cues[0].nuetral: unknown field (expected one of: name, kind,"
                + " neutral, feature, value, marks, features"), error.getMessage());
    }

    /** A value a kind cannot take is pointed at: the field, or the element of a list field, with its line. */
    @Test
    void aValueTheKindCannotTakeNamesItsFieldOrElementAndLine() throws Exception {
        Files.writeString(dir.resolve("list.json"), """
                {"name": "x", "corpus": "c.csv", "features": {"number": ["sg", "pl"]},
                 "cues": [{"kind": "agreement",
                           "features": ["number", "persn"]}]}
                """);
        InputException list = assertThrows(InputException.class, () -> ConfigReader.readLanguage(dir.resolve("list.json")));
        assertTrue(list.getMessage().endsWith("list.json:3: cues[0].features[1]: 'persn' is not a declared feature"),
                list.getMessage());
        Files.writeString(dir.resolve("value.json"), """
                {"name": "x", "corpus": "c.csv", "features": {"animacy": ["animate", "inanimate"]},
                 "cues": [{"kind": "contrast", "feature": "animacy",
                           "value": "alive"}]}
                """);
        InputException value = assertThrows(InputException.class, () -> ConfigReader.readLanguage(dir.resolve("value.json")));
        assertTrue(value.getMessage().endsWith("value.json:3: cues[0].value: 'alive' is not a declared value of animacy"
                + " (animate, inanimate)"), value.getMessage());
        Files.writeString(dir.resolve("missing.json"), """
                {"name": "x", "corpus": "c.csv", "features": {"number": ["sg", "pl"]},
                 "cues": [{"kind": "agreement"}]}
                """);
        InputException missing = assertThrows(InputException.class,
                () -> ConfigReader.readLanguage(dir.resolve("missing.json")));
        assertTrue(missing.getMessage().contains("cues[0].features: is required"), missing.getMessage());
    }

    /** A class Cue permits but no entry of CueKind.ALL reads would be a kind no config could declare. */
    @Test
    void everyPermittedKindOfCueIsRegisteredUnderItsKindName() throws Exception {
        List<String> permitted = new java.util.ArrayList<>();
        for (Class<?> kind : Cue.class.getPermittedSubclasses()) {
            permitted.add((String) kind.getField("KIND").get(null));
        }
        assertEquals(permitted.stream().sorted().toList(),
                CueKind.ALL.stream().map(CueKind::name).sorted().toList());
    }
}
