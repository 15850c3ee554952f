package org.cmsim.design;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;
import org.cmsim.numeric.AliasTable;

/**
 * A corpus as learners meet it: the distinct sentence types as design rows, with how often each
 * occurs with n1 and with n2 as the agent. Presentations are drawn from it with probability
 * proportional to {@code count}, by {@link AliasTable}.
 */
public final class Exposure {

    private final Design design;
    private final Counts agents;
    /** Draws a corpus row with probability count / tokens. */
    private final AliasTable rows;
    private final long tokens;
    private final int[] typeOfRow;
    private final boolean[] agentIsN1;
    private final org.cmsim.model.CorpusClusters clusters;

    private Exposure(Design design, Counts agents, long[] counts, long tokens, int[] typeOfRow, boolean[] agentIsN1,
                     org.cmsim.model.CorpusClusters clusters) {
        this.clusters = clusters;
        this.design = design;
        this.agents = agents;
        this.rows = new AliasTable(counts);
        this.tokens = tokens;
        this.typeOfRow = typeOfRow;
        this.agentIsN1 = agentIsN1;
    }

    public static Exposure of(SentenceCorpus corpus, List<org.cmsim.model.Cue> cues) {
        List<Stimulus> types = new ArrayList<>();
        java.util.Map<Stimulus, Integer> index = new java.util.HashMap<>();
        int rows = corpus.size();
        long[] counts = new long[rows];
        int[] typeOfRow = new int[rows];
        boolean[] agentIsN1 = new boolean[rows];
        long running = 0;
        for (int r = 0; r < rows; r++) {
            Sentence sentence = corpus.get(r);
            Integer type = index.get(sentence.stimulus());
            if (type == null) {
                type = types.size();
                index.put(sentence.stimulus(), type);
                types.add(sentence.stimulus());
            }
            running += sentence.count();
            counts[r] = sentence.count();
            typeOfRow[r] = type;
            agentIsN1[r] = sentence.agent() == Slot.N1;
        }
        long[] trials = new long[types.size()];
        long[] n1 = new long[types.size()];
        for (int r = 0; r < rows; r++) {
            long count = corpus.get(r).count();
            trials[typeOfRow[r]] += count;
            n1[typeOfRow[r]] += agentIsN1[r] ? count : 0;
        }
        return new Exposure(Design.of(types, cues), new Counts(trials, n1), counts, running, typeOfRow,
                agentIsN1, corpus.clusters());
    }

    /** The distinct sentence types, one design row each. */
    public Design design() {
        return design;
    }

    /** Per sentence type: how many tokens, and in how many n1 is the agent. */
    public Counts agents() {
        return agents;
    }

    /** How the corpus's tokens are resampled: by its clusters (sentences, documents) or clause by clause. */
    public CorpusResampler resampler() {
        return new CorpusResampler(this, clusters);
    }

    public long tokens() {
        return tokens;
    }

    /**
     * The corpus row of one presentation, drawn with probability count / tokens (the alias method:
     * constant time, and memory that follows the rows, not the counts).
     */
    public int drawRow(java.util.SplittableRandom random) {
        return rows.draw(random);
    }

    public int type(int row) {
        return typeOfRow[row];
    }

    public boolean agentIsN1(int row) {
        return agentIsN1[row];
    }
}
