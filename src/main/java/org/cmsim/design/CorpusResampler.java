package org.cmsim.design;

import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.model.CorpusClusters;

/**
 * Draws bootstrap resamples of a corpus as counts on its sentence types: the stratified cluster bootstrap
 * (Davison &amp; Hinkley 1997, sec. 3.8): within each source, as many clusters (documents or sentences,
 * {@link CorpusClusters}) as it has, drawn with replacement, each bringing all its clauses. A corpus without a
 * clause trace is resampled clause by clause ({@link Resampling#resampleTokens}). The rule's bootstrap and the
 * heads' replicates draw from the same resampler, so both models see resamples of the same kind.
 */
public final class CorpusResampler {

    private final Counts tokens;
    private final CorpusClusters clusters;
    /** Per stratum, per cluster, per clause: its cell, type * 2 + (agent n1 ? 0 : 1). */
    private final int[][][] cells;
    private final int types;

    /** Resamples of {@code tokens} clause by clause. */
    public static CorpusResampler byClause(Counts tokens) {
        return new CorpusResampler(tokens);
    }

    private CorpusResampler(Counts tokens) {
        this.tokens = tokens;
        this.clusters = CorpusClusters.CLAUSES;
        this.types = tokens.size();
        this.cells = new int[0][][];
    }

    CorpusResampler(Exposure exposure, CorpusClusters clusters) {
        this.tokens = exposure.agents();
        this.clusters = clusters;
        this.types = tokens.size();
        List<CorpusClusters.Stratum> strata = clusters.strata();
        this.cells = new int[strata.size()][][];
        for (int s = 0; s < cells.length; s++) {
            List<int[]> of = strata.get(s).clusters();
            cells[s] = new int[of.size()][];
            for (int c = 0; c < cells[s].length; c++) {
                int[] rows = of.get(c);
                cells[s][c] = new int[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    cells[s][c][i] = exposure.type(rows[i]) * 2 + (exposure.agentIsN1(rows[i]) ? 0 : 1);
                }
            }
        }
    }

    /** The clusters resampled (none when clause by clause). */
    public CorpusClusters clusters() {
        return clusters;
    }

    /** One resample: per type, its tokens and in how many n1 is the agent. */
    public Counts draw(SplittableRandom random) {
        if (clusters.byClause()) {
            return Resampling.resampleTokens(tokens, random);
        }
        long[] trials = new long[types];
        long[] n1 = new long[types];
        for (int[][] stratum : cells) {
            // n clusters drawn with replacement from the stratum's n.
            for (int draw = 0; draw < stratum.length; draw++) {
                for (int cell : stratum[random.nextInt(stratum.length)]) {
                    trials[cell >> 1]++;
                    n1[cell >> 1] += 1 - (cell & 1);
                }
            }
        }
        return new Counts(trials, n1);
    }
}
