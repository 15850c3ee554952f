package org.cmsim.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.competition.GoodnessOfFit;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.ParameterStatus;
import org.cmsim.competition.ProfileLikelihood;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.design.Exposure;
import org.cmsim.model.Cue;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Stimulus;
import org.cmsim.validity.CueValidity;

/**
 * The Competition Model and the attention head side by side, for one language and one kind of
 * data: {@code corpus} (the multiplicative rule fitted to the exposure corpus, i.e. the asymptotic
 * learner, against the head trained on it) or {@code choices} (both fitted to people's choices).
 * Both models are read through {@link FittedListener}: a value and range per parameter, P(n1) per sentence.
 */
public final class Comparison {

    /**
     * One parameter: Competition strength with its 95% profile-likelihood interval (an infinite bound
     * where the data separate it), and the attention contribution as the mean over the heads with the
     * 2.5th-97.5th percentile range, both in log-odds; its support in tokens and its status.
     */
    public record CueRow(String parameter, double competition, double competitionSe, double attention,
                         double attentionSplit, double validity, double conflictValidity, double competitionLow,
                         double competitionHigh, double attentionLow, double attentionHigh, int seeds, double present,
                         ParameterStatus status, HeadEnsemble.Reading attentionReading) {

        /** Whether the parameter may enter a verdict. */
        public boolean comparable() {
            return status.comparable();
        }
    }

    /** One condition (or sentence type): observed n1 share and both models' P(n1). */
    public record ConditionRow(Stimulus stimulus, double weight, double observed, double multiplicative,
                               double attention, boolean conflict) {

        /** The two models pick different nouns. */
        public boolean disagree() {
            return (multiplicative - 0.5) * (attention - 0.5) < 0;
        }
    }

    /** How close a model's P(n1) comes to the observed shares. */
    public record ModelFit(String model, double rmse, double r, double logLik) {
    }

    /** Everything compared on one kind of data. */
    public record Result(String data, List<CueRow> cues, Correlations correlations,
                         StrengthOrdering.Result competitionOrder, StrengthOrdering.Result attentionOrder,
                         List<ConditionRow> conditions, List<ModelFit> fits) {

        public List<ConditionRow> disagreements() {
            return conditions.stream().filter(c -> c.conflict() && c.disagree()).toList();
        }

        public long conflicts() {
            return conditions.stream().filter(ConditionRow::conflict).count();
        }
    }

    /**
     * What a comparison reads about one language whatever the data: its config's cues, its corpus,
     * the cue validities in that corpus and the corpus as exposure (sentence types and agents).
     */
    public record Language(List<Cue> cues, SentenceCorpus corpus, List<CueValidity.Row> validity, Exposure exposure) {
    }

    private Comparison() {
    }

    /** Corpus: the exposure fit against the heads trained on the corpus. */
    public static Result onCorpus(Language language, RuleFit exposureFit, List<ProfileLikelihood.Interval> intervals,
                                  HeadEnsemble.Result heads, double minimumSupport) {
        Design design = language.exposure().design();
        return compare("corpus", language, exposureFit, intervals, design, language.exposure().agents(), heads,
                minimumSupport);
    }

    /** Choices: the multiplicative fit to the choices against the heads fitted to them. */
    public static Result onChoices(Language language, ModelComparison.Result rules, HeadEnsemble.Result heads,
                                   double minimumSupport) {
        RuleFit fit = rules.rule(MultiplicativeRule.NAME).fit();
        return compare("choices", language, fit, ProfileLikelihood.of(rules.design(), rules.counts(), fit),
                rules.design(), rules.counts(), heads, minimumSupport);
    }

    private static Result compare(String data, Language language, RuleFit fit, List<ProfileLikelihood.Interval> intervals,
                                  Design design, Counts counts, HeadEnsemble.Result heads, double minimumSupport) {
        Map<String, CueValidity.Row> validity = new LinkedHashMap<>();
        language.validity().forEach(row -> validity.put(row.cue(), row));
        FittedListener rules = FittedListener.of(fit, intervals, design);
        FittedListener attention = FittedListener.of(heads);
        Map<String, HeadEnsemble.Summary> contributions = new LinkedHashMap<>();
        heads.contributions().forEach(c -> contributions.put(c.parameter(), c));
        int seeds = heads.heads().size();
        List<CueRow> cues = new ArrayList<>();
        for (int j = 0; j < fit.parameters().size(); j++) {
            String name = fit.parameters().get(j);
            FittedListener.Reading rule = rules.parameter(name);
            FittedListener.Reading head = attention.parameter(name);
            HeadEnsemble.Summary c = contributions.get(name);
            CueValidity.Row v = validity.get(name);
            ParameterStatus status = fit.status(j, minimumSupport);
            // An absent parameter has no strength to compare (its estimate is the prior's 0).
            boolean estimated = status != ParameterStatus.ABSENT;
            cues.add(new CueRow(name, estimated ? rule.value() : Double.NaN,
                    estimated ? fit.se()[j] : Double.NaN, head.value(),
                    c == null ? Double.NaN : c.split(), v == null ? Double.NaN : v.validity(),
                    v == null ? Double.NaN : v.conflictValidity(), rule.low(), rule.high(),
                    head.low(), head.high(), seeds, fit.present()[j],
                    status, c == null ? HeadEnsemble.Reading.NOT_PRESENT : c.reading()));
        }
        // The correlation uses measured parameters only: a separated one's value is the prior's.
        double[] competition = cues.stream()
                .mapToDouble(r -> r.status() == ParameterStatus.MEASURED ? r.competition() : Double.NaN).toArray();
        double[] attentionValues = cues.stream()
                .mapToDouble(r -> r.status() == ParameterStatus.MEASURED ? r.attention() : Double.NaN).toArray();

        List<Cue> resolved = CueValidity.resolve(language.corpus(), language.cues());
        List<ConditionRow> conditions = new ArrayList<>();
        double[] headPredictions = new double[design.rows()];
        for (int i = 0; i < design.rows(); i++) {
            Stimulus stimulus = design.stimuli().get(i);
            headPredictions[i] = attention.probabilityN1(stimulus);
            conditions.add(new ConditionRow(stimulus, counts.trials()[i], counts.proportion(i),
                    rules.probabilityN1(stimulus), headPredictions[i], Cue.inConflict(resolved, stimulus)));
        }
        List<ModelFit> fits = List.of(modelFit(MultiplicativeRule.NAME, counts, fit.predicted()),
                modelFit("attention", counts, headPredictions));
        return new Result(data, cues, Correlations.headline(competition, attentionValues),
                competitionOrdering(cues, language.cues()), attentionOrdering(cues, language.cues()), conditions, fits);
    }

    /**
     * The rule's cues in {@link StrengthOrdering}'s one order, each read through the parameter standing for it
     * (word order as the order effect where measured, {@link RelationVerdicts#cueParameters(List, List,
     * RelationVerdicts.Model)}): a separated one placed by its interval.
     */
    public static StrengthOrdering.Result competitionOrdering(List<CueRow> rows, List<Cue> cues) {
        return ordering(rows, RelationVerdicts.cueParameters(rows, cues, RelationVerdicts.Model.COMPETITION), false);
    }

    /**
     * The heads' cues in the same order: separation is a property of the rule's fit, so a cue the corpus separates
     * has a finite contribution in every head and is placed by it.
     */
    public static StrengthOrdering.Result attentionOrdering(List<CueRow> rows, List<Cue> cues) {
        return ordering(rows, RelationVerdicts.cueParameters(rows, cues, RelationVerdicts.Model.ATTENTION), true);
    }

    private static StrengthOrdering.Result ordering(List<CueRow> rows, List<RelationVerdicts.CueParameter> cues,
                                                    boolean attention) {
        Map<String, Double> values = values(rows, attention);
        return StrengthOrdering.of(cues.stream()
                .map(c -> StrengthOrdering.Entry.of(c.cue(), c, values.getOrDefault(c.parameter(), Double.NaN)))
                .toList());
    }

    /** One model's value of every parameter, with the order effect where the rows measure it ({@link OrderEffect}). */
    public static Map<String, Double> values(List<CueRow> rows, boolean attention) {
        Map<String, Double> values = new LinkedHashMap<>();
        rows.forEach(r -> values.put(r.parameter(), attention ? r.attention() : r.competition()));
        OrderEffect.levels(rows).ifPresent(levels -> values.put(OrderEffect.PARAMETER, OrderEffect.of(values, levels)));
        return values;
    }

    static ModelFit modelFit(String model, Counts counts, double[] predicted) {
        List<Double> observed = new ArrayList<>();
        List<Double> fitted = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            if (counts.trials()[i] > 0) {
                observed.add(counts.proportion(i));
                fitted.add(predicted[i]);
            }
        }
        double[] o = observed.stream().mapToDouble(Double::doubleValue).toArray();
        double[] p = fitted.stream().mapToDouble(Double::doubleValue).toArray();
        return new ModelFit(model, GoodnessOfFit.rmse(o, p), GoodnessOfFit.pearson(o, p), counts.logLikelihood(predicted));
    }

    /**
     * Each cue's strength, for comparing with its validity: the size of the parameter standing for it (word order as
     * the order effect where measured, as in the headline); NaN where it has no size: not measured, or separated in the
     * rule (unbounded: its value is the prior's). The heads have a size for every present cue.
     */
    public static Map<String, Double> cueStrengths(List<CueRow> rows, List<Cue> cues, boolean attention) {
        Map<String, Double> values = values(rows, attention);
        Map<String, Double> strengths = new LinkedHashMap<>();
        for (RelationVerdicts.CueParameter c : RelationVerdicts.cueParameters(rows, cues, attention
                ? RelationVerdicts.Model.ATTENTION : RelationVerdicts.Model.COMPETITION)) {
            strengths.put(c.cue(), c.status() != ParameterStatus.MEASURED ? Double.NaN
                    : Math.abs(values.getOrDefault(c.parameter(), Double.NaN)));
        }
        return strengths;
    }
}
