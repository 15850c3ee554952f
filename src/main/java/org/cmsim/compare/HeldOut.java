package org.cmsim.compare;

import java.util.List;
import org.cmsim.attention.Examples;
import org.cmsim.attention.Folds;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Design;
import org.cmsim.model.Cue;

/**
 * Both models out of sample, on the same folds of sentence tokens: the multiplicative rule fitted on
 * each training fold and scored on its held-out fold, beside the heads' cross-validation (the chosen
 * L2's held-out log-likelihood and the control head's). Each is sum_f sum_{tokens in f} ln P(agent).
 */
public record HeldOut(double ruleLogLik, HeadEnsemble.CrossValidation heads) {

    /** The rule scored on the folds the heads' cross-validation dealt. */
    public static HeldOut of(Examples examples, List<Cue> cues, HeadEnsemble.CrossValidation heads) {
        return new HeldOut(ruleLogLik(examples, cues, Folds.of(examples, heads.folds(), heads.seed())), heads);
    }

    /** ln-likelihood of every fold's held-out tokens under the multiplicative rule fitted on the other folds. */
    static double ruleLogLik(Examples examples, List<Cue> cues, Folds folds) {
        Design design = Design.of(examples.stimuli(), cues);
        MultiplicativeRule rule = new MultiplicativeRule();
        double sum = 0;
        for (int f = 0; f < folds.count(); f++) {
            RuleFit fit = rule.fit(design, folds.training().get(f).counts());
            sum += folds.heldOut().get(f).counts().logLikelihood(fit.predicted());
        }
        return sum;
    }
}
