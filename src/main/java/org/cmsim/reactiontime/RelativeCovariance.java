package org.cmsim.reactiontime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cmsim.competition.RandomStructure;

/**
 * The relative covariance factor Lambda_theta of a mixed model (Bates et al. 2015, J. Stat. Softw. 67(1),
 * eq. 4 and section 2.3.2): Sigma_theta = sigma^2 Lambda_theta Lambda_theta', block diagonal with one k x k
 * lower-triangular template T_t per term, repeated over the term's levels. theta lists the templates' free
 * elements term by term, as lme4's {@code getME(m, "theta")}: a correlated term's lower triangle column by
 * column ((1,1), (2,1), ..., (k,1), (2,2), ...), an uncorrelated term's diagonal. Diagonal elements are bounded
 * below by 0, the others are free ({@code getME(m, "lower")}).
 */
public final class RelativeCovariance {

    /** lme4's {@code isSingular} tolerance: a theta at its lower bound of 0 within this is a singular fit. */
    public static final double SINGULAR_TOLERANCE = 1e-4;

    private final int[] sizes;
    private final boolean[] correlated;
    /** For each theta: its term, row and column in the term's template. */
    private final int[] termOf;
    private final int[] rowOf;
    private final int[] columnOf;

    public RelativeCovariance(List<MixedLinearDesign.Term> terms) {
        sizes = new int[terms.size()];
        correlated = new boolean[terms.size()];
        List<int[]> entries = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            int k = terms.get(t).size();
            sizes[t] = k;
            correlated[t] = terms.get(t).covariance() == RandomStructure.Covariance.CORRELATED;
            for (int j = 0; j < k; j++) {
                for (int i = j; i < (correlated[t] ? k : j + 1); i++) {
                    entries.add(new int[] {t, i, j});
                }
            }
        }
        termOf = entries.stream().mapToInt(e -> e[0]).toArray();
        rowOf = entries.stream().mapToInt(e -> e[1]).toArray();
        columnOf = entries.stream().mapToInt(e -> e[2]).toArray();
    }

    /** Number of variance parameters (the length of theta). */
    public int count() {
        return termOf.length;
    }

    /** lme4's start: every template the identity (diagonal 1, off-diagonal 0). */
    public double[] start() {
        double[] theta = new double[count()];
        for (int m = 0; m < theta.length; m++) {
            theta[m] = onDiagonal(m) ? 1 : 0;
        }
        return theta;
    }

    /** Lower bounds: 0 for a diagonal element, -infinity for an off-diagonal one. */
    public double[] lower() {
        double[] lower = new double[count()];
        for (int m = 0; m < lower.length; m++) {
            lower[m] = onDiagonal(m) ? 0 : Double.NEGATIVE_INFINITY;
        }
        return lower;
    }

    /** Whether theta[m] is a diagonal element of its template (so bounded below by 0). */
    public boolean onDiagonal(int m) {
        return rowOf[m] == columnOf[m];
    }

    /** The lower-triangular template T_t (k x k) of every term for this theta. */
    public double[][][] templates(double[] theta) {
        if (theta.length != count()) {
            throw new IllegalArgumentException("theta has " + theta.length + " elements, not " + count());
        }
        double[][][] templates = new double[sizes.length][][];
        for (int t = 0; t < sizes.length; t++) {
            templates[t] = new double[sizes[t]][sizes[t]];
        }
        for (int m = 0; m < theta.length; m++) {
            templates[termOf[m]][rowOf[m]][columnOf[m]] = theta[m];
        }
        return templates;
    }

    /** lme4's {@code isSingular}: some theta at its lower bound of 0 (within {@link #SINGULAR_TOLERANCE}). */
    public boolean singular(double[] theta) {
        for (int m = 0; m < theta.length; m++) {
            if (onDiagonal(m) && theta[m] < SINGULAR_TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The covariance of one term's effects, Sigma_t = sigma^2 T_t T_t' (k x k).
     */
    public double[][] covariance(int term, double[] theta, double sigma) {
        double[][] t = templates(theta)[term];
        int k = t.length;
        double[][] sigmaT = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double s = 0;
                for (int c = 0; c <= Math.min(a, b); c++) {
                    s += t[a][c] * t[b][c];
                }
                sigmaT[a][b] = sigma * sigma * s;
            }
        }
        return sigmaT;
    }

    @Override
    public String toString() {
        return "RelativeCovariance" + Arrays.toString(sizes);
    }
}
