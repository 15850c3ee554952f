package org.cmsim.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.competition.ProfileLikelihood;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Design;
import org.cmsim.model.Stimulus;

/**
 * A fitted model as the comparison reads it, whichever model it is: for each parameter (an order level
 * or a cue) a value in log-odds favouring n1 with its 95% range, and for each sentence P(n1). The
 * Competition Model's multiplicative rule and the attention heads are read through the same two
 * questions, so neither is privileged by how it is asked.
 */
interface FittedListener {

    /** A parameter's value and 95% range in log-odds; NaN where the model has no reading of it. */
    record Reading(double value, double low, double high) {
        static final Reading NONE = new Reading(Double.NaN, Double.NaN, Double.NaN);
    }

    Reading parameter(String name);

    /** P(agent = n1) for one of the sentence types the model was fitted on. */
    double probabilityN1(Stimulus stimulus);

    /**
     * The multiplicative rule: its maximum-likelihood weights w_j with 95% profile-likelihood intervals
     * (an infinite bound where the data separate the parameter); P(n1) = 1 / (1 + exp(-w . d)) as fitted.
     */
    static FittedListener of(RuleFit fit, List<ProfileLikelihood.Interval> intervals, Design design) {
        Map<String, Integer> parameters = new LinkedHashMap<>();
        for (int j = 0; j < fit.parameters().size(); j++) {
            parameters.put(fit.parameters().get(j), j);
        }
        Map<Stimulus, Integer> rows = new LinkedHashMap<>();
        for (int i = 0; i < design.rows(); i++) {
            rows.putIfAbsent(design.stimuli().get(i), i);
        }
        return new FittedListener() {
            @Override
            public Reading parameter(String name) {
                Integer j = parameters.get(name);
                return j == null ? Reading.NONE
                        : new Reading(fit.estimates()[j], intervals.get(j).low(), intervals.get(j).high());
            }

            @Override
            public double probabilityN1(Stimulus stimulus) {
                Integer i = rows.get(stimulus);
                if (i == null) {
                    throw new IllegalArgumentException("the rule was not fitted on " + stimulus);
                }
                return fit.predicted()[i];
            }
        };
    }

    /**
     * The attention heads: each parameter's ablation contribution as the mean over the heads, with the
     * 2.5th and 97.5th percentiles over them; P(n1) as the mean over the heads.
     */
    static FittedListener of(HeadEnsemble.Result heads) {
        Map<String, HeadEnsemble.Summary> contributions = new LinkedHashMap<>();
        heads.contributions().forEach(c -> contributions.put(c.parameter(), c));
        return new FittedListener() {
            @Override
            public Reading parameter(String name) {
                HeadEnsemble.Summary c = contributions.get(name);
                return c == null ? Reading.NONE : new Reading(c.mean(), c.low(), c.high());
            }

            @Override
            public double probabilityN1(Stimulus stimulus) {
                return heads.probabilityN1(stimulus);
            }
        };
    }
}
