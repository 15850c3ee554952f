package org.cmsim.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.attention.Examples;
import org.cmsim.attention.HeadBootstrap;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.compare.Comparison;
import org.cmsim.compare.HeldOut;
import org.cmsim.competition.Bootstrap;
import org.cmsim.competition.EarlyLearning;
import org.cmsim.competition.ExposureLearning;
import org.cmsim.competition.FitOptions;
import org.cmsim.competition.LearningRule;
import org.cmsim.competition.LogisticDeltaRule;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.ProfileLikelihood;
import org.cmsim.competition.RuleFit;
import org.cmsim.competition.Rules;
import org.cmsim.design.CorpusResampler;
import org.cmsim.design.Exposure;
import org.cmsim.design.Trajectory;
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

    /**
     * Results for one language, in parts that readers take as they need them: the corpus analysis, learning
     * over exposure, the attention heads on the corpus, and what the choice data add (empty without them).
     */
    public record Result(
            LanguageConfig config,
            SentenceCorpus corpus,
            StudyOptions options,
            CorpusAnalysis analysis,
            Learning learning,
            Heads heads,
            Optional<Choices> choices,
            Map<String, Double> seconds) {

        /** What the comparisons read about this language. */
        public Comparison.Language language() {
            return new Comparison.Language(config.cues(), corpus, analysis.validity(), analysis.exposure());
        }

        /** Every rule fitted to each level of the choices' {@code group} column (empty without one). */
        public Map<String, ModelComparison.Result> rulesByGroup() {
            return choices.map(Choices::rulesByGroup).orElse(Map.of());
        }
    }

    /**
     * The corpus as the Competition Model reads it: cue validity; the multiplicative rule fitted to the
     * sentences (the asymptotic learner) with its profile-likelihood intervals; the fit under several priors
     * when the corpus separates a parameter (empty otherwise); and the bootstrap refits behind the verdicts.
     */
    public record CorpusAnalysis(
            List<CueValidity.Row> validity,
            Exposure exposure,
            RuleFit exposureFit,
            List<ProfileLikelihood.Interval> intervals,
            Map<Double, RuleFit> priorSensitivity,
            List<RuleFit> bootstrap) {
    }

    /**
     * Error-driven learning over exposure: each learner's trajectory, where each settles (by learner name),
     * and the delta rule's early learning over many presentation orders.
     */
    public record Learning(List<Trajectory> trajectories, Map<String, double[]> asymptotes,
                           EarlyLearning.Result early) {
    }

    /**
     * The attention heads trained on the corpus: the ensemble (with its L2 curve), the held-out comparison of
     * five models in nested cross-validation on its folds, and the heads retrained on resampled corpora behind
     * the heads' verdicts.
     */
    public record Heads(HeadEnsemble.Result ensemble, HeldOut heldOut, HeadBootstrap.Result replicates) {

        /** The first head, whose weights, tables and plots a run shows. */
        public AttentionStudy.Result first() {
            return ensemble.first();
        }
    }

    /**
     * What a language's choice data add: the data, every choice rule fitted to them (and to each level of a
     * {@code group} column, in order of first appearance; empty without one), and heads fitted to them.
     */
    public record Choices(ChoiceData data, ModelComparison.Result rules,
                          Map<String, ModelComparison.Result> rulesByGroup, HeadEnsemble.Result heads) {

        /** The first head fitted to the choices. */
        public AttentionStudy.Result firstHead() {
            return heads.first();
        }
    }

    private LanguageStudy() {
    }

    /** Prior scales (log-odds SD) of the sensitivity table for separated parameters. */
    public static final List<Double> PRIOR_SCALES = List.of(1.0, MultiplicativeRule.PRIOR_SD, 10.0);

    public static Result run(LanguageConfig config, SentenceCorpus corpus, Optional<ChoiceData> choices, int threads,
                             Progress progress) {
        return run(config, corpus, choices, threads, progress, StudyOptions.defaults());
    }

    public static Result run(LanguageConfig config, SentenceCorpus corpus, Optional<ChoiceData> choices, int threads,
                             Progress progress, StudyOptions options) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        Timer timer = new Timer(config.name(), progress, seconds);
        List<CueValidity.Row> validity = timer.time("validity", () -> CueValidity.of(corpus, config.cues()));
        Exposure exposure = Exposure.of(corpus, config.cues());
        // One resampler for both models' bootstraps: the rule's refits and the heads' replicates draw alike.
        CorpusResampler resampler = exposure.resampler();
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
        String deltaRule = new LogisticDeltaRule().name();
        Trajectory delta = learning.stream().filter(t -> t.learner().equals(deltaRule)).findFirst().orElseThrow();
        EarlyLearning.Result early = timer.time("early learning (" + options.bootstrap() + " learning orders)",
                () -> EarlyLearning.of(exposure, delta, learn.rate(), options.bootstrap(), config.seed(), threads));
        List<ProfileLikelihood.Interval> intervals = timer.time("profile-likelihood intervals",
                () -> ProfileLikelihood.of(exposure.design(), exposure.agents(), exposureFit));
        Map<Double, RuleFit> priorSensitivity = new LinkedHashMap<>();
        if (exposureFit.flagged()) {
            for (double sd : PRIOR_SCALES) {
                priorSensitivity.put(sd, new MultiplicativeRule().fitWithPrior(exposure.design(), exposure.agents(), sd));
            }
        }
        List<RuleFit> bootstrap = timer.time("bootstrap of the corpus (" + options.bootstrap() + " replicates)",
                () -> Bootstrap.overCorpus(exposure.design(), resampler, exposureFit, options.bootstrap(),
                        config.seed(), threads));
        Examples examples = AttentionStudy.examples(corpus, config.cues());
        HeadEnsemble.Result heads = timer.time(options.heads().seeds() + " attention heads on the corpus",
                () -> HeadEnsemble.fit(examples, config.cues(), config.attention(), config.seed(), options.heads(),
                        threads));
        HeldOut heldOut = timer.time("held-out comparison (nested cross-validation of 5 models)",
                () -> HeldOut.of(examples, config.cues(), config.attention(), heads.crossValidation(), config.seed(),
                        threads));
        HeadBootstrap.Result headReplicates = timer.time(String.format(java.util.Locale.ROOT,
                        "head replicates for the verdicts (%d heads x %d resamples)", options.heads().seeds(),
                        options.headResamples()),
                () -> HeadBootstrap.fit(examples, resampler, config.cues(), heads, config.attention()
                        .withL2(heads.crossValidation().chosenL2()), options.headResamples(), config.seed(), threads));
        Optional<Choices> onChoices = Optional.empty();
        if (choices.isPresent()) {
            Map<String, ModelComparison.Result> rulesByGroup = new LinkedHashMap<>();
            FitOptions fitOptions = FitOptions.defaults().withSeed(config.seed()).withThreads(threads);
            ModelComparison.Result rules = timer.time("choice rules on the choices",
                    () -> fitRules(choices.get().conditions(), config, fitOptions));
            // The data's groups (a 'group' column) each get their own fit, for the classic figure per group.
            List<String> groups = choices.get().groups();
            if (groups.size() >= 2) {
                timer.time("choice rules per group (" + groups.size() + " groups)", () -> {
                    groups.forEach(level -> rulesByGroup.put(level,
                            fitRules(choices.get().group(level).conditions(), config, fitOptions)));
                    return rulesByGroup;
                });
            }
            HeadEnsemble.Result headsOnChoices = timer.time(options.heads().seeds() + " attention heads on the choices",
                    () -> HeadEnsemble.fit(AttentionStudy.choiceExamples(config.features(),
                            choices.get().conditions()),
                            config.cues(), config.attention(), config.seed(), options.heads(), threads));
            onChoices = Optional.of(new Choices(choices.get(), rules, Collections.unmodifiableMap(rulesByGroup),
                    headsOnChoices));
        }
        // The config as studied: the heads' L2 is the one they were trained at (chosen, or as set), as the manifest says.
        LanguageConfig studied = config.withAttention(config.attention().withL2(heads.crossValidation().chosenL2()));
        return new Result(studied, corpus, options,
                new CorpusAnalysis(validity, exposure, exposureFit, intervals, priorSensitivity, bootstrap),
                new Learning(learning, asymptotes, early), new Heads(heads, heldOut, headReplicates), onChoices,
                seconds);
    }

    /** Every choice rule fitted to a set of conditions (no bootstrap, no cross-validation). */
    private static ModelComparison.Result fitRules(List<Condition> conditions, LanguageConfig config,
                                                   FitOptions options) {
        return ModelComparison.fit(Rules.select("all"),
                org.cmsim.design.Design.of(conditions.stream().map(Condition::stimulus).toList(), config.cues()),
                org.cmsim.design.Counts.of(conditions), options);
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
