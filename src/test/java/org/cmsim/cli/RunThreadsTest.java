package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of three languages on one thread and on three, where two languages are studied at a time and the third
 * waits for a free slot, and the playground's lexicons are read beside them: every file the same, byte for byte,
 * but for what records the time and the command line (manifest.json's clock fields; the command shown in the
 * pages), and the stages are reported once each whatever the thread count.
 */
class RunThreadsTest {

    @TempDir
    Path dir;

    @Test
    void threeLanguagesOnThreeThreadsWriteWhatOneThreadWrites() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        String language = """
                {"name": "%s", "corpus": "%s", "seed": %d,
                 "features": {"animacy": ["animate", "inanimate"], "number": ["sg", "pl"]},
                 "cues": [{"name": "order", "kind": "order"},
                          {"name": "animacy", "kind": "contrast", "feature": "animacy", "value": "animate"},
                          {"name": "agreement", "kind": "agreement", "features": ["number"]}]}""";
        String corpus = root.resolve("corpora/illustrative/corpus.csv").toString();
        Path config = dir.resolve("languages.json");
        Files.writeString(config, "{\"name\": \"three\", \"seed\": 4, \"languages\": [\""
                + root.resolve("configs/illustrative.json") + "\", "
                + String.format(language, "second", corpus, 2) + ", " + String.format(language, "third", corpus, 3)
                + "]}");
        Path one = dir.resolve("out-serial");
        Path three = dir.resolve("out-parallel");
        Cli.Result serial = Cli.run("run", config.toString(), "--out", one.toString(), "--threads", "1");
        assertEquals(0, serial.code(), serial.err());
        Cli.Result parallel = Cli.run("run", config.toString(), "--out", three.toString(), "--threads", "3");
        assertEquals(0, parallel.code(), parallel.err());
        assertEquals(serial.out().replace(one.toString(), "OUT"), parallel.out().replace(three.toString(), "OUT"));
        assertEquals(stages(serial.err()), stages(parallel.err()));

        List<Path> files;
        try (Stream<Path> walk = Files.walk(one)) {
            files = walk.filter(Files::isRegularFile).map(one::relativize).sorted().toList();
        }
        try (Stream<Path> walk = Files.walk(three)) {
            assertEquals(files, walk.filter(Files::isRegularFile).map(three::relativize).sorted().toList());
        }
        assertTrue(files.contains(Path.of("third", "qkv.json")) && files.contains(Path.of("playground.html")));
        for (Path file : files) {
            if (file.toString().equals("manifest.json")) {
                assertEquals(withoutClock(one.resolve(file)), withoutClock(three.resolve(file)));
            } else {
                assertEquals(Files.readString(one.resolve(file)).replace(one.toString(), "OUT").replace(" --threads 1", ""),
                        Files.readString(three.resolve(file)).replace(three.toString(), "OUT")
                                .replace(" --threads 3", ""), file.toString());
            }
        }
    }

    /** The stage lines without their times, sorted: two languages at a time interleave them. */
    private static List<String> stages(String err) {
        return err.lines().map(line -> line.replaceAll(" \\([0-9.]+ s\\)$", "")).sorted().toList();
    }

    /** manifest.json without the fields that record when the run ran, where it wrote and with how many threads. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutClock(Path manifest) throws Exception {
        Map<String, Object> json = new com.fasterxml.jackson.databind.ObjectMapper().readValue(manifest.toFile(),
                Map.class);
        for (String field : List.of("started", "finished", "stageSeconds", "command", "threads")) {
            json.remove(field);
        }
        return json;
    }
}
