package org.cmsim.ndl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.testing.TinyLanguage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus as pyndl events: the names of an event's cues, its counts, the written file, and learning from it. */
class EventExportTest {

    private static final double AGREE = 1e-12;
    /** Rows 1 and 2 are one sentence type with one agent (5 tokens); row 4 is that type with the other agent. */
    private static final String CORPUS = """
            order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,agent,count
            NVN,animate,sg,sg,inanimate,pl,n1,2
            NVN,animate,sg,sg,inanimate,pl,n1,3
            NNV,,pl,sg,animate,sg,n2,1
            NVN,animate,sg,sg,inanimate,pl,n2,4
            """;
    /** Row 1 by hand: order; every known value, slot by slot; animacy points to n1, agreement (sg verb) too. */
    private static final List<String> ROW_1 = List.of("order=NVN", "n1.animacy=animate", "n1.number=sg",
            "v.number=sg", "n2.animacy=inanimate", "n2.number=pl", "animacy=n1", "agreement=n1");
    /** Row 3: n1's animacy unknown, so animacy is absent; only n2 agrees with the verb. */
    private static final List<String> ROW_3 = List.of("order=NNV", "n1.number=pl", "v.number=sg",
            "n2.animacy=animate", "n2.number=sg", "agreement=n2");

    @TempDir
    Path dir;

    private LanguageConfig config;
    private SentenceCorpus corpus;

    @BeforeEach
    void writeCorpus() throws Exception {
        config = TinyLanguage.write(dir, CORPUS);
        corpus = CorpusReader.read(config.corpus(), config.features());
    }

    @Test
    void anEventNamesEveryKnownValueAndTheDirectionOfEachPresentCue() {
        Map<EventExport.Event, Integer> events = count(EventExport.of(corpus, config.cues()), 3);
        assertEquals(Map.of(new EventExport.Event(ROW_1, "agent=n1"), 5, new EventExport.Event(ROW_3, "agent=n2"), 1,
                new EventExport.Event(ROW_1, "agent=n2"), 4), events);
    }

    /** A cell that allows two values is one cue naming both; agreement reads it as a listener does. */
    @Test
    void aSetOfValuesIsOneCue() throws Exception {
        LanguageConfig sets = TinyLanguage.write(dir, """
                order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,agent,count
                NVN,animate,pl|sg,sg,inanimate,pl,n1,1
                """);
        SentenceCorpus read = CorpusReader.read(sets.corpus(), sets.features());
        assertEquals(List.of("order=NVN", "n1.animacy=animate", "n1.number=sg|pl", "v.number=sg",
                "n2.animacy=inanimate", "n2.number=pl", "animacy=n1", "agreement=n1"),
                EventExport.cues(read.space(), read.get(0).stimulus(), sets.cues()));
    }

    @Test
    void oneEventPerTokenInAnOrderTheSeedDecides() {
        EventExport export = EventExport.of(corpus, config.cues());
        assertEquals(10, export.size());
        assertEquals(order(export, 3), order(export, 3));
        assertNotEquals(order(export, 3), order(export, 4), "another seed, another order (of 10!/(5!4!1!) = 1260)");
    }

    /** The file holds the header and the events in the order of the seed; its gzip header carries no time. */
    @Test
    void theFileHoldsTheEventsInTheSeedsOrder() throws Exception {
        EventExport export = EventExport.of(corpus, config.cues());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        export.write(3, bytes);
        byte[] gz = bytes.toByteArray();
        assertArrayEquals(new byte[] {0, 0, 0, 0}, java.util.Arrays.copyOfRange(gz, 4, 8), "gzip MTIME is 0");
        List<String> lines = gunzip(gz).lines().toList();
        List<String> expected = new ArrayList<>(List.of("cues\toutcomes"));
        for (EventExport.Event event : order(export, 3)) {
            expected.add(String.join("_", event.cues()) + "\t" + event.outcome());
        }
        assertEquals(expected, lines);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        export.write(3, again);
        assertArrayEquals(gz, again.toByteArray());
    }

    /** Learning from the corpus's events is learning from the exported file, by both learners. */
    @Test
    void learningFromTheEventsIsLearningFromTheExportedFile() throws Exception {
        EventExport export = EventExport.of(corpus, config.cues());
        Path file = dir.resolve("events.tab.gz");
        try (var out = Files.newOutputStream(file)) {
            export.write(7, out);
        }
        NdlParameters p = new NdlParameters(0.1, 0.2, 0.05, 1.0);
        Weights direct = export.learn(7, p);
        Weights fast = FastNdl.learn(file, p);
        assertEquals(fast.cues(), direct.cues());
        assertEquals(fast.outcomes(), direct.outcomes());
        assertEquals(10, direct.events());
        for (int c = 0; c < fast.cues().size(); c++) {
            assertArrayEquals(fast.values()[c], direct.values()[c], 0.0, fast.cues().get(c));
        }
        Weights reference = ReferenceNdl.learn(file, p);
        for (String cue : reference.cues()) {
            for (String outcome : reference.outcomes()) {
                assertEquals(reference.get(cue, outcome), direct.get(cue, outcome), AGREE, cue + " " + outcome);
            }
        }
        assertTrue(direct.get("animacy=n1", "agent=n1") > 0, "a cue of 5 n1 agents and 4 n2 agents leans to n1");
    }

    @Test
    void aNameHoldingASeparatorIsRefused() throws Exception {
        Files.writeString(dir.resolve("config.json"), TinyLanguage.CONFIG.replace("\"inanimate\"", "\"in_animate\""));
        Files.writeString(dir.resolve("corpus.csv"), CORPUS.replace(",inanimate,", ",in_animate,"));
        LanguageConfig underscored = ConfigReader.readLanguage(dir.resolve("config.json"));
        SentenceCorpus read = CorpusReader.read(underscored.corpus(), underscored.features());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventExport.of(read, underscored.cues()));
        assertEquals("cue 'n2.animacy=in_animate' contains '_' or a tab, which pyndl's event format uses as"
                + " separators", e.getMessage());
    }

    private static List<EventExport.Event> order(EventExport export, long seed) {
        List<EventExport.Event> events = new ArrayList<>();
        export.forEach(seed, events::add);
        return events;
    }

    private static Map<EventExport.Event, Integer> count(EventExport export, long seed) {
        Map<EventExport.Event, Integer> counts = new LinkedHashMap<>();
        export.forEach(seed, event -> counts.merge(event, 1, Integer::sum));
        return counts;
    }

    private static String gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
