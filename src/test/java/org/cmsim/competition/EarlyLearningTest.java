package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cmsim.design.Exposure;
import org.cmsim.design.Trajectory;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.LanguageConfig;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learner early in its trajectory: the point by a hand-computed log-likelihood, the replicates seeded. */
class EarlyLearningTest {

    @TempDir
    Path dir;

    /** Four NVN tokens, three with n1 as the agent; word order is the only cue. */
    private Exposure threeOfFour() throws Exception {
        Files.writeString(dir.resolve("corpus.csv"), "order,n1.animacy,n2.animacy,agent,count\n"
                + "NVN,animate,animate,n1,3\nNVN,animate,animate,n2,1\n");
        Files.writeString(dir.resolve("tiny.json"), "{\"name\": \"tiny\", \"corpus\": \"corpus.csv\","
                + " \"features\": {\"animacy\": [\"animate\", \"inanimate\"]},"
                + " \"cues\": [{\"name\": \"order\", \"kind\": \"order\"}], \"seed\": 1}");
        LanguageConfig config = ConfigReader.readLanguage(dir.resolve("tiny.json"));
        return Exposure.of(CorpusReader.read(config.corpus(), config.features()), config.cues());
    }

    @Test
    void theEarlyPointIsTheFirstCheckpointWithHalfTheLogLikelihoodGain() throws Exception {
        Exposure exposure = threeOfFour();
        // LL(w) = 3 ln sigmoid(w) + ln(1 - sigmoid(w)). By hand: LL(0) = 4 ln 1/2 = -2.77259,
        // LL(ln 3) = 3 ln 3/4 + ln 1/4 = -2.24934 (the maximum): the gain is 0.52325, half of it 0.26162.
        // LL(0.2) = -2.59256 (gain 0.18003, short of half); LL(0.5) = -2.39631 (gain 0.37628): the point.
        Trajectory delta = new Trajectory("delta", List.of("order=NVN"), new long[] {0, 10, 100, 1000},
                new double[][] {{0}, {0.2}, {0.5}, {Math.log(3)}});
        EarlyLearning.Point point = EarlyLearning.point(exposure, delta);
        assertEquals(100, point.step());
        assertEquals(1000, point.presentations());
        assertEquals(4 * Math.log(0.5), point.logLikStart(), 1e-12);
        assertEquals(3 * Math.log(0.75) + Math.log(0.25), point.logLikEnd(), 1e-12);
        assertEquals(-2.39631, point.logLikAtStep(), 1e-5);
        assertEquals(0.37628 / 0.52325, point.gainShare(), 1e-4);
    }

    @Test
    void withoutAGainTheFirstCheckpointAfterTheStartIsUsed() throws Exception {
        Trajectory flat = new Trajectory("delta", List.of("order=NVN"), new long[] {0, 10, 100},
                new double[][] {{0}, {0}, {0}});
        assertEquals(10, EarlyLearning.point(threeOfFour(), flat).step());
    }

    @Test
    void theReplicatesAreOtherLearningOrdersReadAtThePointAndRepeatOnAnyThreadCount() throws Exception {
        Exposure exposure = Fixtures.exposure("configs/illustrative.json");
        long[] steps = Trajectory.logSpacedSteps(20_000, 40);
        Trajectory delta = ExposureLearning.learn(exposure, new LogisticDeltaRule(), 20_000, 0.05, steps, 1);
        EarlyLearning.Result one = EarlyLearning.of(exposure, delta, 0.05, 30, 1, 1);
        EarlyLearning.Result two = EarlyLearning.of(exposure, delta, 0.05, 30, 1, 2);
        assertEquals(30, one.orders());
        assertTrue(one.point().step() > 0 && one.point().step() < 20_000, "an early point: " + one.point());
        assertTrue(one.point().gainShare() >= EarlyLearning.GAIN_SHARE, one.point().toString());
        boolean differ = false;
        for (int r = 0; r < 30; r++) {
            assertArrayEquals(one.weights(r), two.weights(r), 0);
            differ |= !java.util.Arrays.equals(one.weights(r), one.weights(0));
        }
        assertTrue(differ, "other learning orders give other weights");
        // Each replicate is the delta rule itself, stopped at the point: the same weights as learning
        // there with the replicate's order, which differs from the run's own order.
        assertFalse(java.util.Arrays.equals(one.weights(0), delta.at(java.util.Arrays.binarySearch(steps,
                one.point().step()))));
    }

    @Test
    void presentationsOfACueAreTheStepsAtWhichTheLearnerUpdatedItsWeight() throws Exception {
        // One token in 50 has an animacy contrast: the delta rule changes the animacy weight exactly at the
        // presentations that have it (a logistic error is never exactly 0), in the same order of draws.
        Files.writeString(dir.resolve("corpus.csv"), "order,n1.animacy,n2.animacy,agent,count\n"
                + "NVN,animate,inanimate,n1,1\nNVN,animate,animate,n1,49\n");
        Files.writeString(dir.resolve("rare.json"), "{\"name\": \"rare\", \"corpus\": \"corpus.csv\","
                + " \"features\": {\"animacy\": [\"animate\", \"inanimate\"]},"
                + " \"cues\": [{\"name\": \"order\", \"kind\": \"order\"}, {\"name\": \"animacy\","
                + " \"kind\": \"contrast\", \"feature\": \"animacy\", \"value\": \"animate\"}], \"seed\": 1}");
        LanguageConfig config = ConfigReader.readLanguage(dir.resolve("rare.json"));
        Exposure exposure = Exposure.of(CorpusReader.read(config.corpus(), config.features()), config.cues());
        int n = 2000;
        long[] every = new long[n + 1];
        for (int t = 0; t <= n; t++) {
            every[t] = t;
        }
        Trajectory path = ExposureLearning.learn(exposure, new LogisticDeltaRule(), n, 0.05, every, 7);
        int animacy = path.parameters().indexOf("animacy");
        long changes = 0;
        for (int t = 1; t <= n; t++) {
            changes += path.at(t)[animacy] != path.at(t - 1)[animacy] ? 1 : 0;
        }
        long[] presented = ExposureLearning.presented(exposure, n, 7);
        assertEquals(changes, presented[animacy]);
        assertEquals(n, presented[path.parameters().indexOf("order=NVN")], "word order is in every sentence");
        assertTrue(changes > 10 && changes < 90, "about 40 of 2000: " + changes);
    }

    @Test
    void theMedianOverLearningOrdersIsTheMiddleOrTheMeanOfTheMiddleTwo() {
        assertArrayEquals(new double[] {2, 5}, EarlyLearning.medians(List.of(new long[] {3, 5}, new long[] {1, 5},
                new long[] {2, 4}), 2), 0);
        assertArrayEquals(new double[] {2.5}, EarlyLearning.medians(List.of(new long[] {4}, new long[] {1},
                new long[] {3}, new long[] {2}), 1), 0);
    }
}
