package org.cmsim.competition;

import java.util.ArrayList;
import java.util.List;

/**
 * One term of a random-effects structure resolved against the rule's parameters: the grouping factor, its q
 * effects (the intercept, a per-level shift of the log-odds of choosing n1, and slopes on the rule's design
 * columns), and where its variance components sit in theta.
 *
 * <p>lme4's parametrisation (Bates et al. 2015, J. Stat. Softw. 67(1), section 2.2, eqs. 4-5): a level's effects
 * are b = Lambda u with u ~ N(0, I) and Lambda a q x q lower-triangular relative covariance factor, so the
 * effects' covariance is Sigma = Lambda Lambda' (a binomial model has no residual scale). theta holds Lambda's
 * lower triangle column by column: (L11, L21, ..., Lq1, L22, ...); the diagonal elements are bounded below by 0,
 * the others free. An uncorrelated term ({@code ||}) holds its off-diagonal elements at 0 and keeps only the
 * diagonal in theta, so each effect's SD is its theta. With groups, every group has its own Lambda: the term's
 * thetas are {@code perGroup()} long, group after group, from {@code offset}.
 *
 * @param columns per effect, the rule's design column it multiplies, or {@link #INTERCEPT}
 */
public record RandomTerm(String factor, int[] columns, List<String> effects, boolean correlated, int offset,
                         int groups) {

    /** The column code of the intercept, whose value is 1 in every trial. */
    public static final int INTERCEPT = -1;
    /** The intercept's name in random-effects.csv and random-correlations.csv. */
    public static final String INTERCEPT_NAME = "intercept";

    public RandomTerm {
        columns = columns.clone();
        effects = List.copyOf(effects);
        if (columns.length == 0 || columns.length != effects.size() || groups < 1 || offset < 0) {
            throw new IllegalArgumentException("a term needs one name per effect, at least one, in a group");
        }
    }

    @Override
    public int[] columns() {
        return columns.clone();
    }

    /** The number of effects. */
    public int q() {
        return columns.length;
    }

    /** Thetas per group: q (q + 1) / 2 correlated, q uncorrelated. */
    public int perGroup() {
        return correlated ? q() * (q() + 1) / 2 : q();
    }

    /** The theta index of Lambda[row][column] (row >= column; uncorrelated: row == column) in group g. */
    public int theta(int g, int row, int column) {
        if (row < column || (!correlated && row != column)) {
            throw new IllegalArgumentException("Lambda[" + row + "][" + column + "] is not a parameter");
        }
        // Column c starts after the c previous columns of lengths q, q - 1, ..., q - c + 1.
        int within = correlated ? column * q() - column * (column - 1) / 2 + (row - column) : row;
        return offset + g * perGroup() + within;
    }

    /** Whether theta index {@code index} of this term is a diagonal element of Lambda (bounded below by 0). */
    boolean isDiagonal(int index) {
        int within = (index - offset) % perGroup();
        if (!correlated) {
            return true;
        }
        for (int c = 0, start = 0; c < q(); start += q() - c, c++) {
            if (within == start) {
                return true;
            }
        }
        return false;
    }

    /** Lambda of group g, written into {@code into} (q x q, upper triangle zero). */
    void lambda(double[] theta, int g, double[][] into) {
        for (int r = 0; r < q(); r++) {
            for (int c = 0; c < q(); c++) {
                boolean free = c == r || (correlated && c < r);
                into[r][c] = free ? theta[theta(g, r, c)] : 0;
            }
        }
    }

    /** Sigma = Lambda Lambda' of group g. */
    public double[][] covariance(double[] theta, int g) {
        double[][] l = new double[q()][q()];
        lambda(theta, g, l);
        double[][] sigma = new double[q()][q()];
        for (int a = 0; a < q(); a++) {
            for (int b = 0; b < q(); b++) {
                for (int c = 0; c <= Math.min(a, b); c++) {
                    sigma[a][b] += l[a][c] * l[b][c];
                }
            }
        }
        return sigma;
    }

    /** Whether group g's fit is on the boundary: a diagonal element of Lambda below {@code tolerance}. */
    boolean singular(double[] theta, int g, double tolerance) {
        for (int e = 0; e < q(); e++) {
            if (theta[theta(g, e, e)] < tolerance) {
                return true;
            }
        }
        return false;
    }

    /** The term in lme4's notation, its effects named: {@code (1 + animacy | subject)}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (columns[0] != INTERCEPT) {
            parts.add("0");
        }
        for (int e = 0; e < q(); e++) {
            parts.add(columns[e] == INTERCEPT ? "1" : effects.get(e));
        }
        return "(" + String.join(" + ", parts) + (correlated || q() == 1 ? " | " : " || ") + factor + ")";
    }
}
