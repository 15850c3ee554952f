package org.cmsim.reactiontime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CueColumns;
import org.cmsim.model.Cue;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.Order;
import org.cmsim.model.OrderCue;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.validity.CueValidity;
import org.junit.jupiter.api.Test;

/** Conflict as cue validity counts it, and word order pointing by the sign of its parameters. */
class CueConflictTest {

    @Test
    void aSentenceConflictsExactlyWhenValidityCountsOneOfItsCuesAsConflicting() throws Exception {
        LanguageConfig language = ConfigReader.readLanguage(Path.of("configs/illustrative.json"));
        SentenceCorpus corpus = CueColumns.readCorpus(language.corpus(), language.features(), language.cues());
        List<Cue> resolved = CueValidity.resolve(corpus, language.cues());
        int conflicting = 0;
        for (Sentence sentence : corpus.sentences()) {
            // validity.csv's conflicts, on a corpus of this one sentence (order resolved on the whole corpus)
            boolean counted = false;
            for (Cue cue : resolved) {
                int direction = cue.direction(sentence.stimulus());
                for (Cue other : resolved) {
                    counted |= other != cue && direction != 0 && other.direction(sentence.stimulus()) == -direction;
                }
            }
            assertEquals(counted, Cue.inConflict(resolved, sentence.stimulus()), sentence.toString());
            conflicting += counted ? 1 : 0;
        }
        assertTrue(conflicting > 0 && conflicting < corpus.sentences().size(), "both kinds occur");
        long weighted = corpus.sentences().stream().filter(s -> Cue.inConflict(resolved, s.stimulus()))
                .mapToLong(Sentence::count).sum();
        long maxConflicts = CueValidity.of(corpus, language.cues()).stream().mapToLong(CueValidity.Row::conflicts)
                .max().orElseThrow();
        assertTrue(weighted >= maxConflicts, "every conflict validity counts is a conflict sentence");
    }

    @Test
    void orderPointsByTheSignOfItsParameterAndNeutralLevelsNowhere() {
        OrderCue order = OrderCue.unresolved("order", java.util.Set.of(Order.VNN));
        List<Cue> resolved = CueConflict.orderBySign(List.of(order), Map.of("order=NVN", 1.2, "order=NNV", -0.4,
                "order=VNN", 0.8));
        OrderCue byLevel = (OrderCue) resolved.get(0);
        assertEquals(Map.of(Order.NVN, 1, Order.NNV, -1), byLevel.levelDirections());
        assertEquals(Map.of(Order.NVN, 0), ((OrderCue) CueConflict.orderBySign(List.of(order),
                Map.of("order=NVN", 0.0)).get(0)).levelDirections());
        assertTrue(CueConflict.orderBySign(List.of(order), Map.of()).get(0) instanceof OrderCue o
                && o.levelDirections().isEmpty(), "no parameters: order points nowhere");
    }
}
