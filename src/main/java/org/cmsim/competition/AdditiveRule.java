package org.cmsim.competition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.numeric.DampedNewton;
import org.cmsim.numeric.LinearAlgebra;

/**
 * The additive rule compared with the multiplicative one by McDonald &amp; MacWhinney (1989):
 * <pre>
 *   P(n1) = 0.5 + (a_order(level) + sum_c a_c d_c) / 2
 * </pre>
 * Each weight a moves the probability linearly; a cue pointing to n1 adds a_c / 2.
 *
 * <p>Constraint: the prediction must stay a probability in every condition of the design being
 * fitted, 0 &lt; P(n1) &lt; 1. The maximum-likelihood estimate under that constraint is found by an
 * interior-point (log-barrier) method: Newton steps on ln L + mu sum_i [ln P_i + ln(1 - P_i)] for
 * mu = 1e-2, 1e-4, ..., 1e-10, each step shortened to stay inside. At the end mu is negligible,
 * so a condition observed at 0% or 100% may be predicted within about 1e-10 of its bound.
 * Standard errors come from the observed information of ln L (without the barrier); they are
 * unreliable for a parameter pinned at a boundary, which the note then says.
 */
public final class AdditiveRule implements ChoiceRule {

    /** The rule's name in outputs and on the command line. */
    public static final String NAME = "additive";

    private static final double[] BARRIERS = {1e-2, 1e-4, 1e-6, 1e-8, 1e-10};
    private static final int MAX_NEWTON = 100;
    /** Newton on each barrier problem: absolute tolerance near rounding, no fall in the objective allowed. */
    private static final DampedNewton.Settings NEWTON =
            new DampedNewton.Settings(MAX_NEWTON, 1e-13, DampedNewton.Scale.ABSOLUTE, 0, 1e-14);
    private static final double BOUNDARY = 1e-6;

    @Override
    public String name() {
        return NAME;
    }

    /** Order levels NVN/NNV/VNN = 0.35/-0.25/0.1, cues 0.4, 0.2, 0.1, ... in config order. */
    @Override
    public double[] illustrativeParameters(Design design) {
        return Recovery.illustrative(design, new double[] {0.35, -0.25, 0.1}, c -> 0.4 / Math.pow(2, c));
    }

    @Override
    public double[] participant(Design design, double[] parameters, double sd, DoubleSupplier normal) {
        return ChoiceRule.shiftedEach(parameters, sd, normal);
    }

    @Override
    public boolean mayBeLeftOut(Design design, int parameter) {
        return false;
    }

    @Override
    public double strength(String parameter, double estimate) {
        return Double.NaN;
    }

    @Override
    public Optional<String> informationCriteriaCaveat() {
        return Optional.empty();
    }

    @Override
    public List<String> parameters(Design design) {
        return design.parameters();
    }

    @Override
    public RuleReader reader() {
        return RuleReader.LINEAR;
    }

    @Override
    public double[] predict(Design design, double[] a) {
        double[] p = new double[design.rows()];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0.5 + LinearAlgebra.dot(design.row(i), a) / 2;
        }
        return p;
    }

    @Override
    public RuleFit fit(Design design, Counts counts) {
        int k = design.parameterCount();
        double[] a = new double[k];
        for (double mu : BARRIERS) {
            a = newton(design, counts, a, mu);
        }
        double[] p = predict(design, a);
        double[] se = LinearAlgebra.standardErrors(information(design, counts, p, 0));
        List<String> notes = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            notes.add(atBoundary(design, counts, p, j) ? "at the constraint 0 < P(n1) < 1: se unreliable" : "");
        }
        return new RuleFit(name(), design.parameters(), a, se, p, counts.logLikelihood(p), k, notes, true);
    }

    /**
     * Newton's method on the barrier objective, staying strictly inside 0 < P < 1 (outside it the objective
     * is undefined, so the damped step halves back inside). Wherever it stops, the best point reached is kept.
     */
    private double[] newton(Design design, Counts counts, double[] start, double mu) {
        DampedNewton.Objective barrier = new DampedNewton.Objective() {
            @Override
            public double value(double[] a) {
                return objective(design, counts, a, mu);
            }

            @Override
            public void scoreAndInformation(double[] a, double[] gradient, double[][] information) {
                double[] p = predict(design, a);
                for (int i = 0; i < design.rows(); i++) {
                    double n1 = counts.n1()[i] + mu;
                    double n2 = counts.trials()[i] - counts.n1()[i] + mu;
                    // d/da_j [n1 ln P + n2 ln(1-P)] = (n1 / P - n2 / (1 - P)) x_ij / 2
                    double slope = (n1 / p[i] - n2 / (1 - p[i])) / 2;
                    double[] x = design.row(i);
                    for (int j = 0; j < gradient.length; j++) {
                        gradient[j] += slope * x[j];
                    }
                }
                double[][] full = AdditiveRule.information(design, counts, p, mu);
                for (int j = 0; j < full.length; j++) {
                    System.arraycopy(full[j], 0, information[j], 0, full.length);
                }
            }
        };
        return DampedNewton.maximise(barrier, start, NEWTON).x();
    }

    /** -Hessian of the (barrier) log-likelihood: sum_i (n1 / P^2 + n2 / (1-P)^2) x_i x_i^T / 4. */
    private static double[][] information(Design design, Counts counts, double[] p, double mu) {
        int k = design.parameterCount();
        double[][] information = new double[k][k];
        for (int i = 0; i < design.rows(); i++) {
            double n1 = counts.n1()[i] + mu;
            double n2 = counts.trials()[i] - counts.n1()[i] + mu;
            double weight = (n1 / (p[i] * p[i]) + n2 / ((1 - p[i]) * (1 - p[i]))) / 4;
            double[] x = design.row(i);
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    information[a][b] += weight * x[a] * x[b];
                }
            }
        }
        return information;
    }

    /** ln L + mu sum_i [ln P_i + ln(1 - P_i)]; -infinity outside 0 < P < 1. */
    private double objective(Design design, Counts counts, double[] a, double mu) {
        double[] p = predict(design, a);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] > 0 && p[i] < 1)) {
                return Double.NEGATIVE_INFINITY;
            }
            double n1 = counts.n1()[i] + mu;
            double n2 = counts.trials()[i] - counts.n1()[i] + mu;
            sum += n1 * Math.log(p[i]) + n2 * Math.log1p(-p[i]);
        }
        return sum;
    }

    private static boolean atBoundary(Design design, Counts counts, double[] p, int j) {
        for (int i = 0; i < p.length; i++) {
            if (design.row(i)[j] != 0 && (p[i] < BOUNDARY || p[i] > 1 - BOUNDARY)) {
                return true;
            }
        }
        return false;
    }
}
