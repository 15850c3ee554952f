package org.cmsim.competition;

import java.util.List;
import org.cmsim.design.Counts;

/**
 * How well a fitted rule accounts for the choices: log-likelihood, the deviance G2 against the
 * saturated model, information criteria, and agreement between observed and predicted proportions.
 * <pre>
 *   G2  = 2 (lnL_saturated - lnL)          df  = conditions with trials - k
 *   AIC = 2k - 2 lnL                       BIC = k ln(N) - 2 lnL      (N = number of trials)
 *   RMSE and Pearson r over conditions, observed proportion vs predicted P(n1), unweighted
 * </pre>
 */
public record GoodnessOfFit(double logLik, double g2, int df, double aic, double bic, double rmse, double r) {

    public static GoodnessOfFit of(RuleFit fit, Counts counts) {
        int k = fit.freeParameters();
        double logLik = fit.logLik();
        int conditions = 0;
        for (long trials : counts.trials()) {
            conditions += trials > 0 ? 1 : 0;
        }
        double g2 = Math.max(0, 2 * (counts.saturatedLogLikelihood() - logLik));
        double[] observed = new double[conditions];
        double[] predicted = new double[conditions];
        for (int i = 0, j = 0; i < counts.size(); i++) {
            if (counts.trials()[i] > 0) {
                observed[j] = counts.proportion(i);
                predicted[j++] = fit.predicted()[i];
            }
        }
        return new GoodnessOfFit(logLik, g2, conditions - k, 2 * k - 2 * logLik,
                k * Math.log(counts.totalTrials()) - 2 * logLik, rmse(observed, predicted), pearson(observed, predicted));
    }

    /** Akaike weights: w_i = exp(-(AIC_i - AIC_min) / 2) / sum_j exp(-(AIC_j - AIC_min) / 2). */
    public static double[] akaikeWeights(List<GoodnessOfFit> fits) {
        double best = Double.POSITIVE_INFINITY;
        for (GoodnessOfFit fit : fits) {
            best = Math.min(best, fit.aic());
        }
        double[] weights = new double[fits.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.exp(-(fits.get(i).aic() - best) / 2);
            sum += weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return weights;
    }

    public static double rmse(double[] a, double[] b) {
        if (a.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum / a.length);
    }

    /** Pearson's r; NaN when either side has no variance. */
    public static double pearson(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) {
            return Double.NaN;
        }
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < n; i++) {
            meanA += a[i] / n;
            meanB += b[i] / n;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - meanA) * (b[i] - meanB);
            saa += (a[i] - meanA) * (a[i] - meanA);
            sbb += (b[i] - meanB) * (b[i] - meanB);
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }
}
