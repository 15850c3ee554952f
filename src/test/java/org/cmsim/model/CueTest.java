package org.cmsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cues' direction functions (+1 toward n1, -1 toward n2, 0 absent or neutral), case by case. Features:
 * number (sg, pl), person (1, 2, 3).
 */
class CueTest {

    static final int U = FeatureValues.UNKNOWN;
    static final AgreementCue AGREEMENT = new AgreementCue("agreement", new int[] {0, 1}, List.of("number", "person"));
    static final ContrastCue ANIMACY = new ContrastCue("animacy", 0, "animacy", 0, "animate");

    static Stimulus s(int[] n1, int[] v, int[] n2) {
        return new Stimulus(Order.NVN, new FeatureValues(n1), new FeatureValues(v), new FeatureValues(n2));
    }

    @Test
    void agreementNeedsAMatchOnEveryMarkedFeatureAndAMismatchOnOne() {
        assertEquals(+1, AGREEMENT.direction(s(new int[] {0, 2}, new int[] {0, 2}, new int[] {1, 2})));
        assertEquals(-1, AGREEMENT.direction(s(new int[] {1, 2}, new int[] {0, 2}, new int[] {0, 2})));
        // both match: absent
        assertEquals(0, AGREEMENT.direction(s(new int[] {0, 2}, new int[] {0, 2}, new int[] {0, 2})));
        // the verb marks only number: person is not consulted
        assertEquals(+1, AGREEMENT.direction(s(new int[] {0, 0}, new int[] {0, U}, new int[] {1, 2})));
        // the verb marks nothing: absent
        assertEquals(0, AGREEMENT.direction(s(new int[] {0, 2}, new int[] {U, U}, new int[] {1, 2})));
        // n1 unknown on a marked feature cannot be said to match
        assertEquals(0, AGREEMENT.direction(s(new int[] {U, 2}, new int[] {0, 2}, new int[] {1, 2})));
        // n2 unknown on every marked feature cannot be said to mismatch
        assertEquals(0, AGREEMENT.direction(s(new int[] {0, 2}, new int[] {0, 2}, new int[] {U, U})));
    }

    @Test
    void contrastNeedsTheFavouredValueAgainstADifferentKnownOne() {
        assertEquals(+1, ANIMACY.direction(s(new int[] {0, U}, new int[] {U, U}, new int[] {1, U})));
        assertEquals(-1, ANIMACY.direction(s(new int[] {1, U}, new int[] {U, U}, new int[] {0, U})));
        assertEquals(0, ANIMACY.direction(s(new int[] {0, U}, new int[] {U, U}, new int[] {0, U})));
        assertEquals(0, ANIMACY.direction(s(new int[] {0, U}, new int[] {U, U}, new int[] {U, U})));
    }

    /** Spanish "a" (value 0 of marker: a, none) marks the object: the cue points to the other noun. */
    @Test
    void aPatientMarkerPointsAwayFromTheNounThatCarriesIt() {
        ContrastCue marking = new ContrastCue("a-marking", 0, "marker", 0, "a", ContrastCue.Marks.PATIENT);
        // n2 carries "a", n1 is unmarked: n1 is the agent
        assertEquals(+1, marking.direction(s(new int[] {1, U}, new int[] {U, U}, new int[] {0, U})));
        assertEquals(-1, marking.direction(s(new int[] {0, U}, new int[] {U, U}, new int[] {1, U})));
        // both unmarked (differential object marking: an unmarked object), or one unknown: absent
        assertEquals(0, marking.direction(s(new int[] {1, U}, new int[] {U, U}, new int[] {1, U})));
        assertEquals(0, marking.direction(s(new int[] {0, U}, new int[] {U, U}, new int[] {U, U})));
        assertEquals(ContrastCue.Marks.AGENT, ANIMACY.marks());
        assertEquals(ContrastCue.Marks.PATIENT, ContrastCue.Marks.parse("patient").orElseThrow());
    }

    @Test
    void orderPointsWhereItsLevelsMajorityAgentIsUnlessNeutral() {
        OrderCue order = new OrderCue("order", Set.of(Order.VNN), Map.of(Order.NVN, 1, Order.NNV, -1));
        FeatureValues none = FeatureValues.unknown(0);
        assertEquals(1, order.direction(new Stimulus(Order.NVN, none, none, none)));
        assertEquals(-1, order.direction(new Stimulus(Order.NNV, none, none, none)));
        assertEquals(0, order.direction(new Stimulus(Order.VNN, none, none, none)));
    }

    /** What a cue reads: the columns a corpus must have and the features the head's control keeps. */
    @Test
    void eachCueNamesTheFeaturesAndColumnsItReads() {
        assertEquals(List.of(0), ANIMACY.featuresRead());
        assertEquals(List.of(List.of("n1.animacy"), List.of("n2.animacy")), ANIMACY.requiredColumns());
        assertEquals(List.of(0, 1), AGREEMENT.featuresRead());
        assertEquals(List.of(List.of("v.number"), List.of("n1.number"), List.of("n2.number"), List.of("v.person"),
                List.of("n1.person"), List.of("n2.person")), AGREEMENT.requiredColumns());
        OrderCue order = OrderCue.unresolved("order", Set.of());
        assertEquals(List.of(), order.featuresRead());
        assertEquals(List.of(), order.requiredColumns());
        assertEquals(List.of(true, false, false), java.util.stream.Stream.of(order, ANIMACY, AGREEMENT)
                .map(Cue::perOrderLevel).toList(), "only word order is one parameter per level");
    }

    /** The head's ablation: a contrast cue's feature unknown on both nouns, an agreement cue's on the verb. */
    @Test
    void ablationSetsTheCuesInformationToUnknown() {
        Stimulus sentence = s(new int[] {0, 2}, new int[] {0, 2}, new int[] {1, 2});
        assertEquals(s(new int[] {U, 2}, new int[] {0, 2}, new int[] {U, 2}), ANIMACY.withInformationUnknown(sentence));
        assertEquals(s(new int[] {0, 2}, new int[] {U, U}, new int[] {1, 2}), AGREEMENT.withInformationUnknown(sentence));
        assertEquals(0, AGREEMENT.direction(AGREEMENT.withInformationUnknown(sentence)));
        assertEquals(0, ANIMACY.direction(ANIMACY.withInformationUnknown(sentence)));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> OrderCue.unresolved("order", Set.of()).withInformationUnknown(sentence));
    }

    /** Why a cue points where it does, from the words as read. */
    @Test
    void reasonsNameTheWordsAndTheirValues() {
        java.util.Map<String, String> pencil = new java.util.LinkedHashMap<>();
        pencil.put("animacy", "inanimate");
        pencil.put("number", "sg");
        java.util.Map<String, String> kicks = new java.util.LinkedHashMap<>();
        kicks.put("animacy", null);
        kicks.put("number", "sg");
        SentenceWords words = new SentenceWords(Order.NVN, new SentenceWords.Word("pencil", pencil),
                new SentenceWords.Word("kicks", kicks), new SentenceWords.Word("cow", Map.of("animacy", "animate",
                        "number", "sg")));
        ContrastCue animacy = new ContrastCue("animacy", 0, "animacy", 0, "animate");
        assertEquals("'pencil' inanimate, 'cow' animate -> animacy points to n2 (animate marks the agent)",
                animacy.reason(-1, words));
        AgreementCue agreement = new AgreementCue("agreement", new int[] {1}, List.of("number"));
        assertEquals("'kicks' is number sg; 'pencil' number sg; 'cow' number sg -> no single noun agrees and the"
                + " other not: agreement is absent", agreement.reason(0, words));
        assertEquals("word order NVN", OrderCue.unresolved("order", Set.of()).reason(0, words));
    }

    /** A cue's config entry: its name, kind and own fields, as a config writes them. */
    @Test
    void configEntriesWriteEachKindsFields() {
        assertEquals(Map.of("name", "order", "kind", "order", "neutral", List.of("NNV", "VNN")),
                new OrderCue("order", Set.of(Order.VNN, Order.NNV), Map.of()).configEntry());
        assertEquals(Map.of("name", "a-marking", "kind", "contrast", "feature", "marker", "value", "a",
                "marks", "patient"), new ContrastCue("a-marking", 0, "marker", 0, "a", ContrastCue.Marks.PATIENT)
                .configEntry());
        assertEquals(List.of("name", "kind", "features"), List.copyOf(AGREEMENT.configEntry().keySet()));
        assertEquals(List.of("number", "person"), AGREEMENT.configEntry().get("features"));
    }
}
