package org.cmsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The passive cue: passive verb morphology with an agent phrase points to the noun of the agent phrase. */
class PassiveCueTest {

    static final FeatureSpace SPACE = new FeatureSpace(List.of(new Feature("voice", List.of("active", "passive")),
            new Feature("marker", List.of("none", "by", "a"))));

    /** An entry of a config's cues, given as its fields. */
    static CueEntry entry(Map<String, Object> fields) {
        return new CueEntry() {
            @Override
            public String required(String field) {
                return (String) fields.get(field);
            }

            @Override
            public Optional<String> optional(String field) {
                return Optional.ofNullable((String) fields.get(field));
            }

            @SuppressWarnings("unchecked")
            @Override
            public List<String> list(String field) {
                return (List<String>) fields.getOrDefault(field, List.of());
            }

            @Override
            public List<String> optionalList(String field) {
                return list(field);
            }
        };
    }

    static final PassiveCue PASSIVE = PassiveCue.fromEntry(entry(Map.of("name", "passive", "markers", List.of("by"))),
            SPACE);

    /** voice of the verb, then the markers of n1 and n2 ("-" unknown). */
    static int direction(String voice, String n1Marker, String n2Marker) {
        return PASSIVE.direction(new Stimulus(Order.NVN, values("-", n1Marker), values(voice, "-"),
                values("-", n2Marker)));
    }

    static FeatureValues values(String voice, String marker) {
        return new FeatureValues(new int[] {voice.equals("-") ? -1 : SPACE.feature(0).code(voice),
            marker.equals("-") ? -1 : SPACE.feature(1).code(marker)});
    }

    @Test
    void pointsToTheNounOfTheAgentPhraseInAPassive() {
        // the cow was kicked by the pencil
        assertEquals(-1, direction("passive", "none", "by"));
        // by the pencil the cow was kicked
        assertEquals(+1, direction("passive", "by", "none"));
    }

    @Test
    void isAbsentInActiveClausesAndWithoutOneAgentPhrase() {
        assertEquals(0, direction("active", "none", "by"));
        assertEquals(0, direction("-", "none", "by"));
        assertEquals(0, direction("passive", "none", "none"));
        assertEquals(0, direction("passive", "by", "by"));
        // a marker that is not an agent preposition
        assertEquals(0, direction("passive", "none", "a"));
        // the other noun's marker unknown: no contrast to read
        assertEquals(0, direction("passive", "-", "by"));
    }

    @Test
    void itsInformationIsTheVerbsVoice() {
        Stimulus passive = new Stimulus(Order.NVN, values("-", "none"), values("passive", "-"), values("-", "by"));
        assertEquals(0, PASSIVE.direction(PASSIVE.withInformationUnknown(passive)));
        assertEquals(List.of(0, 1), PASSIVE.featuresRead());
        assertEquals(List.of(List.of("v.voice"), List.of("n1.marker"), List.of("n2.marker")),
                PASSIVE.requiredColumns());
    }

    @Test
    void writesTheEntryItWasReadFrom() {
        assertEquals(Map.of("name", "passive", "kind", "passive", "markers", List.of("by")), PASSIVE.configEntry());
        assertEquals("passive", PASSIVE.kind());
        assertEquals(false, PASSIVE.perOrderLevel());
    }

    @Test
    void explainsWhereItPoints() {
        SentenceWords words = new SentenceWords(Order.NVN, new SentenceWords.Word("cow", Map.of("marker", "none")),
                new SentenceWords.Word("kicked", Map.of("voice", "passive")),
                new SentenceWords.Word("pencil", Map.of("marker", "by")));
        assertEquals("'kicked' is passive; markers 'cow' none, 'pencil' by -> passive points to n2 (the agent phrase)",
                PASSIVE.reason(-1, words));
        SentenceWords active = new SentenceWords(Order.NVN, new SentenceWords.Word("pencil", Map.of()),
                new SentenceWords.Word("kicks", Map.of("voice", "active")), new SentenceWords.Word("cow", Map.of()));
        assertEquals("'kicks' is active -> passive is absent", PASSIVE.reason(0, active));
    }

    @Test
    void anEntryNeedsVoiceMarkerAndDeclaredAgentMarkers() {
        FeatureSpace noVoice = new FeatureSpace(List.of(new Feature("marker", List.of("none", "by"))));
        assertTrue(assertThrows(CueEntry.Invalid.class, () -> PassiveCue.fromEntry(entry(Map.of("markers",
                List.of("by"))), noVoice)).getMessage().contains("voice"));
        FeatureSpace noPassive = new FeatureSpace(List.of(new Feature("voice", List.of("active")),
                new Feature("marker", List.of("none", "by"))));
        assertTrue(assertThrows(CueEntry.Invalid.class, () -> PassiveCue.fromEntry(entry(Map.of("markers",
                List.of("by"))), noPassive)).getMessage().contains("passive"));
        FeatureSpace noMarker = new FeatureSpace(List.of(new Feature("voice", List.of("active", "passive"))));
        assertTrue(assertThrows(CueEntry.Invalid.class, () -> PassiveCue.fromEntry(entry(Map.of("markers",
                List.of("by"))), noMarker)).getMessage().contains("marker"));
        CueEntry.Invalid undeclared = assertThrows(CueEntry.Invalid.class,
                () -> PassiveCue.fromEntry(entry(Map.of("markers", List.of("von"))), SPACE));
        assertEquals("markers", undeclared.field());
        assertEquals(0, undeclared.index());
        assertThrows(CueEntry.Invalid.class, () -> PassiveCue.fromEntry(entry(Map.of()), SPACE));
        assertEquals("passive", PassiveCue.fromEntry(entry(Map.of("markers", List.of("by"))), SPACE).name());
    }
}
