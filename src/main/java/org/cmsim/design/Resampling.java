package org.cmsim.design;

import java.util.SplittableRandom;
import org.cmsim.numeric.Sampling;

/**
 * The resamples a bootstrap draws from counts (Efron &amp; Tibshirani 1993, ch. 6): the corpus's sentence
 * tokens drawn again with replacement, or the trials within each condition. Both models' bootstraps use
 * them, so the rule's refits and the heads' replicates see resamples of the same kind.
 */
public final class Resampling {

    private Resampling() {
    }

    /**
     * N tokens drawn with replacement from the N of the corpus: a multinomial over the cells (type,
     * agent n1 or n2) with the cells' shares, drawn as sequential binomials, so the cost follows the
     * types, not the tokens.
     */
    public static Counts resampleTokens(Counts counts, SplittableRandom random) {
        int rows = counts.size();
        long total = counts.totalTrials();
        long[] trials = new long[rows];
        long[] n1 = new long[rows];
        long left = total;
        long remainingWeight = total;
        for (int i = 0; i < rows && left > 0; i++) {
            long[] cells = {counts.n1()[i], counts.trials()[i] - counts.n1()[i]};
            long[] drawn = new long[2];
            for (int c = 0; c < 2; c++) {
                long weight = cells[c];
                drawn[c] = remainingWeight == weight ? left
                        : Sampling.binomial(random, left, (double) weight / remainingWeight);
                left -= drawn[c];
                remainingWeight -= weight;
            }
            n1[i] = drawn[0];
            trials[i] = drawn[0] + drawn[1];
        }
        return new Counts(trials, n1);
    }

    /** Each type's n1 count drawn again as Binomial(trials, observed proportion): trials resampled within conditions. */
    public static Counts resampleTrials(Counts counts, SplittableRandom random) {
        long[] n1 = new long[counts.size()];
        for (int i = 0; i < n1.length; i++) {
            n1[i] = Sampling.binomial(random, counts.trials()[i], counts.proportion(i));
        }
        return new Counts(counts.trials().clone(), n1);
    }
}
