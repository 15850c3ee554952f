package org.cmsim.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.competition.ExposureLearning;
import org.cmsim.competition.LearningRule;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Exposure;
import org.cmsim.design.Trajectory;
import org.cmsim.model.LearnSettings;
import org.cmsim.ndl.EventExport;
import org.cmsim.ndl.NdlParameters;
import org.cmsim.ndl.Weights;

/**
 * What {@code cmsim learn} computes from a corpus: each error-driven learner reading it in a seeded
 * order (its trajectory and where it settles; the delta rule settles at the multiplicative rule's
 * maximum-likelihood fit), and pyndl's Rescorla-Wagner on the corpus's events.
 */
public final class LearnStudy {

    /**
     * The learners' trajectories and asymptotes (by learner, in the order of {@link LearningRule#all}), the
     * maximum-likelihood fit behind the delta rule's asymptote, and the event weights (sorted).
     */
    public record Result(List<Trajectory> trajectories, Map<String, double[]> asymptotes, RuleFit maximumLikelihood,
                         Weights weights) {
    }

    private LearnStudy() {
    }

    public static Result run(Exposure exposure, EventExport events, LearnSettings settings, long seed,
                             NdlParameters ndl) {
        long[] steps = Trajectory.logSpacedSteps(settings.presentations(), settings.checkpoints());
        RuleFit maximumLikelihood = new MultiplicativeRule().fit(exposure.design(), exposure.agents());
        List<Trajectory> trajectories = new ArrayList<>();
        Map<String, double[]> asymptotes = new LinkedHashMap<>();
        for (LearningRule rule : LearningRule.all()) {
            trajectories.add(ExposureLearning.learn(exposure, rule, settings.presentations(), settings.rate(), steps,
                    seed));
            asymptotes.put(rule.name(), rule.name().equals("delta") ? maximumLikelihood.estimates()
                    : rule.asymptote(exposure.design(), exposure.agents()));
        }
        return new Result(trajectories, asymptotes, maximumLikelihood, events.learn(seed, ndl).sorted());
    }
}
