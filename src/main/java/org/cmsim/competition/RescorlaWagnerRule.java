package org.cmsim.competition;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;

/**
 * Rescorla &amp; Wagner (1972) with the agent as a signed outcome: after each sentence,
 * <pre>
 *   V += rate (lambda - V . x) x            lambda = +1 when n1 is the agent, -1 when n2 is
 * </pre>
 * Its equilibrium (Danks 2003, "Equilibria of the Rescorla-Wagner model", J. Math. Psych. 47) is
 * where the expected change is zero: sum_s P(s) x_s (lambda_s - V . x_s) = 0, that is
 * E[x x^T] V = E[lambda x], the least-squares regression of lambda on x. When E[x x^T] is singular
 * (confounded cues) the minimum-norm solution is returned, which is where learning from zero
 * weights converges.
 */
public final class RescorlaWagnerRule implements LearningRule {

    @Override
    public String name() {
        return "rescorla-wagner";
    }

    @Override
    public double error(double activation, boolean agentIsN1) {
        return (agentIsN1 ? 1 : -1) - activation;
    }

    @Override
    public double[] asymptote(Design design, Counts agents) {
        int k = design.parameterCount();
        double[][] moment = new double[k][k];
        double[] target = new double[k];
        double total = agents.totalTrials();
        for (int i = 0; i < design.rows(); i++) {
            double[] x = design.row(i);
            double weight = agents.trials()[i] / total;
            // E[lambda x]: lambda is +1 for the n1-agent share of the row, -1 for the rest.
            double lambda = (2.0 * agents.n1()[i] - agents.trials()[i]) / total;
            for (int a = 0; a < k; a++) {
                target[a] += lambda * x[a];
                for (int b = 0; b < k; b++) {
                    moment[a][b] += weight * x[a] * x[b];
                }
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(MatrixUtils.createRealMatrix(moment));
        return svd.getSolver().solve(MatrixUtils.createRealVector(target)).toArray();
    }
}
