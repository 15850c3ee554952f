package org.cmsim.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.compare.Comparison;
import org.cmsim.competition.Exposure;
import org.cmsim.competition.ExposureLearning;
import org.cmsim.competition.FitOptions;
import org.cmsim.competition.LearningRule;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.RuleFit;
import org.cmsim.competition.Rules;
import org.cmsim.competition.Trajectory;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.Condition;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.LearnSettings;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.validity.CueValidity;

/**
 * Everything {@code cmsim run} does for one language: cue validity in the corpus; the
 * multiplicative rule fitted to the corpus itself (the asymptotic learner); error-driven learning
 * over exposure; the attention head trained on the same corpus; and, when the language has choice
 * data, every choice rule and an attention head fitted to those choices.
 */
public final class LanguageStudy {

    /** Results for one language; the choice-data parts are empty when it has none. */
    public record Result(
            LanguageConfig config,
            SentenceCorpus corpus,
            List<CueValidity.Row> validity,
            Exposure exposure,
            RuleFit exposureFit,
            List<Trajectory> learning,
            Map<String, double[]> asymptotes,
            AttentionStudy.Result attention,
            Optional<ChoiceData> choices,
            Optional<ModelComparison.Result> rules,
            Optional<AttentionStudy.Result> attentionOnChoices,
            Map<String, Double> seconds) {

        /** What the comparisons read about this language. */
        public Comparison.Language language() {
            return new Comparison.Language(config.cues(), corpus, validity, exposure);
        }
    }

    private LanguageStudy() {
    }

    public static Result run(LanguageConfig config, SentenceCorpus corpus, Optional<ChoiceData> choices, int threads,
                             Progress progress) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        Timer timer = new Timer(config.name(), progress, seconds);
        List<CueValidity.Row> validity = timer.time("validity", () -> CueValidity.of(corpus, config.cues()));
        Exposure exposure = Exposure.of(corpus, config.cues());
        RuleFit exposureFit = timer.time("multiplicative fit to the corpus",
                () -> new MultiplicativeRule().fit(exposure.design(), exposure.agents()));
        LearnSettings learn = config.learn();
        long[] steps = Trajectory.logSpacedSteps(learn.presentations(), learn.checkpoints());
        Map<String, double[]> asymptotes = new LinkedHashMap<>();
        List<Trajectory> learning = timer.time("error-driven learning", () -> LearningRule.all().stream().map(rule -> {
            asymptotes.put(rule.name(), rule.name().equals("delta") ? exposureFit.estimates()
                    : rule.asymptote(exposure.design(), exposure.agents()));
            return ExposureLearning.learn(exposure, rule, learn.presentations(), learn.rate(), steps, config.seed());
        }).toList());
        AttentionStudy.Result attention = timer.time("attention head on the corpus",
                () -> AttentionStudy.fromCorpus(corpus, config.cues(), config.attention(), config.seed()));
        Optional<ModelComparison.Result> rules = Optional.empty();
        Optional<AttentionStudy.Result> attentionOnChoices = Optional.empty();
        if (choices.isPresent()) {
            List<Condition> conditions = choices.get().conditions();
            rules = Optional.of(timer.time("choice rules on the choices", () -> ModelComparison.fit(
                    Rules.select("all"),
                    org.cmsim.competition.Design.of(conditions.stream().map(Condition::stimulus).toList(), config.cues()),
                    org.cmsim.competition.Counts.of(conditions),
                    FitOptions.defaults().withSeed(config.seed()).withThreads(threads))));
            attentionOnChoices = Optional.of(timer.time("attention head on the choices",
                    () -> AttentionStudy.fromChoices(config.features(), conditions, config.cues(), config.attention(),
                            config.seed())));
        }
        return new Result(config, corpus, validity, exposure, exposureFit, learning, asymptotes, attention, choices,
                rules, attentionOnChoices, seconds);
    }

    /** Times stages and reports them. */
    private record Timer(String language, Progress progress, Map<String, Double> seconds) {
        <T> T time(String stage, Supplier<T> work) {
            long start = System.nanoTime();
            T result = work.get();
            double elapsed = (System.nanoTime() - start) / 1e9;
            seconds.put(stage, elapsed);
            progress.stageDone(language, stage, elapsed);
            return result;
        }
    }
}
