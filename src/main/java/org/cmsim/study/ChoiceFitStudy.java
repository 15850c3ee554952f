package org.cmsim.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.FitOptions;
import org.cmsim.competition.GroupTests;
import org.cmsim.competition.MixedDesign;
import org.cmsim.competition.MixedFit;
import org.cmsim.competition.MixedMultiplicativeRule;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.NotEstimableException;
import org.cmsim.competition.RandomStructure;
import org.cmsim.competition.StructureComparison;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.design.SubjectClusters;
import org.cmsim.input.ChoiceReader;
import org.cmsim.input.CueColumns;
import org.cmsim.io.InputException;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.Condition;
import org.cmsim.model.Cue;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.Stimulus;

/**
 * What {@code cmsim fit} computes from one set of choices: the rules fitted to everyone (bootstrap and
 * cross-validation by subject when the data name subjects), the mixed multiplicative rule (with random factors),
 * a fit per subject, and with a group column a fit per group and the likelihood-ratio tests between groups.
 */
public final class ChoiceFitStudy {

    /** How the bootstrap resamples: whole subjects (when the data name them) or trials within conditions. */
    public enum Resampling { SUBJECTS, TRIALS }

    /**
     * What to fit: the rules, the bootstrap and cross-validation settings, the random-effects structure of the
     * mixed rule ({@link RandomStructure#NONE}: no mixed fit), what the bootstrap resamples, and the column whose
     * levels are fitted apart (none: no group fits).
     */
    public record Request(List<ChoiceRule> rules, FitOptions options, RandomStructure random, Resampling resampling,
                          Optional<String> by, RandomStructure compare) {
        public Request {
            rules = List.copyOf(rules);
            java.util.Objects.requireNonNull(random, "random");
            java.util.Objects.requireNonNull(compare, "compare");
            if (!compare.isEmpty() && random.isEmpty()) {
                throw new IllegalArgumentException("a structure to compare needs a random-effects structure");
            }
        }

        public Request(List<ChoiceRule> rules, FitOptions options, RandomStructure random, Resampling resampling,
                       Optional<String> by) {
            this(rules, options, random, resampling, by, RandomStructure.NONE);
        }

        /** The same request, also fitting {@code other} and testing it against {@link #random} by likelihood ratio. */
        public Request withCompare(RandomStructure other) {
            return new Request(rules, options, random, resampling, by, other);
        }

        /** True when each level of the {@link #by} column is fitted on its own. */
        public boolean byGroup() {
            return by.isPresent();
        }
    }

    /** One group's fits: the rules and, with random factors, the mixed rule. */
    public record GroupFit(String level, ModelComparison.Result pooled, MixedFit mixed) {
    }

    /**
     * The results, with the data and the request they answer; {@code mixed} is null without random factors,
     * {@code groups} and {@code tests} are empty without a group column. {@code resampledSubjects} says whether
     * the bootstrap and CV worked by subject. {@code comparison}: the likelihood-ratio test of the mixed rule's
     * structure against the one to compare it with, null without one.
     */
    public record Result(ChoiceData data, Request request, ModelComparison.Result pooled, MixedFit mixed,
                         Map<String, ModelComparison.Result> subjects, List<GroupFit> groups,
                         List<GroupTests.Test> tests, boolean resampledSubjects, StructureComparison comparison) {

        /** Whether the mixed rule, overall or in any group, is a boundary (singular) fit. */
        public boolean singular() {
            return mixed != null && (mixed.singular() || groups.stream().anyMatch(g -> g.mixed().singular()));
        }

        /**
         * A warning per parameter present in no trial (no condition in which its cue points to either noun): its
         * strength is the prior's, not the data's, and a reader of the tables would not see why.
         */
        public List<String> warnings() {
            double[] support = org.cmsim.competition.ParameterStatus.support(pooled.design(), pooled.counts());
            List<String> warnings = new java.util.ArrayList<>();
            for (int j = 0; j < support.length; j++) {
                if (!(support[j] > 0)) {
                    warnings.add(pooled.design().parameters().get(j) + " is present in no trial of the choices: its"
                            + " strength is not estimated from them");
                }
            }
            return warnings;
        }
    }

    private ChoiceFitStudy() {
    }

    /**
     * Reads the language's choices (which must name the columns the request needs) and fits them, telling
     * {@code progress} of each stage. A data set the rules cannot be estimated on, or one whose fit would need more
     * than {@code heapBytes} of memory ({@link FitMemory}), is an {@link InputException} naming the choice file.
     */
    public static Result run(LanguageConfig language, Request request, Progress progress, long heapBytes)
            throws InputException {
        Path file = language.choices().orElseThrow(() -> new IllegalArgumentException(language.name()
                + ": the config names no choice data"));
        Set<String> required = new TreeSet<>();
        required.addAll(request.random().factors());
        required.addAll(request.compare().factors());
        StageClock clock = new StageClock(language.name(), progress);
        ChoiceData data = clock.time("read the choices", () -> CueColumns.readChoices(file, language.features(),
                language.cues(), new ChoiceReader.Needs(required, request.by().orElse(null))));
        FitMemory.of(data, language.cues(), request).require(file, heapBytes);
        try {
            // An order level the choices never show has no parameter to vary.
            List<String> parameters = design(data.conditions(), language.cues()).parameters();
            requireParameters(request.random(), parameters);
            requireParameters(request.compare(), parameters);
        } catch (IllegalArgumentException e) {
            throw InputException.in(file, "random effects: %s in these choices", e.getMessage());
        }
        try {
            return run(data, language.cues(), request, clock);
        } catch (NotEstimableException e) {
            throw InputException.in(file, "%s", e.getMessage());
        }
    }

    /**
     * The rule's parameter names a structure could vary on, before any data: the order levels and every other
     * cue of the config.
     */
    public static List<String> possibleParameters(List<Cue> cues) {
        List<String> names = new ArrayList<>();
        for (org.cmsim.model.Order order : org.cmsim.model.Order.values()) {
            names.add(order.parameterName());
        }
        cues.stream().filter(cue -> !cue.perOrderLevel()).forEach(cue -> names.add(cue.name()));
        return names;
    }

    /** Throws naming the first slope that is not one of {@code parameters}, with the closest of them. */
    public static void requireParameters(RandomStructure random, List<String> parameters) {
        for (String slope : random.parameters()) {
            if (!parameters.contains(slope)) {
                String closest = CueColumns.closest(slope, parameters);
                throw new IllegalArgumentException("'" + slope + "' is not a parameter of the rule"
                        + (closest == null ? "" : " (did you mean " + closest + "?)") + "; its parameters are "
                        + String.join(", ", parameters));
            }
        }
    }

    public static Result run(ChoiceData data, List<Cue> cues, Request request) {
        return run(data, cues, request, new StageClock("choices", Progress.SILENT));
    }

    private static Result run(ChoiceData data, List<Cue> cues, Request request, StageClock clock) {
        boolean bySubject = data.hasSubjects() && request.resampling() == Resampling.SUBJECTS
                && data.conditionsBySubject().size() >= 2;
        ModelComparison.Result pooled = clock.time(pooledStage(data, request),
                () -> fit(data, cues, request, bySubject));
        MixedFit mixed = request.random().isEmpty() ? null
                : mixed(data, cues, request.random(), clock, "the mixed multiplicative rule");
        StructureComparison comparison = request.compare().isEmpty() ? null
                : StructureComparison.of(mixed, mixed(data, cues, request.compare(), clock,
                        "the mixed multiplicative rule with " + request.compare()));

        Map<String, ModelComparison.Result> subjects = new LinkedHashMap<>();
        if (data.hasSubjects()) {
            Map<String, List<Condition>> bySubjects = data.conditionsBySubject();
            String stage = "the rules fitted to each subject (" + bySubjects.size() + " subjects)";
            clock.time(stage, () -> {
                for (Map.Entry<String, List<Condition>> subject : bySubjects.entrySet()) {
                    subjects.put(subject.getKey(), comparison(subject.getValue(), cues, request,
                            request.options().withBootstrap(0), null));
                    clock.working(stage, subjects.size() + " of " + bySubjects.size() + " subjects");
                }
                return subjects;
            });
        }
        List<GroupFit> groups = new ArrayList<>();
        List<GroupTests.Test> tests = new ArrayList<>();
        if (request.byGroup()) {
            for (String level : data.groups()) {
                ChoiceData group = data.group(level);
                boolean groupBySubject = bySubject && group.conditionsBySubject().size() >= 2;
                ModelComparison.Result rules = clock.time("the rules fitted to group " + level,
                        () -> fit(group, cues, request, groupBySubject));
                String mixedStage = "the mixed multiplicative rule of group " + level;
                MixedFit groupMixed = request.random().isEmpty() ? null
                        : mixed(group, cues, request.random(), clock, mixedStage);
                groups.add(new GroupFit(level, rules, groupMixed));
            }
            Design base = design(data.conditions(), cues);
            clock.time("likelihood-ratio tests between the groups", () -> {
                tests.addAll(GroupTests.likelihoodRatio(base, data.rows(), data.groups(), RandomStructure.NONE));
                if (!request.random().isEmpty()) {
                    tests.addAll(GroupTests.likelihoodRatio(base, data.rows(), data.groups(), request.random()));
                }
                return tests;
            });
        }
        return new Result(data, request, pooled, mixed, subjects, groups, tests, bySubject, comparison);
    }

    /** The pooled stage's name: what it fits, with its bootstrap and cross-validation, whose replicates cost most. */
    private static String pooledStage(ChoiceData data, Request request) {
        FitOptions options = request.options();
        return "the rules fitted to all " + data.totalTrials() + " choices"
                + (options.bootstrap() > 0 ? ", " + options.bootstrap() + " bootstrap replicates" : "")
                + (options.folds() > 0 ? ", " + options.folds() + "-fold cross-validation" : "");
    }

    private static ModelComparison.Result fit(ChoiceData data, List<Cue> cues, Request request, boolean bySubject) {
        List<Condition> conditions = data.conditions();
        SubjectClusters clusters = bySubject
                ? SubjectClusters.of(design(conditions, cues), data.conditionsBySubject()) : null;
        return comparison(conditions, cues, request, request.options(), clusters);
    }

    private static ModelComparison.Result comparison(List<Condition> conditions, List<Cue> cues, Request request,
                                                     FitOptions options, SubjectClusters clusters) {
        return ModelComparison.fit(request.rules(), design(conditions, cues), Counts.of(conditions), options,
                clusters);
    }

    /** The mixed rule, its optimiser's evaluations shown as {@code stage} goes on. */
    private static MixedFit mixed(ChoiceData data, List<Cue> cues, RandomStructure random, StageClock clock,
                                  String stage) {
        return clock.time(stage, () -> new MixedMultiplicativeRule().fit(
                MixedDesign.of(design(data.conditions(), cues), data.rows(), random),
                new MixedMultiplicativeRule.Listener() {
                    @Override
                    public void searched(int evaluations, double lowestDeviance) {
                        clock.working(stage, String.format(Locale.ROOT, "search, %d deviances evaluated, lowest %.2f",
                                evaluations, lowestDeviance));
                    }

                    @Override
                    public void differenced(int evaluations, int total) {
                        clock.working(stage, "standard errors, " + evaluations + " of " + total + " deviances");
                    }
                }));
    }

    private static Design design(List<Condition> conditions, List<Cue> cues) {
        List<Stimulus> stimuli = conditions.stream().map(Condition::stimulus).toList();
        return Design.of(stimuli, cues);
    }
}
