package org.cmsim.validity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.ContrastCue;
import org.cmsim.model.Cue;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.Order;
import org.cmsim.model.OrderCue;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;
import org.junit.jupiter.api.Test;

/**
 * Validity on src/test/resources/validity/hand-counted.csv (15 sentence tokens in 5 rows), against
 * numbers counted by hand. Directions per row (order / animacy / agreement), agent, count:
 * <pre>
 *   r1 NVN  +1 / +1 /  0   n1  3    (both nouns sg: agreement absent)
 *   r2 NVN  +1 / -1 / -1   n2  2    (order wrong, in conflict with animacy and agreement)
 *   r3 NNV  -1 / +1 / -1   n2  4    (animacy wrong, in conflict with order and agreement)
 *   r4 VNN  +1 /  0 /  0   n1  1    (all features unknown)
 *   r5 NVN  +1 /  0 / +1   n1  5    (both animate: animacy absent)
 * </pre>
 * Order levels point to their majority agent: NVN n1 (8 vs 2), NNV n2 (4 vs 0), VNN n1 (1 vs 0).
 * The case cue is declared but never marked.
 */
class CueValidityTest {

    private static final double EXACT = 1e-12;
    private static final Path CONFIG = Path.of("src/test/resources/validity/hand-counted.json");

    private static List<CueValidity.Row> rows() throws Exception {
        LanguageConfig config = ConfigReader.readLanguage(CONFIG);
        SentenceCorpus corpus = CorpusReader.read(config.corpus(), config.features());
        return CueValidity.of(corpus, config.cues());
    }

    @Test
    void orderCountsMajorityDirectionsWeightedByCount() throws Exception {
        CueValidity.Row order = rows().get(0);
        assertEquals("order", order.cue());
        assertEquals(15, order.present());
        assertEquals(1.0, order.availability(), EXACT);
        assertEquals(13.0 / 15, order.reliability(), EXACT);   // wrong only in r2 (2 tokens)
        assertEquals(13.0 / 15, order.validity(), EXACT);
        assertEquals(6, order.conflicts());                     // r2 (2) and r3 (4)
        assertEquals(4.0 / 6, order.conflictValidity(), EXACT); // wins r3
    }

    @Test
    void contrastCueIsAbsentWhenBothNounsShareTheValueOrOneIsUnknown() throws Exception {
        CueValidity.Row animacy = rows().get(1);
        assertEquals(9, animacy.present());                     // r1, r2, r3
        assertEquals(9.0 / 15, animacy.availability(), EXACT);
        assertEquals(5.0 / 9, animacy.reliability(), EXACT);    // right in r1, r2
        assertEquals(5.0 / 15, animacy.validity(), EXACT);
        assertEquals(6, animacy.conflicts());                   // r2, r3
        assertEquals(2.0 / 6, animacy.conflictValidity(), EXACT);
    }

    @Test
    void agreementNeedsOneNounToMatchAndTheOtherToMismatch() throws Exception {
        CueValidity.Row agreement = rows().get(2);
        assertEquals(11, agreement.present());                  // r2, r3, r5
        assertEquals(11.0 / 15, agreement.availability(), EXACT);
        assertEquals(1.0, agreement.reliability(), EXACT);
        assertEquals(11.0 / 15, agreement.validity(), EXACT);
        assertEquals(6, agreement.conflicts());
        assertEquals(1.0, agreement.conflictValidity(), EXACT);
    }

    @Test
    void absentCueHasUndefinedReliabilityAndZeroValidity() throws Exception {
        CueValidity.Row casing = rows().get(3);
        assertEquals(0, casing.present());
        assertEquals(0.0, casing.availability(), EXACT);
        assertTrue(Double.isNaN(casing.reliability()));
        assertEquals(0.0, casing.validity(), EXACT);
        assertEquals(0, casing.conflicts());
        assertTrue(Double.isNaN(casing.conflictValidity()));
    }

    @Test
    void neutralOrderLevelIsNotCountedAsPresent() throws Exception {
        LanguageConfig config = ConfigReader.readLanguage(CONFIG);
        SentenceCorpus corpus = CorpusReader.read(config.corpus(), config.features());
        List<Cue> cues = List.of(OrderCue.unresolved("order", Set.of(Order.NNV)), config.cues().get(1));
        List<CueValidity.Row> rows = CueValidity.of(corpus, cues);
        assertEquals(11, rows.get(0).present());                // r3 (NNV, 4 tokens) is neutral now
        assertEquals(9.0 / 11, rows.get(0).reliability(), EXACT);
        // r3's animacy no longer conflicts with order: only r2 is a conflict for animacy.
        assertEquals(2, rows.get(1).conflicts());
        assertEquals(1.0, rows.get(1).conflictValidity(), EXACT);
    }

    /**
     * Cues that all point to the same noun are not in conflict, whatever the absent cues do. Corpus (feature f
     * read by cue c, feature g by cue d, never marked): NVN a/b agent n1 x3, NVN b/a agent n2 x1, VNN b/a agent
     * n2 x2. Order: NVN points to n1 (3 vs 1), VNN to n2. Only the second row is a conflict (order +1, c -1).
     */
    @Test
    void agreeingCuesAreNotInConflictBesideAnAbsentOne() {
        FeatureSpace space = new FeatureSpace(List.of(
                new Feature("f", List.of("a", "b")), new Feature("g", List.of("x", "y"))));
        SentenceCorpus corpus = new SentenceCorpus(space, List.of(sentence(Order.NVN, 0, 1, Slot.N1, 3),
                sentence(Order.NVN, 1, 0, Slot.N2, 1), sentence(Order.VNN, 1, 0, Slot.N2, 2)));
        List<Cue> cues = List.of(OrderCue.unresolved("order", Set.of()),
                new ContrastCue("c", 0, "f", 0, "a"), new ContrastCue("d", 1, "g", 0, "x"));
        List<CueValidity.Row> rows = CueValidity.of(corpus, cues);
        CueValidity.Row order = rows.get(0);
        assertEquals(6, order.present());
        assertEquals(5.0 / 6, order.reliability(), EXACT);
        assertEquals(1, order.conflicts());
        assertEquals(0.0, order.conflictValidity(), EXACT);
        CueValidity.Row c = rows.get(1);
        assertEquals(6, c.present());
        assertEquals(1.0, c.reliability(), EXACT);
        assertEquals(1, c.conflicts());
        assertEquals(1.0, c.conflictValidity(), EXACT);
        assertEquals(0, rows.get(2).present());
    }

    private static Sentence sentence(Order order, int n1, int n2, Slot agent,
                                                     long count) {
        FeatureValues none = FeatureValues.unknown(2);
        return new Sentence(new Stimulus(order, none.with(0, n1), none,
                none.with(0, n2)), agent, count);
    }
}
