package org.cmsim.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.design.Trajectory;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.Condition;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.testing.TinyLanguage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One head trained on a small corpus: its trajectory's ends, its seeds, and choices as examples. */
class AttentionStudyTest {

    private static final String CORPUS = """
            order,n1.animacy,n1.number,v.number,n2.animacy,n2.number,agent,count
            NVN,animate,sg,sg,inanimate,pl,n1,30
            NVN,inanimate,sg,pl,animate,pl,n2,10
            NVN,animate,sg,sg,animate,sg,n1,12
            NNV,inanimate,sg,sg,inanimate,sg,n2,4
            """;
    /** 56 tokens: a held-out share of 0.1 holds out far fewer than 100, so every token trains, every epoch. */
    private static final AttentionSettings SETTINGS = AttentionSettings.DEFAULTS.withEpochs(30);

    @TempDir
    Path dir;

    private LanguageConfig config;
    private SentenceCorpus corpus;

    @BeforeEach
    void readCorpus() throws Exception {
        config = TinyLanguage.write(dir, CORPUS);
        corpus = CorpusReader.read(config.corpus(), config.features());
    }

    /**
     * The trajectory starts at step 0 with the contributions of the head as initialised (its initial
     * seed is the first draw of the run's seed), rises through log-spaced steps, and ends at the tokens
     * presented with the trained head's contributions.
     */
    @Test
    void theTrajectoryRunsFromTheInitialisedHeadToTheTrainedOne() {
        AttentionStudy.Result result = AttentionStudy.fromCorpus(corpus, config.cues(), SETTINGS, 6);
        Trajectory trajectory = result.trajectory();
        long[] steps = trajectory.steps();
        assertEquals(30, result.training().epochs());
        assertEquals(30 * 56.0, result.training().presentations());
        // One batch per epoch, 56 tokens each: a checkpoint after every epoch that passes one of the targets
        // 1680^(c/29) rounded: 1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 13, 17, 22, 28, 36, 47, 60, 78, 100, 130, 168,
        // 217, 280, 361, 467, 603, 779, 1007, 1300, 1680 (so 336, 448, 560, ... pass none), worked out by hand.
        assertArrayEquals(new long[] {0, 56, 112, 168, 224, 280, 392, 504, 616, 784, 1008, 1344, 1680}, steps);
        AttentionHead initial = new AttentionHead(result.examples().vocabulary(), SETTINGS);
        initial.initialise(new SplittableRandom(6).nextLong());
        assertArrayEquals(ablations(CueContributions.ablations(initial, result.examples(), config.cues())),
                trajectory.values()[0], 0);
        assertArrayEquals(ablations(result.contributions()), trajectory.values()[steps.length - 1], 0);
        assertEquals(CueContributions.parameters(result.examples().stimuli(), config.cues()), trajectory.parameters());
    }

    /** Recording the trajectory does not change training: the same seed gives the same head without it. */
    @Test
    void withOrWithoutATrajectoryTheSeedGivesTheSameHead() {
        Examples examples = AttentionStudy.examples(corpus, config.cues());
        AttentionStudy.Result with = AttentionStudy.train(examples, config.cues(), SETTINGS, 6);
        AttentionStudy.Result without = AttentionStudy.trainWithoutTrajectory(examples, config.cues(), SETTINGS, 6);
        assertArrayEquals(with.head().snapshot(), without.head().snapshot(), 0);
        assertArrayEquals(new long[] {30 * 56}, without.trajectory().steps());
        assertArrayEquals(ablations(with.contributions()), without.trajectory().values()[0], 0);
        AttentionStudy.Result other = AttentionStudy.trainWithoutTrajectory(examples, config.cues(), SETTINGS, 7);
        assertTrue(!java.util.Arrays.equals(with.head().snapshot(), other.head().snapshot()), "another seed");
        assertArrayEquals(examples.rows[1][0], with.rows(1)[0]);
    }

    /** Choices as examples: the weight is the trials, the target the share choosing n1. */
    @Test
    void choiceConditionsBecomeTrialsAndTheShareChoosingN1() {
        List<Condition> conditions = List.of(new Condition(corpus.get(0).stimulus(), 20, 15),
                new Condition(corpus.get(1).stimulus(), 8, 2));
        Examples examples = AttentionStudy.choiceExamples(corpus.space(), conditions);
        assertEquals(20, examples.weight(0));
        assertEquals(0.75, examples.targetN1(0));
        assertEquals(8, examples.weight(1));
        assertEquals(0.25, examples.targetN1(1));
        AttentionStudy.Result fitted = AttentionStudy.fromChoices(corpus.space(), conditions, config.cues(),
                SETTINGS, 2);
        assertEquals(28 * 30.0, fitted.training().presentations());
    }

    private static double[] ablations(List<CueContributions.Contribution> contributions) {
        return contributions.stream().mapToDouble(CueContributions.Contribution::ablation).toArray();
    }
}
