package org.cmsim.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;

/**
 * Finds the parameters of a logistic (multiplicative) fit whose maximum-likelihood estimate does not
 * exist, before fitting, so that they are reported rather than chased to infinity:
 * <ul>
 *   <li><b>not identified</b>: the parameter lies in the null space of the design (a cue never
 *       present, or perfectly confounded with others), so the data cannot tell it apart;</li>
 *   <li><b>diverges</b>: (quasi-)complete separation (Albert &amp; Anderson 1984). There is a
 *       direction b with x_i . b >= 0 wherever all choices were n1, x_i . b <= 0 wherever none were,
 *       and x_i . b = 0 elsewhere; moving along it never lowers the likelihood, so the estimate
 *       runs off to infinity. Found by linear programming as in Konis (2007): maximise +-b_j within
 *       the unit box, with b orthogonal to the null space.</li>
 * </ul>
 */
final class Separation {

    /** How a note about a parameter that the data cannot tell apart begins. */
    static final String NOT_IDENTIFIED = "not identified";
    private static final double NULL_EIGENVALUE = 1e-9;
    private static final double SUPPORT = 1e-6;
    private static final double DIRECTION = 1e-7;

    /** One warning per parameter; empty when its estimate exists. */
    record Diagnosis(String[] notes) {
        boolean any() {
            return Arrays.stream(notes).anyMatch(n -> !n.isEmpty());
        }

        boolean flagged(int j) {
            return !notes[j].isEmpty();
        }
    }

    private Separation() {
    }

    static Diagnosis diagnose(Design design, Counts counts) {
        int p = design.parameterCount();
        String[] notes = new String[p];
        Arrays.fill(notes, "");
        List<double[]> nullSpace = nullSpace(design, counts);
        for (double[] v : nullSpace) {
            List<String> support = new ArrayList<>();
            for (int j = 0; j < p; j++) {
                if (Math.abs(v[j]) > SUPPORT) {
                    support.add(design.parameters().get(j));
                }
            }
            for (int j = 0; j < p; j++) {
                if (Math.abs(v[j]) > SUPPORT && notes[j].isEmpty()) {
                    notes[j] = support.size() == 1 ? NOT_IDENTIFIED + ": never present in the data"
                            : NOT_IDENTIFIED + ": confounded with " + others(support, design.parameters().get(j));
                }
            }
        }
        if (hasExtremeCondition(counts)) {
            for (int j = 0; j < p; j++) {
                if (!notes[j].isEmpty()) {
                    continue;
                }
                if (maxAlong(design, counts, nullSpace, j, +1) > DIRECTION) {
                    notes[j] = "diverges to +infinity (separation)";
                } else if (maxAlong(design, counts, nullSpace, j, -1) > DIRECTION) {
                    notes[j] = "diverges to -infinity (separation)";
                }
            }
        }
        return new Diagnosis(notes);
    }

    private static String others(List<String> support, String self) {
        return String.join(", ", support.stream().filter(s -> !s.equals(self)).toList());
    }

    private static boolean hasExtremeCondition(Counts counts) {
        for (int i = 0; i < counts.size(); i++) {
            if (counts.trials()[i] > 0 && (counts.n1()[i] == 0 || counts.n1()[i] == counts.trials()[i])) {
                return true;
            }
        }
        return false;
    }

    /** Eigenvectors of X'X (rows with trials) whose eigenvalues vanish. */
    private static List<double[]> nullSpace(Design design, Counts counts) {
        int p = design.parameterCount();
        double[][] gram = new double[p][p];
        for (int i = 0; i < design.rows(); i++) {
            if (counts.trials()[i] == 0) {
                continue;
            }
            double[] x = design.row(i);
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    gram[a][b] += x[a] * x[b];
                }
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(MatrixUtils.createRealMatrix(gram));
        double largest = 0;
        for (double value : eigen.getRealEigenvalues()) {
            largest = Math.max(largest, Math.abs(value));
        }
        List<double[]> vectors = new ArrayList<>();
        double[] values = eigen.getRealEigenvalues();
        for (int k = 0; k < values.length; k++) {
            if (Math.abs(values[k]) <= NULL_EIGENVALUE * Math.max(1, largest)) {
                RealVector v = eigen.getEigenvector(k);
                vectors.add(v.toArray());
            }
        }
        return vectors;
    }

    /** max sign * b_j over separating directions b in the unit box, orthogonal to the null space. */
    private static double maxAlong(Design design, Counts counts, List<double[]> nullSpace, int j, int sign) {
        int p = design.parameterCount();
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int i = 0; i < design.rows(); i++) {
            long trials = counts.trials()[i];
            if (trials == 0) {
                continue;
            }
            long n1 = counts.n1()[i];
            Relationship relation = n1 == trials ? Relationship.GEQ : n1 == 0 ? Relationship.LEQ : Relationship.EQ;
            constraints.add(new LinearConstraint(design.row(i).clone(), relation, 0));
        }
        for (double[] v : nullSpace) {
            constraints.add(new LinearConstraint(v.clone(), Relationship.EQ, 0));
        }
        for (int k = 0; k < p; k++) {
            double[] unit = new double[p];
            unit[k] = 1;
            constraints.add(new LinearConstraint(unit, Relationship.LEQ, 1));
            constraints.add(new LinearConstraint(unit.clone(), Relationship.GEQ, -1));
        }
        double[] objective = new double[p];
        objective[j] = sign;
        PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(10_000),
                new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints),
                GoalType.MAXIMIZE, new NonNegativeConstraint(false));
        return optimum.getValue();
    }
}
