package org.cmsim.output;

import java.util.List;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.compare.HeldOut;
import org.cmsim.io.Table;
import org.cmsim.numeric.L2Path;
import org.cmsim.study.LanguageOutcome;

/**
 * The out-of-sample tables of a run: l2-curve.csv (the heads' held-out log-likelihood at each L2 the search tried,
 * per language) and heldout.csv (every model's held-out log-likelihood per language and outer fold).
 */
public final class HeldOutTables {

    private HeldOutTables() {
    }

    /**
     * l2-curve.csv: per language, one row per L2 the search tried, in increasing order: the held-out log-likelihood
     * summed over the folds ({@code cv_loglik}), its standard error over the held-out tokens, whether it is within
     * one standard error of the best, and whether it is the L2 the heads were trained at.
     */
    public static Table l2Curves(List<LanguageOutcome> outcomes) {
        Table table = new Table("language", "l2", "cv_loglik", "se", "within_one_se", "chosen");
        for (LanguageOutcome outcome : outcomes) {
            HeadEnsemble.CrossValidation cv = outcome.study().heads().ensemble().crossValidation();
            List<Double> oneSe = cv.oneSeSet();
            for (L2Path.Point point : cv.curve().points()) {
                table.add(outcome.study().config().name(), point.l2(), point.logLik(), point.se(),
                        oneSe.contains(point.l2()), point.l2() == cv.chosenL2());
            }
        }
        return table;
    }

    /**
     * heldout.csv: per language, model and outer fold (1, 2, ...), the log-likelihood summed over the fold's
     * held-out tokens, and the L2 the model chose inside the fold's training set (empty for a model without one).
     */
    public static Table heldOut(List<LanguageOutcome> outcomes) {
        Table table = new Table("language", "model", "fold", "loglik", "l2");
        for (LanguageOutcome outcome : outcomes) {
            HeldOut heldOut = outcome.study().heads().heldOut();
            for (HeldOut.ModelScore model : heldOut.models()) {
                double[] logLik = model.foldLogLik();
                double[] l2 = model.foldL2();
                for (int f = 0; f < logLik.length; f++) {
                    table.add(outcome.study().config().name(), model.model(), (long) (f + 1), logLik[f], l2[f]);
                }
            }
        }
        return table;
    }
}
