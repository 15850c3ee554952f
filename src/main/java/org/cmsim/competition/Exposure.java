package org.cmsim.competition;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/**
 * A corpus as learners meet it: the distinct sentence types as design rows, with how often each
 * occurs with n1 and with n2 as the agent. Presentations are drawn from it with probability
 * proportional to {@code count}.
 */
public final class Exposure {

    private final Design design;
    private final Counts agents;
    /** Sentence tokens as rows of the corpus, cumulated: token u belongs to the first row r with cumulative[r] > u. */
    private final long[] cumulative;
    private final int[] typeOfRow;
    private final boolean[] agentIsN1;

    private Exposure(Design design, Counts agents, long[] cumulative, int[] typeOfRow, boolean[] agentIsN1) {
        this.design = design;
        this.agents = agents;
        this.cumulative = cumulative;
        this.typeOfRow = typeOfRow;
        this.agentIsN1 = agentIsN1;
    }

    public static Exposure of(SentenceCorpus corpus, List<org.cmsim.model.Cue> cues) {
        List<Stimulus> types = new ArrayList<>();
        java.util.Map<Stimulus, Integer> index = new java.util.HashMap<>();
        int rows = corpus.size();
        long[] cumulative = new long[rows];
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
            cumulative[r] = running;
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
        return new Exposure(Design.of(types, cues), new Counts(trials, n1), cumulative, typeOfRow, agentIsN1);
    }

    /** The distinct sentence types, one design row each. */
    public Design design() {
        return design;
    }

    /** Per sentence type: how many tokens, and in how many n1 is the agent. */
    public Counts agents() {
        return agents;
    }

    public long tokens() {
        return cumulative[cumulative.length - 1];
    }

    /** The corpus row that token {@code u} (0 <= u < tokens) belongs to, by binary search. */
    int rowOfToken(long u) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > u) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    long cumulative(int row) {
        return cumulative[row];
    }

    int type(int row) {
        return typeOfRow[row];
    }

    boolean agentIsN1(int row) {
        return agentIsN1[row];
    }
}
