package org.cmsim.study;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.RandomStructure;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.input.ChoiceReader;
import org.cmsim.input.CueColumns;
import org.cmsim.io.InputException;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.Condition;
import org.cmsim.model.Cue;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.Stimulus;
import org.cmsim.reactiontime.CueConflict;
import org.cmsim.reactiontime.LinearMixedFit;
import org.cmsim.reactiontime.LinearMixedModel;
import org.cmsim.reactiontime.RtPredictors;
import org.cmsim.validity.CueValidity;

/**
 * What {@code cmsim fit-rt} computes: the choices' reaction times as a linear mixed model on log RT
 * ({@link RtPredictors}, fitted by {@link LinearMixedModel}), with the certainty of the pooled multiplicative rule
 * fitted to the same choices, and the cues' conflict with word order resolved on the config's corpus when it has
 * one, else by the fitted order parameters ({@link CueConflict}).
 */
public final class RtFitStudy {

    /** Where word order's directions came from, for the conflict predictor. */
    public enum OrderSource { CORPUS, FITTED_ORDER_PARAMETERS }

    /** What to fit: the random-effects structure (empty: the data's default) and whether choice is a predictor. */
    public record Request(Optional<RandomStructure> random, RtPredictors.Choice choice) {
    }

    /**
     * The fit, the structure it used, the sentences with their predictors, where order's directions came from,
     * and how many trials had an RT and how many had none (left out).
     */
    public record Result(LinearMixedFit fit, RandomStructure structure, List<RtPredictors.Condition> conditions,
                         OrderSource orderSource, int timedTrials, int untimedTrials, RuleFit rule) {
    }

    private RtFitStudy() {
    }

    /**
     * The default structure: a random intercept per subject, and per item when the choices name items, as in the
     * reaction-time analyses of a crossed design (Baayen, Davidson &amp; Bates 2008).
     */
    public static RandomStructure defaultStructure(boolean items) {
        return RandomStructure.parse(items ? "(1 | subject) + (1 | item)" : "(1 | subject)");
    }

    public static Result run(LanguageConfig language, Request request, Progress progress) throws InputException {
        Path file = language.choices().orElseThrow(() -> new IllegalArgumentException(language.name()
                + ": the config names no choice data"));
        StageClock clock = new StageClock(language.name(), progress);
        Set<String> required = new TreeSet<>(request.random().map(RandomStructure::factors)
                .orElse(List.of("subject")));
        ChoiceData data = clock.time("read the choices", () -> CueColumns.readChoices(file, language.features(),
                language.cues(), new ChoiceReader.Needs(required, null)));
        int timed = (int) data.rows().stream().filter(ChoiceRow::hasRt).count();
        if (timed == 0) {
            throw InputException.in(file, "no reaction times: fit-rt needs an '%s' column (ms) in trial-level"
                    + " choices", ChoiceReader.RT);
        }
        boolean items = data.rows().stream().allMatch(row -> row.item() != null);
        RandomStructure structure = request.random().orElseGet(() -> defaultStructure(items));
        List<Cue> cues = language.cues();
        RuleFit rule = clock.time("the multiplicative rule fitted to all " + data.totalTrials() + " choices",
                () -> multiplicative(data, cues));
        OrderSource source = language.hasCorpus() ? OrderSource.CORPUS : OrderSource.FITTED_ORDER_PARAMETERS;
        List<Cue> resolved = clock.time("the cues' directions", () -> resolve(language, rule.parameters(),
                rule.estimates()));
        try {
            return clock.time("the linear mixed model of log RT on " + timed + " trials",
                    () -> fit(data, resolved, rule, request.choice(), structure, source));
        } catch (IllegalArgumentException e) {
            throw InputException.in(file, "%s", e.getMessage());
        }
    }

    /** The pooled multiplicative rule fitted to the choices, whose P(n1) gives the certainty predictor. */
    static RuleFit multiplicative(ChoiceData data, List<Cue> cues) {
        List<Condition> conditions = data.conditions();
        return new MultiplicativeRule().fit(Design.of(conditions.stream().map(Condition::stimulus).toList(), cues),
                Counts.of(conditions));
    }

    /**
     * The language's cues ready to tell conflict from convergence: word order's levels by the corpus's majority
     * agent when the config has a corpus (as validity.csv), else by the sign of the rule's order parameters
     * ({@code parameters} and their {@code values}: fitted, or generating in a simulation).
     */
    public static List<Cue> resolve(LanguageConfig language, List<String> parameters, double[] values)
            throws InputException {
        if (language.hasCorpus()) {
            return CueValidity.resolve(CueColumns.readCorpus(language.corpus(), language.features(),
                    language.cues()), language.cues());
        }
        Map<String, Double> order = new HashMap<>();
        for (int j = 0; j < parameters.size(); j++) {
            order.put(parameters.get(j), values[j]);
        }
        return CueConflict.orderBySign(language.cues(), order);
    }

    /** The model of the choices' RTs, given the rule fitted to them and the resolved cues. */
    static Result fit(ChoiceData data, List<Cue> resolved, RuleFit rule, RtPredictors.Choice choice,
                      RandomStructure structure, OrderSource source) {
        Map<Stimulus, Double> pN1 = new HashMap<>();
        List<Condition> conditions = data.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            pN1.put(conditions.get(i).stimulus(), rule.predicted()[i]);
        }
        LinearMixedFit fit = LinearMixedModel.fit(RtPredictors.design(data.rows(), resolved, pN1, choice,
                structure));
        int timed = (int) data.rows().stream().filter(ChoiceRow::hasRt).count();
        return new Result(fit, structure, RtPredictors.conditions(data.rows(), resolved, pN1), source, timed,
                data.rows().size() - timed, rule);
    }
}
