package org.cmsim.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.model.AgreementCue;
import org.cmsim.model.AttentionSettings.QuerySource;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.ContrastCue;
import org.cmsim.model.Cue;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.Stimulus;
import org.junit.jupiter.api.Test;

/**
 * What a head trained by prediction error alone finds. Corpus: every combination of order (3),
 * n1 and n2 animacy (2 x 2), agent (n1 or n2) and the agent's number (sg or pl); the verb takes the
 * agent's number and the other noun the opposite one. Order and animacy are independent of the
 * agent; only agreement tells. 48 sentence types, 10 tokens each, in 24 pairs that differ only in
 * the verb's number (and so in the agent). Held out for testing: 6 whole pairs (12 types), so that
 * nothing but the verb's number can tell the held-out sentences apart.
 */
class EmergentCuesTest {

    static final FeatureSpace SPACE = new FeatureSpace(List.of(
            new Feature("animacy", List.of("animate", "inanimate")),
            new Feature("number", List.of("sg", "pl"))));
    static final List<Cue> CUES = List.of(
            new ContrastCue("animacy", 0, "animacy", 0, "animate"),
            new AgreementCue("agreement", new int[] {1}, List.of("number")));

    record Corpus(List<Stimulus> stimuli, double[] weight, double[] n1) {
    }

    static Corpus agreementCorpus() {
        List<Stimulus> stimuli = new ArrayList<>();
        List<double[]> tallies = new ArrayList<>();
        for (Order order : Order.values()) {
            for (int animacy1 = 0; animacy1 < 2; animacy1++) {
                for (int animacy2 = 0; animacy2 < 2; animacy2++) {
                    for (int n1Number = 0; n1Number < 2; n1Number++) {
                        // A pair: the same nouns, the verb agreeing with n1 (agent n1) or with n2 (agent n2).
                        for (int agentIsN1 = 1; agentIsN1 >= 0; agentIsN1--) {
                            int verbNumber = agentIsN1 == 1 ? n1Number : 1 - n1Number;
                            stimuli.add(new Stimulus(order, new FeatureValues(new int[] {animacy1, n1Number}),
                                    new FeatureValues(new int[] {FeatureValues.UNKNOWN, verbNumber}),
                                    new FeatureValues(new int[] {animacy2, 1 - n1Number})));
                            tallies.add(new double[] {10, agentIsN1 * 10});
                        }
                    }
                }
            }
        }
        return new Corpus(stimuli, tallies.stream().mapToDouble(t -> t[0]).toArray(),
                tallies.stream().mapToDouble(t -> t[1]).toArray());
    }

    /** Trains on 36 of the 48 types and returns accuracy on the 12 held-out types, and the contributions. */
    static double[] heldOutAccuracy(AttentionSettings settings, long seed) {
        Corpus corpus = agreementCorpus();
        int n = corpus.stimuli().size();
        int[] pairs = java.util.stream.IntStream.range(0, n / 2).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = pairs.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = pairs[i];
            pairs[i] = pairs[j];
            pairs[j] = swap;
        }
        int[] order = new int[12];
        for (int i = 0; i < 6; i++) {
            order[2 * i] = 2 * pairs[i];
            order[2 * i + 1] = 2 * pairs[i] + 1;
        }
        double[] trainWeight = corpus.weight().clone();
        double[] trainN1 = corpus.n1().clone();
        for (int e : order) {
            trainWeight[e] = 0;
            trainN1[e] = 0;
        }
        Vocabulary vocabulary = new Vocabulary(SPACE);
        AttentionStudy.Result result = AttentionStudy.train(Examples.of(vocabulary, corpus.stimuli(), trainWeight,
                trainN1), CUES, settings, seed);
        double correct = 0;
        for (int i = 0; i < 12; i++) {
            int e = order[i];
            AttentionHead.Reading reading = result.head().read(Examples.encode(vocabulary, corpus.stimuli().get(e)));
            boolean agentIsN1 = corpus.n1()[e] > 0;
            correct += (reading.probabilityN1() > 0.5) == agentIsN1 ? 1 : 0;
        }
        double[] out = new double[1 + result.contributions().size()];
        out[0] = correct / 12;
        for (int c = 0; c < result.contributions().size(); c++) {
            out[1 + c] = result.contributions().get(c).ablation();
        }
        return out;
    }

    @Test
    void agreementEmergesFromTheQueryKeyMatch() {
        double[] result = heldOutAccuracy(AttentionSettings.DEFAULTS, 7);
        assertTrue(result[0] >= 0.95, "held-out accuracy " + result[0]);
        // contributions: order=NVN, order=NNV, order=VNN, animacy, agreement. An order level whose every
        // sentence has a cue pointing one way has no reading (NaN); every defined one is below agreement.
        double agreement = result[5];
        int defined = 0;
        for (int c = 1; c <= 4; c++) {
            if (Double.isNaN(result[c])) {
                assertTrue(c <= 3, "only an order level can lack a reading: " + c);
                continue;
            }
            defined++;
            assertTrue(agreement > Math.abs(result[c]), "agreement " + agreement + " vs " + result[c]);
        }
        assertTrue(defined >= 1, "animacy at least is read");
    }

    /** Blind to the verb's number, the head reads both members of a held-out pair alike: one right, one wrong. */
    @Test
    void aQueryBlindToTheVerbsFeaturesStaysAtChance() {
        double[] result = heldOutAccuracy(AttentionSettings.DEFAULTS.withQuery(QuerySource.VERB_BLIND), 7);
        assertEquals(0.5, result[0], 1e-12, "held-out accuracy " + result[0]);
        assertTrue(Math.abs(result[5]) < 0.5, "agreement contribution " + result[5]);
    }
}
