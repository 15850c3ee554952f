package org.cmsim.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.model.CorpusClusters.Stratum;
import org.cmsim.model.CorpusClusters.Unit;
import org.cmsim.model.CorpusClusters;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;
import org.junit.jupiter.api.Test;

/** The stratified cluster bootstrap of a corpus: whole sentences or documents within each source. */
class CorpusResamplerTest {

    private static final FeatureSpace SPACE = new FeatureSpace(List.of());
    private static final FeatureValues NONE = new FeatureValues(new int[0]);

    /** Row r of the corpus: type NVN (0) or NNV (1) by parity, n1 the agent in even rows. */
    private static Sentence row(int r, long count) {
        Stimulus stimulus = new Stimulus(r % 2 == 0 ? Order.NVN : Order.NNV, NONE, NONE, NONE);
        return new Sentence(stimulus, r % 2 == 0 ? Slot.N1 : Slot.N2, count);
    }

    /**
     * Source "a": 40 sentences of two clauses each, one of each type (rows 0 and 1, counted 40 times each); source
     * "b": one sentence of a single clause (row 2). A resample draws 40 of a's sentences, so the two types of a
     * always come in equal numbers, and b's single cluster is drawn exactly once, every time.
     */
    @Test
    void clausesOfASentenceMoveTogetherAndEachSourceKeepsItsSize() {
        List<int[]> pairs = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            pairs.add(new int[] {0, 1});
        }
        CorpusClusters clusters = new CorpusClusters(List.of(new Stratum("a", Unit.SENTENCES, pairs),
                new Stratum("b", Unit.SENTENCES, List.of(new int[] {2}))));
        SentenceCorpus corpus = new SentenceCorpus(SPACE, List.of(row(0, 40), row(1, 40), row(2, 1)), clusters);
        Exposure exposure = Exposure.of(corpus, List.of());
        CorpusResampler resampler = exposure.resampler();
        SplittableRandom random = new SplittableRandom(3);
        for (int r = 0; r < 200; r++) {
            Counts drawn = resampler.draw(random);
            assertEquals(81, drawn.totalTrials(), "every stratum draws as many clusters as it has");
            assertEquals(drawn.trials()[1] + 1, drawn.trials()[0], "NVN = a's NVN clauses + b's one");
        }
    }

    /**
     * Sentences of two identical clauses: the cluster bootstrap's count of a type has twice the variance of the
     * clause bootstrap's. Type 0 holds 30 of the 60 two-clause sentences (60 of 120 clauses): a sentence draw
     * counts 2 x Binomial(60, 0.5), variance 4 x 15 = 60; a clause draw Binomial(120, 0.5), variance 30.
     * Over 4,000 draws each sample variance is within 4 of its SE (sqrt(2 / 4000) of the variance).
     */
    @Test
    void clusteredResamplesVaryAsTheirClustersDo() {
        List<int[]> sentences = new ArrayList<>();
        for (int s = 0; s < 60; s++) {
            sentences.add(s < 30 ? new int[] {0, 0} : new int[] {1, 1});
        }
        SentenceCorpus corpus = new SentenceCorpus(SPACE, List.of(row(0, 60), row(1, 60)),
                new CorpusClusters(List.of(new Stratum("a", Unit.SENTENCES, sentences))));
        Exposure exposure = Exposure.of(corpus, List.of());
        double clustered = variance(exposure.resampler(), 4000);
        double byClause = variance(CorpusResampler.byClause(exposure.agents()), 4000);
        double se = 4 * Math.sqrt(2.0 / 4000);
        assertEquals(60, clustered, 60 * se);
        assertEquals(30, byClause, 30 * se);
        assertTrue(clustered > 1.5 * byClause);
    }

    private static double variance(CorpusResampler resampler, int draws) {
        SplittableRandom random = new SplittableRandom(11);
        double sum = 0;
        double squares = 0;
        for (int r = 0; r < draws; r++) {
            long count = resampler.draw(random).trials()[0];
            sum += count;
            squares += (double) count * count;
        }
        double mean = sum / draws;
        return squares / draws - mean * mean;
    }

    /** Without a trace, the corpus resampler draws exactly what the clause bootstrap draws from the same seed. */
    @Test
    void aCorpusWithoutATraceIsResampledClauseByClause() {
        SentenceCorpus corpus = new SentenceCorpus(SPACE, List.of(row(0, 7), row(1, 5), row(2, 3)));
        Exposure exposure = Exposure.of(corpus, List.of());
        Counts viaResampler = exposure.resampler().draw(new SplittableRandom(9));
        Counts direct = Resampling.resampleTokens(exposure.agents(), new SplittableRandom(9));
        assertArrayEquals(direct.trials(), viaResampler.trials());
        assertArrayEquals(direct.n1(), viaResampler.n1());
        assertTrue(exposure.resampler().clusters().byClause());
    }

    /** n1 counts follow the rows' agents: row 0 (n1 agent) adds to n1, row 1 (n2 agent) does not. */
    @Test
    void agentsOfDrawnClausesAreCounted() {
        SentenceCorpus corpus = new SentenceCorpus(SPACE, List.of(row(0, 1), row(1, 1)),
                new CorpusClusters(List.of(new Stratum("a", Unit.DOCUMENTS, List.of(new int[] {0, 1})))));
        Counts drawn = Exposure.of(corpus, List.of()).resampler().draw(new SplittableRandom(1));
        assertArrayEquals(new long[] {1, 1}, drawn.trials());
        assertArrayEquals(new long[] {1, 0}, drawn.n1());
    }
}
