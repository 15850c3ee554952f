package org.cmsim.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where each random effect sits for {@link Pirls}'s block solve: which grouping factor is primary (its levels'
 * effects form dense blocks A_l of qp effects; the other factors' effects are secondary, in the Schur complement),
 * the place in u of every nonzero of each cell's row of Z Lambda, and which secondary effects each primary level
 * meets. u holds the primary levels' blocks first (level l's effects at l * qp ...), then every secondary term's
 * levels in the order the terms are written.
 */
final class RandomEffectsLayout {

    /** Effects per primary level (all primary terms), primary levels, secondary effects, nonzeros per cell. */
    final int qp;
    final int primaryLevels;
    final int secondary;
    final int width;
    /** Each cell's primary level; the u index of each of its nonzeros; each secondary nonzero's slot in C. */
    final int[] primary;
    final int[][] uIndex;
    final int[][] slot;
    /** Per term: its effects' design columns, its factor's index, whether it is primary. */
    final int[][] columns;
    final int[] termFactor;
    final boolean[] primaryTerm;
    /** Per term, the u index of level 0's first effect and the stride between levels. */
    final int[] termStart;
    final int[] termStride;
    /** Secondary effects each primary level met, sorted (u index minus the primary part). */
    final int[][] seen;

    RandomEffectsLayout(MixedDesign design) {
        List<RandomTerm> terms = design.terms;
        int pf = primaryFactor(design);
        int q = 0;
        for (RandomTerm term : terms) {
            q += design.factors.indexOf(term.factor()) == pf ? term.q() : 0;
        }
        this.qp = q;
        this.primaryLevels = design.levels(pf);
        this.columns = new int[terms.size()][];
        this.termFactor = new int[terms.size()];
        this.primaryTerm = new boolean[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            columns[t] = terms.get(t).columns();
            termFactor[t] = design.factors.indexOf(terms.get(t).factor());
            primaryTerm[t] = termFactor[t] == pf;
        }
        this.termStart = new int[terms.size()];
        this.termStride = new int[terms.size()];
        int within = 0;
        int next = primaryLevels * qp;
        int w = qp;
        for (int t = 0; t < terms.size(); t++) {
            RandomTerm term = terms.get(t);
            if (design.factors.indexOf(term.factor()) == pf) {
                termStart[t] = within;
                termStride[t] = qp;
                within += term.q();
            } else {
                termStart[t] = next;
                termStride[t] = term.q();
                next += design.levels(design.factors.indexOf(term.factor())) * term.q();
                w += term.q();
            }
        }
        this.width = w;
        this.secondary = next - primaryLevels * qp;
        this.primary = design.level[pf].clone();
        this.uIndex = new int[design.cells][width];
        for (int i = 0; i < design.cells; i++) {
            int[] idx = uIndex[i];
            int p = 0;
            int sec = qp;
            for (int t = 0; t < terms.size(); t++) {
                RandomTerm term = terms.get(t);
                int f = design.factors.indexOf(term.factor());
                int base = termStart[t] + design.level[f][i] * termStride[t];
                for (int e = 0; e < term.q(); e++) {
                    idx[f == pf ? p++ : sec++] = base + e;
                }
            }
        }
        this.seen = seen(uIndex, primary, primaryLevels, qp, primaryLevels * qp);
        this.slot = new int[design.cells][width - qp];
        for (int i = 0; i < design.cells; i++) {
            for (int e = qp; e < width; e++) {
                slot[i][e - qp] = Arrays.binarySearch(seen[primary[i]], uIndex[i][e] - primaryLevels * qp);
            }
        }
    }

    /**
     * The factor whose levels make the dense blocks: the one that leaves the cheapest solve, counted as the
     * Schur complement's updates (sum over levels of met secondary effects squared, times the block size) plus
     * its Cholesky factorisation (secondary effects cubed / 3). Ties go to the factor written first.
     */
    private static int primaryFactor(MixedDesign design) {
        int best = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (int f = 0; f < design.factors.size(); f++) {
            int q = 0;
            int others = 0;
            for (RandomTerm term : design.terms) {
                int tf = design.factors.indexOf(term.factor());
                q += tf == f ? term.q() : 0;
                others += tf == f ? 0 : design.levels(tf) * term.q();
            }
            // Secondary levels each level of f meets, and the cost of the solve with f primary.
            List<Set<Long>> met = new ArrayList<>();
            for (int l = 0; l < design.levels(f); l++) {
                met.add(new HashSet<>());
            }
            for (int i = 0; i < design.cells; i++) {
                for (int o = 0; o < design.factors.size(); o++) {
                    if (o != f) {
                        met.get(design.level[f][i]).add(((long) o << 32) | design.level[o][i]);
                    }
                }
            }
            double cost = Math.pow(others, 3) / 3;
            for (Set<Long> levels : met) {
                double effects = 0;
                for (long key : levels) {
                    effects += effectsPerLevel(design, (int) (key >>> 32));
                }
                cost += effects * effects * q + Math.pow(q, 3) / 3;
            }
            if (cost < lowest) {
                lowest = cost;
                best = f;
            }
        }
        return best;
    }

    /** The effects per level of factor f: the sizes of its terms added up. */
    private static int effectsPerLevel(MixedDesign design, int f) {
        int q = 0;
        for (RandomTerm term : design.terms) {
            q += design.factors.indexOf(term.factor()) == f ? term.q() : 0;
        }
        return q;
    }

    private static int[][] seen(int[][] uIndex, int[] primary, int levels, int qp, int offset) {
        List<TreeSet<Integer>> sets = new ArrayList<>();
        for (int l = 0; l < levels; l++) {
            sets.add(new TreeSet<>());
        }
        for (int i = 0; i < uIndex.length; i++) {
            for (int e = qp; e < uIndex[i].length; e++) {
                sets.get(primary[i]).add(uIndex[i][e] - offset);
            }
        }
        int[][] seen = new int[levels][];
        for (int l = 0; l < levels; l++) {
            seen[l] = sets.get(l).stream().mapToInt(Integer::intValue).toArray();
        }
        return seen;
    }
}
