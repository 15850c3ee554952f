package org.cmsim.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Exposure;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.ContrastCue;
import org.cmsim.model.Cue;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.OrderCue;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;
import org.junit.jupiter.api.Test;

/**
 * On an English-like corpus (order decisive, animacy weakly helpful) the attention head ranks the
 * parameters as the multiplicative fit does. The corpus: NVN 70% of tokens, NNV and VNN 15% each;
 * animacy pairs (animate-inanimate, both animate, inanimate-animate, both inanimate) equally often;
 * agents in the proportions a multiplicative listener with order NVN/NNV/VNN = 3 / -1.5 / 0.3 and
 * animacy 0.8 would expect, in 2,000 tokens.
 */
class EnglishLikeRankingTest {

    private static final int HEADS = 5;

    static final FeatureSpace SPACE = new FeatureSpace(List.of(new Feature("animacy", List.of("animate", "inanimate"))));
    static final List<Cue> CUES = List.of(OrderCue.unresolved("order", java.util.Set.of()),
            new ContrastCue("animacy", 0, "animacy", 0, "animate"));

    static SentenceCorpus englishLike() {
        double[] orderShare = {0.70, 0.15, 0.15};
        double[] orderWeight = {3, -1.5, 0.3};
        int[][] animacy = {{0, 1}, {0, 0}, {1, 0}, {1, 1}};
        List<Sentence> sentences = new ArrayList<>();
        for (Order order : Order.values()) {
            for (int[] pair : animacy) {
                long tokens = Math.round(2000 * orderShare[order.ordinal()] / 4);
                int direction = pair[0] == pair[1] ? 0 : pair[0] == 0 ? 1 : -1;
                double p = 1 / (1 + Math.exp(-(orderWeight[order.ordinal()] + 0.8 * direction)));
                long n1 = Math.round(tokens * p);
                Stimulus stimulus = new Stimulus(order, new FeatureValues(new int[] {pair[0]}),
                        FeatureValues.unknown(1), new FeatureValues(new int[] {pair[1]}));
                if (n1 > 0) {
                    sentences.add(new Sentence(stimulus, Slot.N1, n1));
                }
                if (tokens - n1 > 0) {
                    sentences.add(new Sentence(stimulus, Slot.N2, tokens - n1));
                }
            }
        }
        return new SentenceCorpus(SPACE, sentences);
    }

    static List<String> rankingByMagnitude(List<String> names, double[] values) {
        return IntStream.range(0, names.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> -Math.abs(values[i])))
                .map(names::get).toList();
    }

    @Test
    void contributionsRankLikeTheMultiplicativeStrengths() {
        SentenceCorpus corpus = englishLike();
        Exposure exposure = Exposure.of(corpus, CUES);
        RuleFit fit = new MultiplicativeRule().fit(exposure.design(), exposure.agents());
        // One head's small contributions move with its initialisation and held-out split (animacy 0.8 and
        // order=VNN 0.3 in the generator come out near 0.5 each under L2), so rank the mean of five heads.
        List<String> names = null;
        double[] contributions = new double[fit.parameters().size()];
        for (long seed = 1; seed <= HEADS; seed++) {
            AttentionStudy.Result attention = AttentionStudy.fromCorpus(corpus, CUES, AttentionSettings.DEFAULTS, seed);
            names = attention.contributions().stream().map(CueContributions.Contribution::parameter).toList();
            for (int i = 0; i < contributions.length; i++) {
                contributions[i] += attention.contributions().get(i).ablation() / HEADS;
            }
        }
        assertEquals(fit.parameters(), names);
        List<String> expected = List.of("order=NVN", "order=NNV", "animacy", "order=VNN");
        assertEquals(expected, rankingByMagnitude(fit.parameters(), fit.estimates()));
        assertEquals(expected, rankingByMagnitude(names, contributions),
                "attention contributions " + java.util.Arrays.toString(contributions));
    }
}
