package org.cmsim.attention;

import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/**
 * Sentence types encoded for the attention head: for each type and token (n1, v, n2), the rows of
 * the embedding table that sum to its input vector, and its training signal: a weight (tokens or
 * trials) and the share of it in which n1 is the agent (or was chosen).
 */
public final class Examples {

    /** Token slots in the encoded arrays. */
    static final int N1 = 0;
    static final int VERB = 1;
    static final int N2 = 2;

    private final Vocabulary vocabulary;
    private final List<Stimulus> stimuli;
    /** rows[e][token] = embedding rows (category, one per feature, position). */
    final int[][][] rows;
    /** tokens[e] = the signatures of n1, the verb and n2: ids of distinct row sets, see {@link #signatureRows}. */
    final int[][] tokens;
    /** signatureRows[s] = the embedding rows of token signature s. */
    final int[][] signatureRows;
    /** The signatures' rows as a prefix tree, for sums over them that share common prefixes. */
    final SignatureTrie trie;
    final double[] weight;
    final double[] targetN1;

    private Examples(Vocabulary vocabulary, List<Stimulus> stimuli, double[] weight, double[] targetN1) {
        this.vocabulary = vocabulary;
        this.stimuli = List.copyOf(stimuli);
        this.weight = weight.clone();
        this.targetN1 = targetN1.clone();
        this.rows = new int[stimuli.size()][][];
        this.tokens = new int[stimuli.size()][3];
        java.util.Map<java.util.List<Integer>, Integer> signatures = new java.util.LinkedHashMap<>();
        for (int e = 0; e < stimuli.size(); e++) {
            rows[e] = encode(vocabulary, stimuli.get(e));
            for (int t = 0; t < 3; t++) {
                java.util.List<Integer> key = java.util.Arrays.stream(rows[e][t]).boxed().toList();
                tokens[e][t] = signatures.computeIfAbsent(key, k -> signatures.size());
            }
        }
        this.signatureRows = signatures.keySet().stream()
                .map(key -> key.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.trie = SignatureTrie.of(signatureRows);
    }

    /**
     * The same types with another signal: the encoding (rows, signatures, their trie) depends only on the types,
     * so it is shared, not built again for every fold, split and resample.
     */
    private Examples(Examples types, double[] weight, double[] targetN1) {
        this.vocabulary = types.vocabulary;
        this.stimuli = types.stimuli;
        this.weight = weight.clone();
        this.targetN1 = targetN1.clone();
        this.rows = types.rows;
        this.tokens = types.tokens;
        this.signatureRows = types.signatureRows;
        this.trie = types.trie;
    }

    /**
     * Examples from sentence types: {@code weight[e]} tokens or trials, of which {@code n1[e]} had n1
     * as the agent (or chose n1).
     */
    public static Examples of(Vocabulary vocabulary, List<Stimulus> stimuli, double[] weight, double[] n1) {
        double[] target = new double[weight.length];
        for (int e = 0; e < weight.length; e++) {
            target[e] = weight[e] == 0 ? 0.5 : n1[e] / weight[e];
        }
        return new Examples(vocabulary, stimuli, weight, target);
    }

    /** The same sentence types with other weights (a training or held-out share). */
    Examples withWeights(double[] newWeight, double[] newN1) {
        if (newWeight.length != size() || newN1.length != size()) {
            throw new IllegalArgumentException("one weight and one n1 count per sentence type (" + size() + "), got "
                    + newWeight.length + " and " + newN1.length);
        }
        // the target as of() has it: the share of a type's weight with n1 as the agent; 1/2 without weight
        double[] target = new double[size()];
        for (int e = 0; e < target.length; e++) {
            target[e] = newWeight[e] == 0 ? 0.5 : newN1[e] / newWeight[e];
        }
        return new Examples(this, newWeight, target);
    }

    static int[][] encode(Vocabulary vocabulary, Stimulus stimulus) {
        FeatureSpace space = vocabulary.space();
        int[][] tokenRows = new int[3][];
        Slot[] slots = {Slot.N1, Slot.V, Slot.N2};
        for (int t = 0; t < 3; t++) {
            FeatureValues values = stimulus.slot(slots[t]);
            int[] r = new int[space.size() + 2];
            r[0] = vocabulary.categoryRow(slots[t] == Slot.V);
            for (int f = 0; f < space.size(); f++) {
                r[1 + f] = vocabulary.featureRow(f, values.get(f));
            }
            r[space.size() + 1] = vocabulary.positionRow(stimulus.order().position(slots[t]));
            tokenRows[t] = r;
        }
        return tokenRows;
    }

    public int size() {
        return stimuli.size();
    }

    /** Distinct token signatures (sets of embedding rows) among the examples. */
    public int signatureCount() {
        return signatureRows.length;
    }

    public List<Stimulus> stimuli() {
        return stimuli;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public double weight(int e) {
        return weight[e];
    }

    public double targetN1(int e) {
        return targetN1[e];
    }

    public double totalWeight() {
        double total = 0;
        for (double w : weight) {
            total += w;
        }
        return total;
    }

    /** The weights as token counts: each type's tokens, and those with n1 as the agent (or chosen). */
    public Counts counts() {
        long[] trials = new long[size()];
        long[] n1 = new long[size()];
        for (int e = 0; e < trials.length; e++) {
            trials[e] = Math.round(weight[e]);
            n1[e] = Math.round(weight[e] * targetN1[e]);
        }
        return new Counts(trials, n1);
    }
}
