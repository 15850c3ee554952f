package org.cmsim.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.attention.AttentionHead;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.attention.CueContributions;
import org.cmsim.competition.Counts;
import org.cmsim.competition.Design;
import org.cmsim.competition.Exposure;
import org.cmsim.competition.GoodnessOfFit;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.RuleFit;
import org.cmsim.model.Cue;
import org.cmsim.model.OrderCue;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Stimulus;
import org.cmsim.validity.CueValidity;

/**
 * The Competition Model and the attention head side by side, for one language and one kind of
 * data: {@code corpus} (the multiplicative rule fitted to the exposure corpus, i.e. the asymptotic
 * learner, against the head trained on it) or {@code choices} (both fitted to people's choices).
 */
public final class Comparison {

    /** One parameter: Competition strength and attention contribution, both in log-odds. */
    public record CueRow(String parameter, double competition, double competitionSe, double attention,
                         double attentionSplit, double validity, double conflictValidity) {
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
    public record Result(String data, List<CueRow> cues, Correlations correlations, List<String> competitionOrder,
                         List<String> attentionOrder, List<ConditionRow> conditions, List<ModelFit> fits) {

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

    /** Corpus: the exposure fit against the head trained on the corpus. */
    public static Result onCorpus(Language language, RuleFit exposureFit, AttentionStudy.Result attention) {
        Design design = language.exposure().design();
        return compare("corpus", language, exposureFit, design, language.exposure().agents(), attention);
    }

    /** Choices: the multiplicative fit to the choices against the head fitted to them. */
    public static Result onChoices(Language language, ModelComparison.Result rules, AttentionStudy.Result attention) {
        return compare("choices", language, rules.rule("multiplicative").fit(), rules.design(), rules.counts(),
                attention);
    }

    private static Result compare(String data, Language language, RuleFit fit, Design design, Counts counts,
                                  AttentionStudy.Result attention) {
        Map<String, CueValidity.Row> validity = new LinkedHashMap<>();
        language.validity().forEach(row -> validity.put(row.cue(), row));
        Map<String, CueContributions.Contribution> contributions = new LinkedHashMap<>();
        attention.contributions().forEach(c -> contributions.put(c.parameter(), c));
        List<CueRow> cues = new ArrayList<>();
        for (int j = 0; j < fit.parameters().size(); j++) {
            String name = fit.parameters().get(j);
            CueContributions.Contribution c = contributions.get(name);
            CueValidity.Row v = validity.get(name);
            // A parameter the data cannot identify has no strength to compare (its estimate is the prior's 0).
            boolean identified = !fit.notes().get(j).startsWith("not identified");
            cues.add(new CueRow(name, identified ? fit.estimates()[j] : Double.NaN,
                    identified ? fit.se()[j] : Double.NaN, c == null ? Double.NaN : c.ablation(),
                    c == null ? Double.NaN : c.split(), v == null ? Double.NaN : v.validity(),
                    v == null ? Double.NaN : v.conflictValidity()));
        }
        double[] competition = cues.stream().mapToDouble(CueRow::competition).toArray();
        double[] attentionValues = cues.stream().mapToDouble(CueRow::attention).toArray();
        List<String> names = cues.stream().map(CueRow::parameter).toList();

        List<Cue> resolved = CueValidity.resolve(language.corpus(), language.cues());
        AttentionHead head = attention.head();
        List<ConditionRow> conditions = new ArrayList<>();
        double[] headPredictions = new double[design.rows()];
        for (int i = 0; i < design.rows(); i++) {
            Stimulus stimulus = design.stimuli().get(i);
            headPredictions[i] = head.read(stimulus).probabilityN1();
            conditions.add(new ConditionRow(stimulus, counts.trials()[i], counts.proportion(i), fit.predicted()[i],
                    headPredictions[i], inConflict(resolved, stimulus)));
        }
        List<ModelFit> fits = List.of(modelFit("multiplicative", counts, fit.predicted()),
                modelFit("attention", counts, headPredictions));
        return new Result(data, cues, Correlations.of(competition, attentionValues),
                Dominance.ordering(names, competition), Dominance.ordering(names, attentionValues), conditions, fits);
    }

    /** Two present cues point to different nouns (word order by its majority direction in the corpus). */
    static boolean inConflict(List<Cue> cues, Stimulus stimulus) {
        boolean toN1 = false;
        boolean toN2 = false;
        for (Cue cue : cues) {
            int d = cue.direction(stimulus);
            toN1 |= d > 0;
            toN2 |= d < 0;
        }
        return toN1 && toN2;
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
     * Cue-level strengths for comparing with cue validity: a non-order cue's parameter as it is;
     * word order as the token-weighted mean absolute weight of its levels (so one number per cue of
     * the config, like validity).
     */
    public static Map<String, Double> cueLevel(List<CueRow> rows, boolean attention, Language language) {
        Map<String, Double> levels = new LinkedHashMap<>();
        double orderSum = 0;
        double orderWeight = 0;
        Counts agents = language.exposure().agents();
        Design design = language.exposure().design();
        for (CueRow row : rows) {
            double value = attention ? row.attention() : row.competition();
            if (row.parameter().startsWith("order=")) {
                double tokens = 0;
                for (int i = 0; i < design.rows(); i++) {
                    if (design.stimuli().get(i).order().parameterName().equals(row.parameter())) {
                        tokens += agents.trials()[i];
                    }
                }
                orderSum += tokens * Math.abs(value);
                orderWeight += tokens;
            } else {
                levels.put(row.parameter(), value);
            }
        }
        for (Cue cue : language.cues()) {
            if (cue instanceof OrderCue && orderWeight > 0) {
                Map<String, Double> withOrder = new LinkedHashMap<>();
                withOrder.put(cue.name(), orderSum / orderWeight);
                withOrder.putAll(levels);
                return withOrder;
            }
        }
        return levels;
    }
}
