package org.cmsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.compare.HeldOut;
import org.cmsim.compare.PairedDifference;
import org.cmsim.competition.RuleFit;
import org.cmsim.io.Numbers;
import org.cmsim.numeric.L2Path;
import org.cmsim.study.LanguageStudy;

/**
 * A language's out-of-sample comparison in the report: the five models' held-out log-likelihoods in
 * nested cross-validation, whether attention beats the head without it and the cues with interactions
 * (the head's differences with their intervals), and how the heads' own L2 was chosen.
 */
final class HeldOutHtml {

    private HeldOutHtml() {
    }

    /** What each model is, in the table's words. */
    private static String describe(String model) {
        return switch (model) {
            case HeldOut.RULE -> "multiplicative rule";
            case HeldOut.HEAD -> "attention head";
            case HeldOut.UNIFORM -> "head with uniform attention (no query or keys)";
            case HeldOut.INTERACTIONS -> "logistic on the cues with every pairwise interaction";
            case HeldOut.ORDER -> "word order alone";
            default -> model;
        };
    }

    /** The models' table, the head's comparisons and the heads' L2 choice, for one language. */
    static String section(LanguageStudy.Result study) {
        HeldOut heldOut = study.heads().heldOut();
        HeadEnsemble.CrossValidation cv = study.heads().ensemble().crossValidation();
        RuleFit fit = study.analysis().exposureFit();
        StringBuilder html = new StringBuilder();
        html.append("<p>Out of sample: five models on the same ").append(heldOut.folds())
                .append(" folds of the corpus's ").append(Math.round(heldOut.tokens())).append(" tokens, each scored"
                + " by the log-likelihood of the held-out tokens summed over the folds (higher is better). The penalised"
                + " models choose their L2 inside each fold's training set by an inner cross-validation on its own"
                + " folds (nested cross-validation), so the held-out tokens take no part in the choice; one head is"
                + " trained per fold.</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (HeldOut.ModelScore model : heldOut.models()) {
            String inSample = model.model().equals(HeldOut.RULE) ? Html.number(fit.logLik())
                    : model.model().equals(HeldOut.HEAD) ? Html.number(study.heads().ensemble().inSampleLogLik()) : "";
            rows.add(List.of("<code>" + model.model() + "</code>", describe(model.model()),
                    Html.number(model.logLik()), numbers(model.foldLogLik()), penalties(model), inSample));
        }
        html.append(Html.table(List.of("model", "what it is", "held-out log-likelihood", "per fold",
                "L2 chosen per fold", "in-sample log-likelihood"), rows));
        if (heldOut.models().stream().anyMatch(m -> m.penalised() && !allTrue(m.foldL2Interior()))) {
            html.append("<p>* The inner cross-validation's best L2 is at an end of the search (")
                    .append(Numbers.penalty(L2Path.SMALLEST)).append(" to ").append(Numbers.penalty(L2Path.LARGEST))
                    .append("), not between two worse values.</p>\n");
        }
        html.append(differences(heldOut));
        html.append(headsL2(cv));
        return html.toString();
    }

    /** Does attention beat the head without it, the cues with interactions, the rule? */
    private static String differences(HeldOut heldOut) {
        List<List<String>> rows = new ArrayList<>();
        for (PairedDifference d : heldOut.differences()) {
            rows.add(List.of("head &minus; " + d.baseline(), signed(d.total()),
                    "[" + signed(d.tokenLow()) + ", " + signed(d.tokenHigh()) + "]", "<b>" + answer(d) + "</b>",
                    signed(d.meanOverFolds()) + " [" + signed(d.foldLow()) + ", " + signed(d.foldHigh()) + "]"));
        }
        int replicates = heldOut.differences().isEmpty() ? 0 : heldOut.differences().get(0).replicates();
        return "<p>Does attention beat a head without it, and the cues with their interactions? The difference of"
                + " held-out log-likelihoods, head minus the other model, summed over the held-out tokens (positive:"
                + " the head predicts the agents better). Its 95% interval comes from a paired bootstrap of the"
                + " held-out tokens (" + replicates + " resamples; the fitted models held fixed), and decides the"
                + " answer: <i>yes</i> when the interval lies above 0, <i>no, worse</i> below, <i>undecided</i>"
                + " otherwise. Beside it, the mean per fold with a t interval over the " + heldOut.folds() + " folds,"
                + " which also carries the variation from retraining and is wide with so few folds.</p>\n"
                + Html.table(List.of("comparison", "difference", "95% interval (tokens)", "head better?",
                "mean per fold [95% t interval over folds]"), rows);
    }

    private static String answer(PairedDifference d) {
        return switch (d.verdict()) {
            case BETTER -> "yes";
            case WORSE -> "no, worse";
            case UNDECIDED -> "undecided";
        };
    }

    /** The heads' L2 (the reported heads' own choice): its curve, whether it is interior, and the one-SE set. */
    private static String headsL2(HeadEnsemble.CrossValidation cv) {
        List<String> oneSe = cv.oneSeSet().stream().map(Numbers::penalty).toList();
        String where = cv.curve().points().size() == 1 ? "set in the config"
                : cv.chosenIsInterior() ? "interior: it beats both neighbours"
                : "at the end of the search (" + Numbers.penalty(L2Path.SMALLEST) + " to "
                + Numbers.penalty(L2Path.LARGEST) + "): not interior";
        return "<p>The reported heads' L2 is " + Numbers.penalty(cv.chosenL2()) + " (" + where + "), chosen on the same "
                + cv.folds() + " folds from " + cv.curve().points().size() + " values in factor-10 steps (the figure"
                + " below and <code>l2-curve.csv</code>). Within one standard error of its held-out log-likelihood:"
                + " L2 " + String.join(", ", oneSe) + " (the one-SE set: the folds cannot tell these apart).</p>\n";
    }

    private static String penalties(HeldOut.ModelScore model) {
        if (!model.penalised()) {
            return "&ndash;";
        }
        List<String> values = new ArrayList<>();
        boolean[] interior = model.foldL2Interior();
        double[] l2 = model.foldL2();
        for (int f = 0; f < l2.length; f++) {
            values.add(Numbers.penalty(l2[f]) + (interior[f] ? "" : "*"));
        }
        return String.join(", ", values) + (model.innerCurves().isEmpty() ? " (set)" : "");
    }

    private static boolean allTrue(boolean[] values) {
        for (boolean v : values) {
            if (!v) {
                return false;
            }
        }
        return true;
    }

    private static String numbers(double[] values) {
        List<String> cells = new ArrayList<>();
        for (double v : values) {
            cells.add(Html.number(v));
        }
        return String.join(", ", cells);
    }

    private static String signed(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%+.1f", value) : "&ndash;";
    }
}
