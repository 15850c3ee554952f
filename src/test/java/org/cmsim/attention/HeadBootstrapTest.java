package org.cmsim.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The head's replicates behind its verdicts: seeds x resamples of the illustrative corpus. */
class HeadBootstrapTest {

    private static LanguageConfig config;
    private static Examples examples;
    private static HeadEnsemble.Result heads;
    private static AttentionSettings chosen;

    @BeforeAll
    static void trainThreeHeads() throws Exception {
        config = ConfigReader.readLanguage(Path.of("configs/illustrative.json"));
        SentenceCorpus corpus = CorpusReader.read(config.corpus(), config.features());
        examples = AttentionStudy.examples(corpus, config.cues());
        heads = HeadEnsemble.fit(examples, config.cues(), config.attention(), 1, HeadEnsemble.Plan.defaults().withSeeds(3),
                2);
        chosen = config.attention().withL2(heads.crossValidation().chosenL2());
    }

    @Test
    void thereAreSeedsTimesResamplesReplicatesInOrderAndTheyRepeatOnAnyThreadCount() {
        HeadBootstrap.Result once = HeadBootstrap.fit(examples, config.cues(), heads, chosen, 2, 5, 1);
        HeadBootstrap.Result again = HeadBootstrap.fit(examples, config.cues(), heads, chosen, 2, 5, 2);
        assertEquals(6, once.replicates().size());
        for (int i = 0; i < 6; i++) {
            HeadBootstrap.Replicate replicate = once.replicates().get(i);
            assertEquals(i / 2, replicate.head());
            assertEquals(i % 2 + 1, replicate.resample());
            // Same seed, one thread or two: the same numbers to the last bit.
            assertEquals(replicate, again.replicates().get(i));
        }
        assertNotEquals(once.replicates(), HeadBootstrap.fit(examples, config.cues(), heads, chosen, 2, 6, 2).replicates(),
                "another run seed draws other resamples");
    }

    @Test
    void eachReplicateIsANewHeadThatReadsTheSameCues() {
        HeadBootstrap.Result result = HeadBootstrap.fit(examples, config.cues(), heads, chosen, 2, 5, 2);
        for (HeadBootstrap.Replicate replicate : result.replicates()) {
            for (CueContributions.Contribution c : heads.first().contributions()) {
                double value = replicate.contributions().get(c.parameter());
                boolean headsAgree = heads.heads().stream().map(h -> contribution(h, c.parameter()))
                        .allMatch(v -> Math.abs(v) > 1 && Math.signum(v) == Math.signum(c.ablation()));
                if (headsAgree) {
                    // A cue every head reads strongly keeps its sign in a new head on 124 resampled tokens.
                    assertEquals(Math.signum(c.ablation()), Math.signum(value), c.parameter() + ": replicate " + value);
                }
            }
            // Illustrative has fewer than 100 held-out tokens: every replicate trains all its epochs.
            assertEquals(chosen.epochs(), replicate.keptEpoch());
        }
    }

    @Test
    void replicatesDoNotStartFromTheHeads() {
        // Heads of another run seed: warm-started replicates would inherit their parameters; fresh ones do not.
        HeadEnsemble.Result otherHeads = HeadEnsemble.fit(examples, config.cues(), config.attention(), 99,
                HeadEnsemble.Plan.defaults().withSeeds(3), 2);
        assertNotEquals(heads.first().contributions(), otherHeads.first().contributions());
        assertEquals(HeadBootstrap.fit(examples, config.cues(), heads, chosen, 2, 5, 2).replicates(),
                HeadBootstrap.fit(examples, config.cues(), otherHeads, chosen, 2, 5, 2).replicates());
    }

    private static double contribution(AttentionStudy.Result head, String parameter) {
        return head.contributions().stream().filter(c -> c.parameter().equals(parameter)).findFirst().orElseThrow()
                .ablation();
    }

    @Test
    void withoutResamplesTheReplicatesAreTheHeadsThemselves() {
        HeadBootstrap.Result result = HeadBootstrap.fit(examples, config.cues(), heads, chosen, 0, 5, 2);
        assertEquals(3, result.replicates().size());
        for (int k = 0; k < 3; k++) {
            HeadBootstrap.Replicate replicate = result.replicates().get(k);
            assertEquals(0, replicate.resample());
            for (CueContributions.Contribution c : heads.heads().get(k).contributions()) {
                assertEquals(c.ablation(), replicate.contributions().get(c.parameter()), 0);
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> HeadBootstrap.fit(examples, config.cues(), heads, chosen, -1, 5, 2));
    }
}
