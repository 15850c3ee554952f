package org.cmsim.reactiontime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cmsim.competition.RandomStructure;

/**
 * The data of a linear mixed model as lme4 arranges them (Bates et al. 2015, J. Stat. Softw. 67(1), section 2):
 * <pre>
 *   y = X beta + Z b + e,      b ~ N(0, Sigma_theta),  e ~ N(0, sigma^2 I)
 * </pre>
 * y the response (n), X the fixed-effects matrix (n x p, named columns, one of them usually {@code intercept}),
 * and one {@link Term} per term of the random-effects structure: for each observation its level of the grouping
 * column and the values of the term's effects (columns of X: the intercept, slopes). Z is never formed: a term
 * with k effects and L levels owns q_t = L k columns of Z, the level l's effects at columns l k .. l k + k - 1 of
 * the term's block, which is lme4's layout (section 2.3.1).
 */
public record MixedLinearDesign(double[] y, double[][] x, List<String> fixed, List<Term> terms) {

    /** The name of the fixed intercept column, and of the intercept in a random-effects term. */
    public static final String INTERCEPT = "intercept";

    /**
     * One random-effects term: its grouping column ({@code factor}), the names of its effects (columns of X), each
     * observation's level (an index into {@code levels}) and whether the effects are correlated.
     */
    public record Term(String factor, List<String> effects, int[] level, List<String> levels,
                       RandomStructure.Covariance covariance) {
        public Term {
            effects = List.copyOf(effects);
            levels = List.copyOf(levels);
            level = level.clone();
            if (effects.isEmpty()) {
                throw new IllegalArgumentException("a term for " + factor + " needs an effect");
            }
            for (int l : level) {
                if (l < 0 || l >= levels.size()) {
                    throw new IllegalArgumentException("level index " + l + " outside 0.." + (levels.size() - 1));
                }
            }
        }

        /** Number of effects per level (k). */
        public int size() {
            return effects.size();
        }

        /** Columns of Z this term owns (levels x effects). */
        public int columns() {
            return levels.size() * effects.size();
        }
    }

    public MixedLinearDesign {
        y = y.clone();
        fixed = List.copyOf(fixed);
        terms = List.copyOf(terms);
        if (x.length != y.length) {
            throw new IllegalArgumentException("X has " + x.length + " rows for " + y.length + " observations");
        }
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != fixed.size()) {
                throw new IllegalArgumentException("row " + i + " of X has " + x[i].length + " columns, not "
                        + fixed.size());
            }
            copy[i] = x[i].clone();
        }
        x = copy;
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a mixed model needs a random-effects term");
        }
        for (Term term : terms) {
            if (term.level().length != y.length) {
                throw new IllegalArgumentException("the term for " + term.factor() + " has " + term.level().length
                        + " levels for " + y.length + " observations");
            }
            for (String effect : term.effects()) {
                if (!fixed.contains(effect)) {
                    throw new IllegalArgumentException("'" + effect + "' varies over " + term.factor()
                            + " but is no fixed effect (fixed effects: " + String.join(", ", fixed) + ")");
                }
            }
        }
    }

    /**
     * The design of a model with the given fixed effects and random-effects {@code structure}; {@code factors}
     * holds, per grouping column the structure names, every observation's level (never null). Levels are sorted
     * by name. An intercept or a slope varies only when it is a fixed effect too; the every-parameter form
     * ({@code subject} alone) varies every fixed effect. Throws IllegalArgumentException naming what is missing.
     */
    public static MixedLinearDesign of(double[] y, double[][] x, List<String> fixed, Map<String, String[]> factors,
                                       RandomStructure structure) {
        List<Term> terms = new ArrayList<>();
        for (RandomStructure.Term term : structure.terms()) {
            String[] column = factors.get(term.factor());
            if (column == null) {
                throw new IllegalArgumentException("no grouping column '" + term.factor() + "' (columns: "
                        + String.join(", ", factors.keySet()) + ")");
            }
            List<String> effects = new ArrayList<>();
            if (term.everyParameter()) {
                effects.addAll(fixed);
            } else {
                if (term.intercept()) {
                    effects.add(INTERCEPT);
                }
                effects.addAll(term.slopes());
            }
            if (effects.contains(INTERCEPT) && !fixed.contains(INTERCEPT)) {
                throw new IllegalArgumentException(term + " varies an intercept the model does not have");
            }
            Map<String, Integer> index = new TreeMap<>();
            for (String value : column) {
                index.put(value, 0);
            }
            List<String> levels = new ArrayList<>(index.keySet());
            for (int l = 0; l < levels.size(); l++) {
                index.put(levels.get(l), l);
            }
            int[] level = new int[column.length];
            for (int i = 0; i < column.length; i++) {
                level[i] = index.get(column[i]);
            }
            terms.add(new Term(term.factor(), effects, level, levels, term.covariance()));
        }
        return new MixedLinearDesign(y, x, fixed, terms);
    }

    public int observations() {
        return y.length;
    }

    /** Number of fixed effects (p). */
    public int fixedCount() {
        return fixed.size();
    }

    /** Column of X holding an effect of a term. */
    int column(String effect) {
        return fixed.indexOf(effect);
    }

    /** The grouping columns with their number of levels, in order of first appearance (for a summary). */
    public Map<String, Integer> levelCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        terms.forEach(t -> counts.put(t.factor(), t.levels().size()));
        return counts;
    }
}
